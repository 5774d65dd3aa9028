package io.gongkai.requests.control;

import io.gongkai.platform.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

/**
 * The installation's working-day calendar: the shipped {@code requests/holidays.csv}, then the
 * administrator's {@code $GONGKAI_DATA_DIR/holidays.csv} when there is one (re-read when it
 * changes, so a new year's notice needs no restart). A malformed administrator's file is logged and
 * ignored: the shipped calendar keeps working.
 */
@ApplicationScoped
public class HolidayCalendar {

  static final String SHIPPED = "/requests/holidays.csv";
  private static final System.Logger LOG = System.getLogger(HolidayCalendar.class.getName());

  @Inject Settings settings;

  private record Loaded(FileTime stamp, WorkingDays days) {}

  private volatile Loaded loaded;

  public WorkingDays workingDays() {
    Path local = settings.dataDir().resolve("holidays.csv");
    FileTime stamp = modified(local);
    Loaded current = loaded;
    if (current == null || !java.util.Objects.equals(current.stamp(), stamp)) {
      current = new Loaded(stamp, load(local, stamp != null));
      loaded = current;
    }
    return current.days();
  }

  /** The shipped calendar alone (unit tests, and the fallback for a broken local file). */
  public static WorkingDays shipped() {
    return shippedFile().calendar();
  }

  private static HolidayFile shippedFile() {
    try (var in = HolidayCalendar.class.getResourceAsStream(SHIPPED)) {
      return new HolidayFile().read(new InputStreamReader(in, StandardCharsets.UTF_8), SHIPPED);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static WorkingDays load(Path local, boolean present) {
    HolidayFile file = shippedFile();
    if (present) {
      try (var reader = Files.newBufferedReader(local, StandardCharsets.UTF_8)) {
        file.read(reader, local.toString());
      } catch (IOException | IllegalArgumentException e) {
        LOG.log(System.Logger.Level.WARNING, "Holiday file ignored: " + e.getMessage());
        return shipped();
      }
    }
    return file.calendar();
  }

  private static FileTime modified(Path file) {
    try {
      return Files.isRegularFile(file) ? Files.getLastModifiedTime(file) : null;
    } catch (IOException e) {
      return null;
    }
  }
}

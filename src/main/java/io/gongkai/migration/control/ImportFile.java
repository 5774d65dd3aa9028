package io.gongkai.migration.control;

import io.gongkai.platform.Problem;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * An uploaded import: NDJSON, or a zip holding {@code items.ndjson} and the files its lines name.
 * Everything read from it is bounded — line length, unpacked size, number of entries — so a zip
 * bomb or a 30 MB line costs a row error, not the server.
 */
final class ImportFile implements Closeable {

  static final String ITEMS = "items.ndjson";
  static final int MAX_LINE_CHARS = 2_000_000;
  static final long MAX_UNPACKED_BYTES = 1L << 30;
  static final int MAX_ENTRIES = 100_000;

  private final Path path;
  private final ZipFile zip;

  private ImportFile(Path path, ZipFile zip) {
    this.path = path;
    this.zip = zip;
  }

  /** Opens a stored upload; a zip is checked here, before any line is read. */
  static ImportFile open(Path path) {
    try {
      if (!isZip(path)) {
        return new ImportFile(path, null);
      }
      ZipFile zip = new ZipFile(path.toFile(), StandardCharsets.UTF_8);
      try {
        check(zip);
      } catch (RuntimeException e) {
        zip.close();
        throw e;
      }
      return new ImportFile(path, zip);
    } catch (ZipException e) {
      throw new Problem.Invalid("file", "migration.not-zip");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isZip(Path path) throws IOException {
    try (InputStream in = Files.newInputStream(path)) {
      byte[] magic = in.readNBytes(4);
      return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3;
    }
  }

  private static void check(ZipFile zip) {
    if (zip.size() > MAX_ENTRIES) {
      throw new Problem.Invalid("file", "migration.too-many-entries", MAX_ENTRIES);
    }
    boolean items = false;
    for (ZipEntry e : Collections.list(zip.entries())) {
      String name = e.getName();
      if (name.startsWith("/")
          || name.contains("\\")
          || name.contains("\0")
          || name.matches("(.*/)?\\.\\.(/.*)?")
          || name.matches("^[A-Za-z]:.*")) {
        String shown = name.replaceAll("\\p{Cntrl}", "?");
        throw new Problem.Invalid("file", "migration.unsafe-path", shown);
      }
      items |= name.equals(ITEMS);
    }
    if (!items) {
      throw new Problem.Invalid("file", "migration.missing-in-zip", ITEMS);
    }
  }

  /** The lines of the item list, read afresh each call. */
  Lines lines() {
    try {
      InputStream raw = zip == null ? Files.newInputStream(path) : zip.getInputStream(entry(ITEMS));
      return new Lines(new Bounded(raw, MAX_UNPACKED_BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A file of the zip by name, its unpacked size bounded by {@code max} bytes. */
  Optional<InputStream> file(String name, long max) {
    ZipEntry entry = zip == null || name == null ? null : zip.getEntry(name);
    if (entry == null || entry.isDirectory() || name.equals(ITEMS)) {
      return Optional.empty();
    }
    try {
      return Optional.of(new Bounded(zip.getInputStream(entry), max + 1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  boolean isZip() {
    return zip != null;
  }

  private ZipEntry entry(String name) {
    return zip.getEntry(name);
  }

  @Override
  public void close() throws IOException {
    if (zip != null) {
      zip.close();
    }
  }

  /** One line of the file: its number from 1, its text, or that it was too long to read. */
  record Raw(int number, String text, boolean tooLong) {}

  /** Reads lines up to {@link #MAX_LINE_CHARS}; a longer line is skipped and marked. */
  static final class Lines implements Closeable {
    private final BufferedReader reader;
    private int number;

    Lines(InputStream in) {
      this.reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }

    Raw next() throws IOException {
      StringBuilder line = new StringBuilder();
      boolean tooLong = false;
      int c;
      while ((c = reader.read()) != -1 && c != '\n') {
        if (line.length() < MAX_LINE_CHARS) {
          line.append((char) c);
        } else {
          tooLong = true;
        }
      }
      if (c == -1 && line.isEmpty()) {
        return null;
      }
      number++;
      return new Raw(number, tooLong ? null : line.toString(), tooLong);
    }

    @Override
    public void close() throws IOException {
      reader.close();
    }
  }

  /** Stops reading past a number of bytes: the unpacked size of a zip entry is not trusted. */
  static final class Bounded extends FilterInputStream {
    private long left;

    Bounded(InputStream in, long max) {
      super(in);
      this.left = max;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0 && --left < 0) {
        throw new TooLarge();
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0 && (left -= n) < 0) {
        throw new TooLarge();
      }
      return n;
    }
  }

  /** The file unpacks to more than it may. */
  static final class TooLarge extends IOException {
    TooLarge() {
      super("unpacked size over the limit");
    }
  }
}

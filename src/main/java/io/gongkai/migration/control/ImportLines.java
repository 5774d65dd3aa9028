package io.gongkai.migration.control;

import io.gongkai.channels.control.Channels;
import io.gongkai.items.control.MigratedItems;
import io.gongkai.items.entity.NumberKey;
import io.gongkai.migration.control.ImportFile.Raw;
import io.gongkai.migration.control.ImportRunner.Pending;
import io.gongkai.migration.control.ImportRunner.Tally;
import io.gongkai.organisations.entity.Organisation;
import io.gongkai.platform.Messages;
import io.gongkai.platform.Problem;
import io.gongkai.platform.Settings;
import io.gongkai.platform.Transactions;
import io.gongkai.platform.Upload;
import io.gongkai.platform.Uploads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the lines of an import file into items to write, or row errors. */
@ApplicationScoped
public class ImportLines {

  private static final System.Logger LOG = System.getLogger(ImportLines.class.getName());

  /** Lenient where the API is strict: exports of other systems carry keys of their own. */
  private static final Jsonb LINES = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

  @Inject Transactions tx;
  @Inject Channels channels;
  @Inject Uploads uploads;
  @Inject Settings settings;

  /** The reading of one file: its channel mapping and the 索引号 seen so far. */
  final class Reading {
    private final ImportJobs.Started started;
    private final ImportFile file;
    private LineReader.Target target;
    private boolean first = true;
    private final Map<String, String> indexNumbers = new HashMap<>();

    private Reading(ImportJobs.Started started, ImportFile file) {
      this.started = started;
      this.file = file;
      this.target = target(null);
    }

    /** The line as an item to write; null when it is blank, the header, or refused. */
    Pending read(Raw raw, Tally tally) {
      if (raw.tooLong()) {
        tally.fail(
            new RowError(raw.number(), null, null, "该行超过 " + ImportFile.MAX_LINE_CHARS + " 个字符"));
        return null;
      }
      if (raw.text().isBlank()) {
        return null;
      }
      ImportLine line;
      try {
        line = LINES.fromJson(raw.text(), ImportLine.class);
      } catch (JsonbException | ClassCastException | IllegalArgumentException e) {
        tally.fail(new RowError(raw.number(), null, null, "不是有效的 JSON 对象"));
        return null;
      }
      boolean header = first && line != null && line.externalId() == null && line.title() == null;
      first = false;
      if (header && raw.text().contains("\"channelMap\"")) {
        target = target(LINES.fromJson(raw.text(), ImportLine.Header.class));
        return null;
      }
      if (line == null) {
        tally.fail(new RowError(raw.number(), null, null, "不是有效的 JSON 对象"));
        return null;
      }
      try {
        if (LineReader.isReport(target, line)) {
          return Pending.report(raw.number(), LineReader.readReport(line));
        }
        MigratedItems.Line item = LineReader.read(target, line);
        requireNewIndexNumber(item);
        return Pending.item(raw.number(), item.withFiles(files(line)));
      } catch (Problem.Invalid e) {
        errors(raw.number(), line.externalId(), e).forEach(tally::fail);
        return null;
      }
    }

    private void requireNewIndexNumber(MigratedItems.Line item) {
      if (item.indexNumber() == null) {
        return;
      }
      String holder = indexNumbers.putIfAbsent(NumberKey.of(item.indexNumber()), item.externalId());
      if (holder != null && !holder.equals(item.externalId())) {
        throw new Problem.Invalid(
            "indexNumber", "migration.index-number-in-file", item.indexNumber(), holder);
      }
    }

    private List<Upload> files(ImportLine line) {
      List<Upload> files = new ArrayList<>();
      if (line.attachments() == null) {
        return files;
      }
      if (!file.isZip() && !line.attachments().isEmpty()) {
        throw new Problem.Invalid("attachments", "migration.attachments-need-zip");
      }
      for (ImportLine.AttachmentRef ref : line.attachments()) {
        String name = ref == null ? null : ref.file();
        InputStream in =
            file.file(name, settings.uploadMaxBytes())
                .orElseThrow(
                    () -> new Problem.Invalid("attachments", "migration.no-file-in-zip", name));
        String shown = ref.name() == null || ref.name().isBlank() ? name : ref.name();
        try {
          files.add(uploads.read(shown, in));
        } catch (Problem e) {
          throw new Problem.Invalid(
              "attachments", "migration.attachment-refused", name, e.getMessage());
        } catch (UncheckedIOException e) {
          throw new Problem.Invalid("attachments", "migration.attachment-too-large", name);
        }
      }
      return files;
    }

    private LineReader.Target target(ImportLine.Header header) {
      return tx.read(
          em -> {
            Organisation org = em.find(Organisation.class, started.organisationId());
            return new LineReader.Target(
                org.slug(),
                new ChannelNames(channels.of(em, org), header == null ? null : header.channelMap()),
                started.defaultChannel());
          });
    }
  }

  Reading reading(ImportJobs.Started started, ImportFile file) {
    return new Reading(started, file);
  }

  static List<RowError> errors(int line, String externalId, Problem.Invalid e) {
    if (e.fields().isEmpty()) {
      return List.of(new RowError(line, externalId, null, e.getMessage()));
    }
    return e.fields().stream()
        .map(
            f ->
                new RowError(
                    line, externalId, f.name(), Messages.text(Messages.DEFAULT, f.reason())))
        .toList();
  }

  /** Why a line could not be written, in words fit for the job's error list. */
  static List<RowError> failure(int line, String externalId, RuntimeException e) {
    if (e instanceof Problem.Invalid invalid) {
      return errors(line, externalId, invalid);
    }
    if (e instanceof Problem p) {
      return List.of(new RowError(line, externalId, null, p.getMessage()));
    }
    LOG.log(System.Logger.Level.WARNING, "import line " + line + " (" + externalId + ") failed", e);
    return List.of(new RowError(line, externalId, null, "无法保存该行（数据库拒绝）"));
  }
}

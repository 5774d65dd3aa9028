package io.gongkai.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MimeTypes;

/**
 * Reads and checks every uploaded file, whatever it is attached to (an item, a report, a disclosure
 * request): the size is bounded while reading ({@link BoundedBody}); the type is detected from the
 * bytes (Apache Tika), must be one of {@link Settings#uploadTypes()} and agree with the file name's
 * extension; the name is cleaned for display and never used as a path.
 *
 * <p>Detection uses Tika's magic numbers and file names only, as before Tika's parser modules came
 * along: their container detectors would name password-protected Office files differently and so
 * refuse them.
 */
@ApplicationScoped
public class Uploads {

  private static final Detector DETECTOR = MimeTypes.getDefaultMimeTypes();

  @Inject Settings settings;

  /** Reads an attachment (the 413 problem names it 附件). */
  public Upload read(String fileName, InputStream body) {
    return read(fileName, body, "attachment");
  }

  /**
   * Reads and checks an upload: bounded size, type from the bytes agreeing with the name, SHA-256;
   * {@code what} names the file in a 413 problem (the catalogue's {@code thing.<what>}).
   */
  public Upload read(String fileName, InputStream body, String what) {
    String name = displayName(fileName);
    byte[] bytes = BoundedBody.read(body, settings.uploadMaxBytes(), what);
    if (bytes.length == 0) {
      throw new Problem.Invalid("file", "upload.empty");
    }
    String detected = detect(bytes, null);
    String byName = detect(null, name);
    String type = detect(bytes, name);
    if (!settings.uploadTypes().contains(type)) {
      throw new Problem(
          415,
          "unsupported-upload-type",
          "upload.unsupported-type",
          detected,
          List.copyOf(settings.uploadTypes()));
    }
    if (!byName.equals(type)) {
      throw new Problem(415, "upload-type-mismatch", "upload.type-mismatch", byName, type);
    }
    return new Upload(name, type, bytes, Upload.sha256(bytes));
  }

  private static String detect(byte[] bytes, String name) {
    Metadata metadata = new Metadata();
    if (name != null) {
      metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
    }
    try (InputStream in = bytes == null ? null : TikaInputStream.get(bytes)) {
      return DETECTOR.detect(in, metadata).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String displayName(String fileName) {
    if (fileName == null || fileName.isBlank()) {
      throw new Problem.Invalid("name", "upload.file-name-required");
    }
    String base = fileName.replace('\\', '/');
    // no control characters, tabs or line breaks, no unpaired surrogates
    base =
        Text.withoutControls(base.substring(base.lastIndexOf('/') + 1))
            .replaceAll("\\p{Cntrl}", "")
            .strip();
    if (base.isEmpty() || base.length() > 255 || base.equals(".") || base.equals("..")) {
      throw new Problem.Invalid("name", "upload.file-name-length");
    }
    return base;
  }
}

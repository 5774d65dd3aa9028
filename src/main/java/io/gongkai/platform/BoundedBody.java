package io.gongkai.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Reads a request body up to a limit. A larger body is refused with 413 after the rest of it has
 * been read and dropped (up to a hard ceiling), so the client receives the problem instead of a
 * connection reset half-way through its upload.
 */
public final class BoundedBody {

  private static final long DRAIN_CEILING = 256L * 1024 * 1024;

  private BoundedBody() {}

  public static byte[] read(InputStream in, long max, String what) {
    try (in) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[64 * 1024];
      long total = 0;
      for (int n; (n = in.read(buffer)) > 0; ) {
        total += n;
        if (total > max) {
          drain(in, buffer, total);
          throw new Problem(
              413,
              "upload-too-large",
              "problem.upload-too-large.detail",
              Message.of("thing." + what),
              max);
        }
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void drain(InputStream in, byte[] buffer, long seen) throws IOException {
    long total = seen;
    for (int n; total < DRAIN_CEILING && (n = in.read(buffer)) > 0; ) {
      total += n;
    }
  }
}

package io.gongkai.platform;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The {@code Content-Disposition} of a file answered by the API. */
public final class ContentDisposition {

  private ContentDisposition() {}

  /** RFC 6266: an ASCII fallback plus the exact UTF-8 name (RFC 5987) for Chinese file names. */
  public static String of(String kind, String fileName) {
    String ascii = fileName.replaceAll("[^\\x20-\\x7e]", "_").replace("\"", "_").replace("\\", "_");
    String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    return kind + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
  }
}

package io.gongkai.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The public online request form as seen from many clients: HTTP/1.1 over a socket bound to a
 * loopback address of the test's choice (any 127.x.y.z reaches the server's 127.0.0.1), since the
 * form counts submissions and unknown look-ups per client address. The JDK 17 HTTP client cannot
 * choose its source address.
 */
public final class OnlineForms {

  private final PayaraMicroServer server;

  public OnlineForms(PayaraMicroServer server) {
    this.server = server;
  }

  /** A loopback address no other test uses: never 127.0.0.1 (the tests' own) or 127.0.0.2. */
  public static String freshAddress() {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    return "127." + r.nextInt(1, 255) + "." + r.nextInt(0, 256) + "." + r.nextInt(1, 255);
  }

  /** Sends the form (a JSON body) to an organisation from {@code from}. */
  public Api.Reply submit(String from, String slug, String json) {
    return send(from, "POST", "/api/v1/organisations/" + slug + "/requests", json);
  }

  /** Looks a tracking number up from {@code from}. */
  public Api.Reply status(String from, String tracking) {
    return send(from, "GET", "/api/v1/request-status/" + tracking, null);
  }

  public Api.Reply send(String from, String method, String path, String json) {
    URI base = server.base();
    byte[] body = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
    try (Socket socket =
        new Socket(
            InetAddress.getByName(base.getHost()),
            base.getPort(),
            InetAddress.getByName(from),
            0)) {
      socket.setSoTimeout(60_000);
      String head =
          method
              + " "
              + path
              + " HTTP/1.1\r\nHost: "
              + base.getHost()
              + ":"
              + base.getPort()
              + "\r\nAccept: application/json\r\nAccept-Language: zh-CN\r\n"
              + (json == null ? "" : "Content-Type: application/json\r\n")
              + "Content-Length: "
              + body.length
              + "\r\nConnection: close\r\n\r\n";
      OutputStream out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.write(body);
      out.flush();
      return parse(socket.getInputStream().readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + path + " from " + from, e);
    }
  }

  private static Api.Reply parse(byte[] raw) throws IOException {
    int end = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    String[] head = new String(raw, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
    int status = Integer.parseInt(head[0].split(" ")[1]);
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (int i = 1; i < head.length; i++) {
      int colon = head[i].indexOf(':');
      headers
          .computeIfAbsent(head[i].substring(0, colon).strip(), k -> new ArrayList<>())
          .add(head[i].substring(colon + 1).strip());
    }
    byte[] rest = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
    boolean chunked =
        headers.entrySet().stream()
            .anyMatch(
                e ->
                    e.getKey().equalsIgnoreCase("Transfer-Encoding")
                        && e.getValue().toString().toLowerCase(Locale.ROOT).contains("chunked"));
    return new Api.Reply(status, headers, chunked ? dechunk(rest) : rest);
  }

  private static byte[] dechunk(byte[] in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    InputStream s = new java.io.ByteArrayInputStream(in);
    while (true) {
      StringBuilder line = new StringBuilder();
      for (int c; (c = s.read()) != '\n'; ) {
        if (c < 0) {
          return out.toByteArray();
        }
        if (c != '\r') {
          line.append((char) c);
        }
      }
      String size = line.toString().split(";")[0].strip();
      if (size.isEmpty()) {
        continue;
      }
      int n = Integer.parseInt(size, 16);
      if (n == 0) {
        return out.toByteArray();
      }
      out.write(s.readNBytes(n));
    }
  }

  private static int indexOf(byte[] data, byte[] pattern) {
    outer:
    for (int i = 0; i + pattern.length <= data.length; i++) {
      for (int j = 0; j < pattern.length; j++) {
        if (data[i + j] != pattern[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new IllegalStateException("no end of the header in the answer");
  }
}

package io.gongkai.testing;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Debian's {@code wrk}, the HTTP load generator whose own cost per request is a few microseconds (a
 * Java client's is milliseconds): runs a list of request paths in turn against a server and reads
 * back its latency distribution, throughput and errors.
 */
public final class Wrk {

  public static final Path BINARY = Path.of("/usr/bin/wrk");

  /** One run: p50, p99 and mean in milliseconds, requests per second, requests that failed. */
  public record Result(
      double p50, double p99, double perSecond, long requests, long errors, double mean) {}

  private Wrk() {}

  /**
   * Sends GETs of {@code paths} in turn (each connection starting at its own place in the list)
   * over {@code connections} keep-alive connections on {@code threads} threads for {@code seconds}.
   * Errors are socket errors and answers other than 2xx or 3xx.
   */
  public static Result run(URI base, List<String> paths, int threads, int connections, int seconds)
      throws Exception {
    DebianPackages.ensure("wrk", BINARY);
    Path dir = Files.createDirectories(Path.of("target", "wrk"));
    Path script = Files.createTempFile(dir, "mix-", ".lua");
    StringBuilder lua = new StringBuilder("local paths = {\n");
    for (String p : paths) {
      lua.append("  \"").append(p.replace("\\", "\\\\").replace("\"", "\\\"")).append("\",\n");
    }
    lua.append(
        """
        }
        local counter = 0
        function setup(thread)
          thread:set("start", counter)
          counter = counter + 1
        end
        local i = nil
        function request()
          if i == nil then i = start or 0 end
          i = i % #paths + 1
          return wrk.format("GET", paths[i])
        end
        """);
    Files.writeString(script, lua, StandardCharsets.UTF_8);
    String root = base.toString().endsWith("/") ? base.toString() : base + "/";
    List<String> command =
        new ArrayList<>(
            List.of(
                BINARY.toString(),
                "-t" + threads,
                "-c" + connections,
                "-d" + seconds + "s",
                "--timeout",
                "30s",
                "--latency",
                "-s",
                script.toString(),
                root));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed:\n" + out);
    }
    return parse(out);
  }

  static Result parse(String out) {
    double p50 = latency(out, "50%");
    double p99 = latency(out, "99%");
    double perSecond = number(out, "Requests/sec:\\s+([0-9.]+)");
    long requests = (long) number(out, "([0-9]+) requests in");
    long errors = 0;
    Matcher socket =
        Pattern.compile(
                "Socket errors: connect ([0-9]+), read ([0-9]+), write ([0-9]+), timeout ([0-9]+)")
            .matcher(out);
    if (socket.find()) {
      for (int g = 1; g <= 4; g++) {
        errors += Long.parseLong(socket.group(g));
      }
    }
    Matcher non2xx = Pattern.compile("Non-2xx or 3xx responses: ([0-9]+)").matcher(out);
    if (non2xx.find()) {
      errors += Long.parseLong(non2xx.group(1));
    }
    double mean = latency(out, "Latency");
    return new Result(p50, p99, perSecond, requests, errors, mean);
  }

  private static double latency(String out, String percentile) {
    Matcher m =
        Pattern.compile("^\\s*" + percentile + "\\s+([0-9.]+)(us|ms|s|m)(\\s|$)", Pattern.MULTILINE)
            .matcher(out);
    if (!m.find()) {
      throw new IllegalStateException("no " + percentile + " latency in wrk's output:\n" + out);
    }
    double v = Double.parseDouble(m.group(1));
    return switch (m.group(2).toLowerCase(Locale.ROOT)) {
      case "us" -> v / 1000;
      case "s" -> v * 1000;
      case "m" -> v * 60_000;
      default -> v;
    };
  }

  private static double number(String out, String regex) {
    Matcher m = Pattern.compile(regex).matcher(out);
    if (!m.find()) {
      throw new IllegalStateException("no " + regex + " in wrk's output:\n" + out);
    }
    return Double.parseDouble(m.group(1));
  }
}

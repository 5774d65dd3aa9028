package io.gongkai.testing;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Debian's {@code wrk}, the HTTP load generator whose own cost per request is a few microseconds (a
 * Java client's is milliseconds): runs a list of request paths in turn against a server and reads
 * back the time of every request, the throughput and the errors.
 *
 * <p>The latencies are the requests' own times, taken by the script from the moment wrk builds a
 * request to the moment its answer is parsed (the same two points wrk's histogram uses). wrk's
 * printed percentiles cannot be used: before printing, wrk adds to its histogram, for every answer
 * slower than twice the mean interval between requests, made-up samples at that answer's time minus
 * one interval, minus two, … (a correction for "coordinated omission", which assumes requests are
 * due at a constant rate). A closed loop of connections that each wait for their answer has no such
 * schedule, and on a mix of cheap and costly searches the made-up samples moved the p50 from 8.9 ms
 * to 15 ms. The corrected p50 is kept as {@link Result#wrkP50} for the record.
 */
public final class Wrk {

  public static final Path BINARY = Path.of("/usr/bin/wrk");

  /**
   * One run: p50, p99 and mean in milliseconds from the requests' own times, requests per second,
   * requests answered, requests that failed, wrk's own (corrected) p50, and each path's times.
   */
  public record Result(
      double p50,
      double p99,
      double perSecond,
      long requests,
      long errors,
      double mean,
      double wrkP50,
      List<double[]> byPath) {

    /** A run's figures from its requests' own times, by path. */
    static Result of(
        List<double[]> byPath, double perSecond, long requests, long errors, double wrkP50) {
      double[] all = byPath.stream().flatMapToDouble(Arrays::stream).toArray();
      return new Result(
          percentile(all, 50),
          percentile(all, 99),
          perSecond,
          requests,
          errors,
          Arrays.stream(all).average().orElseThrow(),
          wrkP50,
          byPath);
    }

    /**
     * Runs of the same paths and length together: their requests' times pooled path by path, their
     * rates averaged, their counts added, and the median of wrk's own p50s.
     */
    public static Result together(List<Result> runs) {
      List<double[]> byPath = new java.util.ArrayList<>();
      for (int i = 0; i < runs.get(0).byPath().size(); i++) {
        int path = i;
        byPath.add(
            runs.stream().flatMapToDouble(r -> Arrays.stream(r.byPath().get(path))).toArray());
      }
      return of(
          byPath,
          runs.stream().mapToDouble(Result::perSecond).average().orElseThrow(),
          runs.stream().mapToLong(Result::requests).sum(),
          runs.stream().mapToLong(Result::errors).sum(),
          percentile(runs.stream().mapToDouble(Result::wrkP50).toArray(), 50));
    }

    /** The median time of the {@code i}th path of the run. */
    public double p50Of(int i) {
      return percentile(byPath.get(i), 50);
    }

    @Override
    public String toString() {
      return String.format(
          "p50 %.2f ms, p99 %.2f ms, %.0f/s, %d requests, %d errors",
          p50, p99, perSecond, requests, errors);
    }
  }

  private Wrk() {}

  /**
   * Sends GETs of {@code paths} in turn (each connection starting at its own place in the list)
   * over {@code connections} keep-alive connections, one wrk thread each (so that every request of
   * a thread is timed on its own), for {@code seconds} — four times as long, up to twice, when
   * every answer outlasted the run and none was timed. Errors are socket errors and answers other
   * than 2xx or 3xx.
   */
  public static Result run(URI base, List<String> paths, int connections, int seconds)
      throws Exception {
    // a run shorter than its slowest answers (a machine under load, a JVM just restarted) times
    // nothing: it is run again for longer, until it has something to measure
    for (int d = seconds, tries = 1; ; d *= 4, tries++) {
      Result r = once(base, paths, connections, d, tries == LONGER_RUNS);
      if (r != null) {
        return r;
      }
    }
  }

  /** How many times a run that timed no request is tried, each four times as long. */
  private static final int LONGER_RUNS = 3;

  private static Result once(
      URI base, List<String> paths, int connections, int seconds, boolean last) throws Exception {
    DebianPackages.ensure("wrk", BINARY);
    Path dir = Files.createDirectories(Path.of("target", "wrk"));
    Path script = Files.createTempFile(dir, "mix-", ".lua");
    Path times = Files.createTempDirectory(dir, "times-");
    Files.writeString(script, script(paths, times), StandardCharsets.UTF_8);
    String root = base.toString().endsWith("/") ? base.toString() : base + "/";
    List<String> command =
        new ArrayList<>(
            List.of(
                BINARY.toString(),
                "-t" + connections,
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
    try {
      List<double[]> byPath = times(times, paths.size());
      boolean none = byPath.stream().allMatch(t -> t.length == 0);
      return none && !last ? null : parse(out, byPath);
    } finally {
      PayaraMicroServer.deleteTree(times);
    }
  }

  /**
   * The Lua script: each thread (one connection) takes the paths in turn from its own start and
   * appends "path-number milliseconds" per answer to its own file, timed with LuaJIT's FFI on the
   * monotonic clock.
   */
  static String script(List<String> paths, Path times) {
    StringBuilder lua = new StringBuilder("local paths = {\n");
    for (String p : paths) {
      lua.append("  ").append(quoted(p)).append(",\n");
    }
    lua.append("}\nlocal dir = ").append(quoted(times.toAbsolutePath().toString())).append('\n');
    lua.append(
        """
        local ffi = require("ffi")
        ffi.cdef[[
          typedef struct { long tv_sec; long tv_nsec; } gk_timespec;
          int clock_gettime(int clock, gk_timespec *t);
        ]]
        local now_ts = ffi.new("gk_timespec")
        local function now()
          ffi.C.clock_gettime(1, now_ts)
          return tonumber(now_ts.tv_sec) * 1000 + tonumber(now_ts.tv_nsec) / 1e6
        end
        local counter = 0
        function setup(thread)
          thread:set("start", counter)
          counter = counter + 1
        end
        local i, sent, out = nil, 0, nil
        function init(args)
          out = io.open(dir .. "/" .. (start or 0) .. ".txt", "w")
          out:setvbuf("full")
        end
        function request()
          if i == nil then i = start or 0 end
          i = i % #paths + 1
          sent = now()
          return wrk.format("GET", paths[i])
        end
        function response(status, headers, body)
          out:write(i, " ", string.format("%.4f", now() - sent), "\\n")
        end
        """);
    return lua.toString();
  }

  private static String quoted(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** The times the script wrote, per path (1-based numbers in the files). */
  static List<double[]> times(Path dir, int paths) throws IOException {
    List<List<Double>> by = new ArrayList<>();
    for (int i = 0; i < paths; i++) {
      by.add(new ArrayList<>());
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.toList()) {
        for (String line : Files.readAllLines(f)) {
          String[] parts = line.trim().split(" ");
          if (parts.length == 2) {
            by.get(Integer.parseInt(parts[0]) - 1).add(Double.parseDouble(parts[1]));
          }
        }
      }
    }
    return by.stream().map(l -> l.stream().mapToDouble(Double::doubleValue).toArray()).toList();
  }

  static Result parse(String out, List<double[]> byPath) {
    double[] all = byPath.stream().flatMapToDouble(Arrays::stream).toArray();
    if (all.length == 0) {
      throw new IllegalStateException("wrk's script timed no request:\n" + out);
    }
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
    return Result.of(byPath, perSecond, requests, errors, wrkLatency(out, "50%"));
  }

  /** The nearest-rank percentile {@code p} of {@code ms} (which it does not change). */
  public static double percentile(double[] ms, double p) {
    if (ms.length == 0) {
      return Double.NaN;
    }
    double[] sorted = ms.clone();
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  private static double wrkLatency(String out, String percentile) {
    Matcher m =
        Pattern.compile("^\\s*" + percentile + "\\s+([0-9.]+)(us|ms|s|m)(\\s|$)", Pattern.MULTILINE)
            .matcher(out);
    if (!m.find()) {
      return Double.NaN;
    }
    double v = Double.parseDouble(m.group(1));
    return switch (m.group(2)) {
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

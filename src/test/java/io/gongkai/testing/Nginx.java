package io.gongkai.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Debian's nginx with the shipped {@code deploy/nginx/gongkai.conf} in front of the given upstream
 * servers, rendered by {@code deploy/nginx/render.sh} exactly as {@code deploy/cluster-local.sh}
 * renders it, on a free port of 127.0.0.1. Runs in the foreground as a child of the test; {@link
 * #close()} stops it.
 */
public final class Nginx implements AutoCloseable {

  public static final Path BINARY = Path.of("/usr/sbin/nginx");

  private final Path prefix;
  private final int port;
  private final Process process;

  private Nginx(Path prefix, int port, Process process) {
    this.prefix = prefix;
    this.port = port;
    this.process = process;
  }

  /** Starts nginx named {@code name} (its folder under target/it-work) before {@code upstreams}. */
  public static Nginx start(String name, List<URI> upstreams) throws Exception {
    DebianPackages.ensure("nginx", BINARY);
    Path prefix =
        Path.of(System.getProperty("gongkai.it.work", "target/it-work"))
            .resolve("nginx-" + name)
            .toAbsolutePath();
    PayaraMicroServer.deleteTree(prefix);
    Files.createDirectories(prefix);
    int port = freePort();
    List<String> render = new ArrayList<>(List.of("bash", "deploy/nginx/render.sh"));
    render.add(prefix.toString());
    render.add(String.valueOf(port));
    render.add(prefix.resolve("logs").toString());
    render.add(System.getProperty("user.name"));
    upstreams.forEach(u -> render.add(u.getHost() + ":" + u.getPort()));
    run(prefix, render);
    Path errors = prefix.resolve("logs/nginx-error.log");
    List<String> command =
        List.of(
            BINARY.toString(),
            "-p",
            prefix + "/",
            "-c",
            prefix.resolve("nginx.conf").toString(),
            "-e",
            errors.toString(),
            "-g",
            "daemon off;");
    run(prefix, withTestFlag(command));
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(prefix.resolve("logs/nginx-stdout.log").toFile())
            .start();
    Nginx nginx = new Nginx(prefix, port, process);
    long deadline = System.nanoTime() + 20_000_000_000L;
    while (!listening(port)) {
      if (!process.isAlive() || System.nanoTime() > deadline) {
        nginx.close();
        throw new IllegalStateException(
            "nginx did not start:\n" + (Files.exists(errors) ? Files.readString(errors) : ""));
      }
      Thread.sleep(50);
    }
    return nginx;
  }

  private static List<String> withTestFlag(List<String> command) {
    List<String> test = new ArrayList<>(command.subList(0, 7));
    test.add("-t");
    return test;
  }

  private static void run(Path prefix, List<String> command) throws Exception {
    Path out = Files.createTempFile(prefix, "cmd-", ".log");
    Process p =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
    if (p.waitFor() != 0) {
      throw new IllegalStateException(
          String.join(" ", command) + " failed:\n" + Files.readString(out, StandardCharsets.UTF_8));
    }
  }

  /** The URI nginx answers on. */
  public URI base() {
    return URI.create("http://127.0.0.1:" + port + "/");
  }

  public int port() {
    return port;
  }

  /** nginx's access log so far: one line a request, with the upstream tried and its status. */
  public String accessLog() throws IOException {
    Path log = prefix.resolve("logs/nginx-access.log");
    return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy(); // SIGTERM: nginx's fast shutdown
    if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }

  /** A port of 127.0.0.1 that nothing listens on just now. */
  public static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  private static boolean listening(int port) {
    try (Socket s = new Socket(java.net.InetAddress.getLoopbackAddress(), port)) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}

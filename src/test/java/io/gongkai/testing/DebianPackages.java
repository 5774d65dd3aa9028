package io.gongkai.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Installs the Debian packages a test needs when they are missing, so {@code mvn -B verify} works
 * on a fresh machine with nothing installed by hand (as root, or with password-less sudo). No
 * service the packages bring is started: Debian's maintainer scripts ask {@code
 * /usr/sbin/policy-rc.d} first, and a policy answering 101 ("do not start") is put there for the
 * installation unless one exists already (nginx would otherwise start on port 80 with its default
 * site).
 */
public final class DebianPackages {

  private DebianPackages() {}

  /**
   * Makes sure every one of {@code executables} exists, installing {@code packages} (separated by
   * spaces) when one does not.
   */
  public static synchronized void ensure(String packages, Path... executables) {
    if (present(executables)) {
      return;
    }
    String script =
        "export DEBIAN_FRONTEND=noninteractive; policy=/usr/sbin/policy-rc.d; own=false;"
            + " if [ ! -e $policy ]; then printf '#!/bin/sh\\nexit 101\\n' > $policy;"
            + " chmod 755 $policy; own=true; fi;"
            + " apt-get update -q && apt-get install -y -q "
            + packages
            + "; rc=$?; if $own; then rm -f $policy; fi; exit $rc";
    boolean root = "root".equals(System.getProperty("user.name"));
    List<String> command =
        root ? List.of("bash", "-c", script) : List.of("sudo", "-n", "bash", "-c", script);
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).inheritIO().start();
      if (p.waitFor() != 0) {
        throw new IllegalStateException(
            "installing " + packages + " failed (exit " + p.exitValue() + ")");
      }
    } catch (java.io.IOException e) {
      throw new IllegalStateException("could not install " + packages + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    if (!present(executables)) {
      throw new IllegalStateException(
          "This test needs Debian's "
              + packages
              + " ("
              + Arrays.toString(executables)
              + "): apt-get install -y "
              + packages);
    }
  }

  private static boolean present(Path... executables) {
    return Arrays.stream(executables).allMatch(Files::isExecutable);
  }
}

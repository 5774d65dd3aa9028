package io.gongkai.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The version of the theme files this WAR serves: a digest of every file under {@code /themes/}.
 * Under {@code /themes/v/<version>/…} the same files are cached for a year ({@code immutable}): a
 * new theme has a new version, so a new address, and nothing stale is ever served from a cache.
 */
@ApplicationScoped
public class ThemeVersion {

  /** Where versioned theme files are served. */
  public static final String PREFIX = "/themes/v/";

  @Inject ServletContext context;

  private volatile String version;
  private volatile Map<String, String> tags = Map.of();

  /** Twelve hex digits that change whenever any theme file changes. */
  public String current() {
    if (version == null) {
      version = digest();
    }
    return version;
  }

  /**
   * The strong entity tag of the theme file at {@code path} (e.g. {@code
   * /themes/default/gongkai.js}) — a digest of its bytes, so every instance serving this WAR gives
   * the same — or empty when there is no such file (a folder, a mistyped name).
   */
  public Optional<String> tag(String path) {
    current();
    return Optional.ofNullable(tags.get(path));
  }

  /** The versioned address of {@code path} (e.g. {@code /themes/default/gongkai.js}). */
  public String address(String path) {
    return context.getContextPath() + PREFIX + current() + path.substring("/themes".length());
  }

  private String digest() {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      Set<String> files = new TreeSet<>();
      collect("/themes/", files);
      Map<String, String> each = new HashMap<>();
      for (String file : files) {
        sha.update(file.getBytes(StandardCharsets.UTF_8));
        try (InputStream in = context.getResourceAsStream(file)) {
          if (in != null) {
            byte[] bytes = in.readAllBytes();
            sha.update(bytes);
            byte[] own = MessageDigest.getInstance("SHA-256").digest(bytes);
            each.put(file, "\"" + HexFormat.of().formatHex(own, 0, 8) + "\"");
          }
        }
      }
      tags = Map.copyOf(each);
      return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void collect(String dir, Set<String> files) {
    Set<String> entries = context.getResourcePaths(dir);
    if (entries == null) {
      return;
    }
    for (String entry : entries) {
      if (entry.endsWith("/")) {
        collect(entry, files);
      } else {
        files.add(entry);
      }
    }
  }
}

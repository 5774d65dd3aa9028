package io.gongkai.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where the public reaches Gongkai, and who is calling. A client's {@code Host} header is never
 * believed: absolute links come from the configured public base URL, or from the {@code
 * X-Forwarded-Proto} / {@code X-Forwarded-Host} headers (or, if so configured, {@code Forwarded})
 * of a configured trusted reverse proxy, or else from the listener's own loopback address. The
 * caller's address is the connection's, or — behind a trusted proxy — the nearest address in {@code
 * Forwarded: for=} / {@code X-Forwarded-For} that is not itself a trusted proxy.
 */
@ApplicationScoped
public class PublicUrls {

  private static final Pattern HOST =
      Pattern.compile(
          "(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})(?:\\.[A-Za-z0-9-]{1,63})*|\\[[0-9A-Fa-f:.]+\\])(?::[0-9]{1,5})?");

  @Inject Settings settings;

  /** The public origin and context path, without a trailing slash ({@code https://host}). */
  public String base(HttpServletRequest request) {
    Optional<String> configured = settings.publicBaseUrl();
    if (configured.isPresent()) {
      return configured.get();
    }
    String context = request.getContextPath();
    if (trusted(request.getRemoteAddr())) {
      Forwarded f = forwarded(request, settings.proxiesUseForwarded());
      if (f.host() != null) {
        return (f.proto() == null ? request.getScheme() : f.proto()) + "://" + f.host() + context;
      }
    }
    return request.getScheme() + "://localhost:" + request.getLocalPort() + context;
  }

  /**
   * A public page from a configured template: {@code {base}} becomes {@link #base}, every other
   * {@code {name}} the URL-encoded value given for it.
   */
  public String page(HttpServletRequest request, String template, Map<String, Object> values) {
    String out = template.replace("{base}", base(request));
    for (Map.Entry<String, Object> v : values.entrySet()) {
      out =
          out.replace(
              "{" + v.getKey() + "}",
              URLEncoder.encode(String.valueOf(v.getValue()), StandardCharsets.UTF_8)
                  .replace("+", "%20"));
    }
    return out;
  }

  /** The client's address: the connection's, or the one a trusted proxy forwarded. */
  public String clientAddress(HttpServletRequest request) {
    String direct = request.getRemoteAddr();
    if (!trusted(direct)) {
      return direct;
    }
    List<String> chain = forwardedFor(request, settings.proxiesUseForwarded());
    for (int i = chain.size() - 1; i >= 0; i--) {
      if (!trusted(chain.get(i))) {
        return chain.get(i);
      }
    }
    return chain.isEmpty() ? direct : chain.get(0);
  }

  /** Whether {@code address} is one of the configured trusted proxies. */
  public boolean trusted(String address) {
    for (String range : settings.trustedProxies()) {
      if (Cidr.contains(range, address)) {
        return true;
      }
    }
    return false;
  }

  record Forwarded(String proto, String host) {}

  /**
   * The scheme and host the nearest proxy received, from {@code Forwarded} (RFC 7239) or from
   * {@code X-Forwarded-*}, whichever kind the proxies are configured to set.
   */
  static Forwarded forwarded(HttpServletRequest request, boolean rfc7239) {
    String proto = null;
    String host = null;
    String forwarded = rfc7239 ? request.getHeader("Forwarded") : null;
    if (forwarded != null) {
      String[] elements = forwarded.split(",");
      for (String pair : elements[elements.length - 1].split(";")) {
        int eq = pair.indexOf('=');
        if (eq < 0) {
          continue;
        }
        String key = pair.substring(0, eq).strip().toLowerCase(Locale.ROOT);
        String value = unquote(pair.substring(eq + 1).strip());
        if (key.equals("proto")) {
          proto = value;
        } else if (key.equals("host")) {
          host = value;
        }
      }
    } else if (!rfc7239) {
      proto = last(request.getHeader("X-Forwarded-Proto"));
      host = last(request.getHeader("X-Forwarded-Host"));
    }
    if (proto != null) {
      proto = proto.toLowerCase(Locale.ROOT);
      if (!proto.equals("http") && !proto.equals("https")) {
        proto = null;
      }
    }
    if (host != null && !HOST.matcher(host).matches()) {
      host = null;
    }
    return new Forwarded(proto, host);
  }

  private static List<String> forwardedFor(HttpServletRequest request, boolean rfc7239) {
    List<String> chain = new ArrayList<>();
    String forwarded = rfc7239 ? request.getHeader("Forwarded") : null;
    if (forwarded != null) {
      for (String element : forwarded.split(",")) {
        for (String pair : element.split(";")) {
          int eq = pair.indexOf('=');
          if (eq > 0 && pair.substring(0, eq).strip().equalsIgnoreCase("for")) {
            chain.add(address(unquote(pair.substring(eq + 1).strip())));
          }
        }
      }
    } else if (!rfc7239 && request.getHeader("X-Forwarded-For") != null) {
      for (String a : request.getHeader("X-Forwarded-For").split(",")) {
        chain.add(a.strip());
      }
    }
    chain.removeIf(String::isEmpty);
    return chain;
  }

  /** {@code [2001:db8::1]:4711} → {@code 2001:db8::1}; {@code 192.0.2.1:80} → {@code 192.0.2.1}. */
  private static String address(String node) {
    if (node.startsWith("[")) {
      int end = node.indexOf(']');
      return end > 0 ? node.substring(1, end) : node;
    }
    int colon = node.indexOf(':');
    return colon > 0 && node.indexOf(':', colon + 1) < 0 ? node.substring(0, colon) : node;
  }

  private static String last(String list) {
    if (list == null) {
      return null;
    }
    String[] parts = list.split(",");
    String v = parts[parts.length - 1].strip();
    return v.isEmpty() ? null : v;
  }

  private static String unquote(String v) {
    return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")
        ? v.substring(1, v.length() - 1)
        : v;
  }

  /** An address range: {@code 10.0.0.0/8}, {@code ::1/128}, or one address. */
  static final class Cidr {

    private Cidr() {}

    static boolean contains(String range, String address) {
      if (address == null || address.isBlank()) {
        return false;
      }
      try {
        String[] parts = range.strip().split("/", 2);
        byte[] net = literal(parts[0]);
        byte[] addr = literal(address.strip());
        if (net == null || addr == null || net.length != addr.length) {
          return false;
        }
        int bits = parts.length == 2 ? Integer.parseInt(parts[1]) : net.length * 8;
        for (int i = 0; i < net.length && bits > 0; i++, bits -= 8) {
          int mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
          if ((net[i] & mask) != (addr[i] & mask)) {
            return false;
          }
        }
        return true;
      } catch (NumberFormatException e) {
        return false;
      }
    }

    /** The bytes of an IP literal; null for anything else (no name is ever looked up). */
    private static byte[] literal(String s) {
      boolean v4 = s.matches("[0-9]{1,3}(?:\\.[0-9]{1,3}){3}");
      boolean v6 = s.contains(":") && s.matches("[0-9A-Fa-f:.]+");
      if (!v4 && !v6) {
        return null; // not an address literal: never looked up as a name
      }
      try {
        return InetAddress.getByName(s).getAddress();
      } catch (UnknownHostException e) {
        return null;
      }
    }
  }
}

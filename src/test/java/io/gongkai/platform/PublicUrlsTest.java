package io.gongkai.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PublicUrlsTest {

  @Test
  void aClientsHostHeaderNeverMakesALink() {
    PublicUrls urls = urls(Optional.empty(), List.of());

    String base =
        urls.base(
            request(
                "203.0.113.9", Map.of("Host", "evil.example", "X-Forwarded-Host", "evil.example")));

    assertThat(base).isEqualTo("http://localhost:8080");
  }

  @Test
  void theConfiguredPublicBaseUrlWins() {
    PublicUrls urls = urls(Optional.of("https://gongkai.jurong.gov.cn"), List.of("127.0.0.1"));

    assertThat(urls.base(request("127.0.0.1", Map.of("X-Forwarded-Host", "other.example"))))
        .isEqualTo("https://gongkai.jurong.gov.cn");
  }

  @Test
  void forwardedHeadersAreBelievedOnlyFromTrustedProxies() {
    PublicUrls urls = urls(Optional.empty(), List.of("10.0.0.0/8", "::1"));
    Map<String, String> headers =
        Map.of("X-Forwarded-Proto", "https", "X-Forwarded-Host", "www.jurong.gov.cn");

    assertThat(urls.base(request("10.1.2.3", headers))).isEqualTo("https://www.jurong.gov.cn");
    assertThat(urls.base(request("0:0:0:0:0:0:0:1", headers)))
        .isEqualTo("https://www.jurong.gov.cn");
    assertThat(urls.base(request("192.168.1.5", headers))).isEqualTo("http://localhost:8080");
  }

  @Test
  void rfc7239ForwardedIsReadAndItsLastElementIsTheNearestProxys() {
    PublicUrls urls = urls(Optional.empty(), List.of("127.0.0.1"), true);
    Map<String, String> headers =
        Map.of(
            "Forwarded",
            "for=198.51.100.17;proto=http;host=spoofed.example, for=\"[2001:db8::7]:4711\";proto=https;host=\"gk.jurong.gov.cn:8443\"");

    assertThat(urls.base(request("127.0.0.1", headers))).isEqualTo("https://gk.jurong.gov.cn:8443");
    assertThat(urls.clientAddress(request("127.0.0.1", headers))).isEqualTo("2001:db8::7");
  }

  @Test
  void aForwardedHostThatIsNotAHostNameIsIgnored() {
    PublicUrls urls = urls(Optional.empty(), List.of("127.0.0.1"));

    assertThat(
            urls.base(
                request(
                    "127.0.0.1",
                    Map.of("X-Forwarded-Host", "a.example/evil?x=", "X-Forwarded-Proto", "https"))))
        .isEqualTo("http://localhost:8080");
  }

  @Test
  void theClientIsTheNearestUntrustedAddressOfTheChain() {
    PublicUrls urls = urls(Optional.empty(), List.of("127.0.0.1", "10.0.0.0/8"));
    Map<String, String> headers = Map.of("X-Forwarded-For", "1.1.1.1, 203.0.113.5, 10.0.0.2");

    assertThat(urls.clientAddress(request("127.0.0.1", headers))).isEqualTo("203.0.113.5");
    assertThat(urls.clientAddress(request("192.0.2.44", headers)))
        .as("not from a trusted proxy: the header is the client's own claim")
        .isEqualTo("192.0.2.44");
  }

  @Test
  void rangesMatchByPrefixAndNamesAreNeverLookedUp() {
    assertThat(PublicUrls.Cidr.contains("10.0.0.0/8", "10.255.0.1")).isTrue();
    assertThat(PublicUrls.Cidr.contains("10.0.0.0/8", "11.0.0.1")).isFalse();
    assertThat(PublicUrls.Cidr.contains("192.168.4.0/22", "192.168.7.255")).isTrue();
    assertThat(PublicUrls.Cidr.contains("192.168.4.0/22", "192.168.8.0")).isFalse();
    assertThat(PublicUrls.Cidr.contains("2001:db8::/32", "2001:db8:1::5")).isTrue();
    assertThat(PublicUrls.Cidr.contains("localhost", "127.0.0.1")).isFalse();
    assertThat(PublicUrls.Cidr.contains("127.0.0.1", "proxy.example")).isFalse();
  }

  @Test
  void onlyTheConfiguredKindOfForwardingHeaderIsRead() {
    Map<String, String> both =
        Map.of(
            "Forwarded", "for=6.6.6.6;proto=https;host=spoofed.example",
            "X-Forwarded-Host", "www.jurong.gov.cn",
            "X-Forwarded-For", "203.0.113.5");

    PublicUrls xForwarded = urls(Optional.empty(), List.of("127.0.0.1"), false);
    PublicUrls rfc7239 = urls(Optional.empty(), List.of("127.0.0.1"), true);

    assertThat(xForwarded.base(request("127.0.0.1", both))).isEqualTo("http://www.jurong.gov.cn");
    assertThat(xForwarded.clientAddress(request("127.0.0.1", both))).isEqualTo("203.0.113.5");
    assertThat(rfc7239.base(request("127.0.0.1", both))).isEqualTo("https://spoofed.example");
    assertThat(rfc7239.clientAddress(request("127.0.0.1", both))).isEqualTo("6.6.6.6");
  }

  private static PublicUrls urls(Optional<String> base, List<String> trusted) {
    return urls(base, trusted, false);
  }

  private static PublicUrls urls(Optional<String> base, List<String> trusted, boolean rfc7239) {
    PublicUrls urls = new PublicUrls();
    urls.settings =
        new Settings() {
          @Override
          public Optional<String> publicBaseUrl() {
            return base;
          }

          @Override
          public List<String> trustedProxies() {
            return trusted;
          }

          @Override
          public boolean proxiesUseForwarded() {
            return rfc7239;
          }
        };
    return urls;
  }

  private static HttpServletRequest request(String remote, Map<String, String> headers) {
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            PublicUrlsTest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getRemoteAddr" -> remote;
                  case "getHeader" -> headers.get((String) args[0]);
                  case "getScheme" -> "http";
                  case "getLocalPort" -> 8080;
                  case "getContextPath" -> "";
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }
}

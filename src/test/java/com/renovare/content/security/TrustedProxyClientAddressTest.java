package com.renovare.content.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.renovare.content.editorial.Editorial;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Rate limits behind a reverse proxy. The service trusts the forwarded headers of one proxy address
 * (127.0.0.9, where {@link ForwardingProxy} connects from) and of no one else. Clients are told
 * apart by the loopback address they connect from (127.0.0.2, 127.0.0.3, …), which the proxy puts
 * in X-Forwarded-For; IPv6 clients come through the proxy as a CDN in front of it names them.
 */
@QuarkusTest
@TestProfile(TrustedProxyClientAddressTest.TrustedProxy.class)
class TrustedProxyClientAddressTest {

  private static final String PROXY_ADDRESS = "127.0.0.9";
  private static final String PRODUCT = "/v1/products/SAMPLE-K2-MK7-100";
  private static final Pattern LEFT = Pattern.compile("\"[a-z-]+\";r=(\\d+);t=\\d+");

  /** Three anonymous reads and two wrong tokens per client a day, behind one trusted proxy. */
  public static class TrustedProxy implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "quarkus.http.proxy.proxy-address-forwarding", "true",
          "quarkus.http.proxy.allow-x-forwarded", "true",
          "quarkus.http.proxy.allow-forwarded", "false",
          "quarkus.http.proxy.trusted-proxies", PROXY_ADDRESS,
          "content.partners.tiers.anonymous.requests", "3",
          "content.partners.tiers.anonymous.window", "24h",
          "content.editorial.limits.failed-auth-requests", "2",
          "content.editorial.limits.failed-auth-window", "24h");
    }
  }

  private static ForwardingProxy proxy;

  @AfterAll
  static void stopProxy() throws IOException {
    if (proxy != null) {
      proxy.close();
    }
  }

  @Test
  @Tag("owasp-api4")
  void clientsBehindATrustedProxyHaveBudgetsOfTheirOwn() throws IOException {
    for (int left = 2; left >= 0; left--) {
      Answer answer = viaProxy("127.0.0.2", PRODUCT);
      assertEquals(200, answer.status(), answer.head());
      assertEquals(left, answer.left(), answer.head());
    }
    assertEquals(429, viaProxy("127.0.0.2", PRODUCT).status());
    // What the client claims is overwritten by the proxy: it is still the spent budget.
    Answer spoofing =
        viaProxy(
            "127.0.0.2",
            PRODUCT,
            "X-Forwarded-For: 203.0.113.7",
            "Forwarded: for=203.0.113.8",
            "X-Forwarded-For: 203.0.113.9");
    assertEquals(429, spoofing.status(), spoofing.head());

    Answer other = viaProxy("127.0.0.3", PRODUCT);
    assertEquals(200, other.status(), other.head());
    assertEquals(2, other.left(), other.head());
  }

  @Test
  @Tag("owasp-api4")
  void forwardedHeadersFromAnUntrustedPeerAreIgnored() throws IOException {
    for (int i = 0; i < 3; i++) {
      Answer answer =
          direct(
              "127.0.0.4",
              PRODUCT,
              "X-Forwarded-For: 198.51.100." + i,
              "Forwarded: for=198.51.100." + (100 + i));
      assertEquals(200, answer.status(), answer.head());
      assertEquals(2 - i, answer.left(), "each spoofed address is still the peer's budget");
    }
    Answer spent = direct("127.0.0.4", PRODUCT, "X-Forwarded-For: 198.51.100.77");
    assertEquals(429, spent.status(), spent.head());
  }

  @Test
  @Tag("owasp-api4")
  void ipv6ClientsShareABudgetPerSlash64() throws IOException {
    String cdn = "127.0.0.5";
    assertEquals(2, viaProxy(cdn, PRODUCT, "X-Real-IP: 2001:db8:1:2::a").left());
    assertEquals(1, viaProxy(cdn, PRODUCT, "X-Real-IP: 2001:db8:1:2::b").left());
    assertEquals(0, viaProxy(cdn, PRODUCT, "X-Real-IP: 2001:db8:1:2:ffff:ffff:ffff:ffff").left());
    assertEquals(429, viaProxy(cdn, PRODUCT, "X-Real-IP: 2001:db8:1:2:0:0:0:c").status());

    Answer nextNetwork = viaProxy(cdn, PRODUCT, "X-Real-IP: 2001:db8:1:3::a");
    assertEquals(200, nextNetwork.status(), nextNetwork.head());
    assertEquals(2, nextNetwork.left(), nextNetwork.head());
  }

  @Test
  @Tag("owasp-api2")
  void wrongTokensAreCountedPerClientBehindTheProxy() throws IOException {
    String articles = "/v1/editorial/articles";
    String wrong = "Authorization: Bearer rca_wrong";
    assertEquals(1, viaProxy("127.0.0.6", articles, wrong).left());
    assertEquals(0, viaProxy("127.0.0.6", articles, wrong).left());
    assertEquals(429, viaProxy("127.0.0.6", articles, wrong).status());

    Answer other = viaProxy("127.0.0.7", articles, wrong);
    assertEquals(401, other.status(), other.head());
    assertEquals(1, other.left(), other.head());
    Answer valid = viaProxy("127.0.0.6", articles, "Authorization: Bearer " + Editorial.ADMIN);
    assertEquals(200, valid.status(), valid.head());
  }

  /** The status and header block of one answer. */
  private record Answer(int status, String head) {

    int left() {
      Matcher m = Pattern.compile("(?im)^RateLimit: (.*)$").matcher(head);
      if (!m.find()) {
        throw new AssertionError("no RateLimit header in\n" + head);
      }
      Matcher left = LEFT.matcher(m.group(1).strip());
      if (!left.matches()) {
        throw new AssertionError("unexpected RateLimit " + m.group(1));
      }
      return Integer.parseInt(left.group(1));
    }
  }

  private static Answer viaProxy(String client, String path, String... headers) throws IOException {
    if (proxy == null) {
      // Started here rather than before all tests: the service's port is known once a test runs.
      proxy = new ForwardingProxy(InetAddress.getByName(PROXY_ADDRESS), "127.0.0.1", service());
    }
    return get(client, proxy.port(), path, headers);
  }

  private static Answer direct(String client, String path, String... headers) throws IOException {
    return get(client, service(), path, headers);
  }

  private static Answer get(String client, int port, String path, String... headers)
      throws IOException {
    try (Socket socket =
        new Socket(InetAddress.getByName("127.0.0.1"), port, InetAddress.getByName(client), 0)) {
      socket.setSoTimeout(30_000);
      StringBuilder request =
          new StringBuilder("GET ")
              .append(path)
              .append(" HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n");
      for (String header : headers) {
        request.append(header).append("\r\n");
      }
      OutputStream out = socket.getOutputStream();
      out.write(request.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      String all = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
      int end = all.indexOf("\r\n\r\n");
      String head = end < 0 ? all : all.substring(0, end);
      if (!head.startsWith("HTTP/1.1 ")) {
        throw new AssertionError("not an HTTP answer: " + head);
      }
      return new Answer(Integer.parseInt(head.substring(9, 12)), head);
    }
  }

  private static int service() {
    return RestAssured.port;
  }
}

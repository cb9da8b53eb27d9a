package com.renovare.content.platform.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SNIMatcher;
import javax.net.ssl.SNIServerName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shared outbound client: checked addresses only, one deadline per attempt, bounded bodies. */
class OutboundHttpTest {

  private static final AddressPolicy PRODUCTION =
      new AddressPolicy("test.allow-addresses", "be called", List.of());
  private static final AddressPolicy LOOPBACK_ALLOWED =
      new AddressPolicy("test.allow-addresses", "be called", List.of("127.0.0.1"));
  private static final Duration DEADLINE = Duration.ofSeconds(1);

  @Test
  void aNameThatRebindsToLoopbackIsNeverConnectedTo() throws Exception {
    RebindingResolver dns = new RebindingResolver();
    try (StallingServer loopback = StallingServer.start(StallingServer.Mode.SILENT_BODY);
        OutboundHttp http = new OutboundHttp(PRODUCTION, dns, DEADLINE, 4)) {
      URI url = URI.create("http://rebind.example:" + loopback.port() + "/");

      // First lookup: the public address, which is where the connection goes (and fails).
      IOException first = assertThrows(IOException.class, () -> http.attempt().send(get(url), 0));
      assertFalse(first instanceof OutboundHttp.Refused, first.toString());
      assertEquals(1, dns.lookups(), "the check and the connection share one lookup");

      // Second lookup: loopback, refused before any connection.
      OutboundHttp.Refused second =
          assertThrows(OutboundHttp.Refused.class, () -> http.attempt().send(get(url), 0));
      assertEquals(AddressPolicy.Kind.RESTRICTED, second.refusal().kind());
      assertTrue(second.getMessage().contains("resolves to 127.0.0.1"), second.getMessage());
      assertEquals(2, dns.lookups());

      assertEquals(0, loopback.connections(), "no connection was ever made to loopback");
    }
  }

  @Test
  void aLiteralLoopbackAddressIsRefusedToo() throws Exception {
    try (StallingServer loopback = StallingServer.start(StallingServer.Mode.SILENT_BODY);
        OutboundHttp http =
            new OutboundHttp(PRODUCTION, OutboundHttp.Resolver.SYSTEM, DEADLINE, 4)) {
      for (String host : List.of("127.0.0.1", "[::ffff:127.0.0.1]", "localhost")) {
        URI url = URI.create("http://" + host + ":" + loopback.port() + "/");
        assertThrows(OutboundHttp.Refused.class, () -> http.attempt().send(get(url), 0), host);
      }
      assertEquals(0, loopback.connections());
    }
  }

  @Test
  void anAnswerThatDripsForeverEndsAtTheDeadline() throws Exception {
    try (StallingServer drip = StallingServer.start(StallingServer.Mode.DRIP);
        OutboundHttp http =
            new OutboundHttp(LOOPBACK_ALLOWED, OutboundHttp.Resolver.SYSTEM, DEADLINE, 4)) {
      long started = System.nanoTime();
      assertThrows(
          OutboundHttp.DeadlineExceeded.class,
          () -> http.attempt().send(get(URI.create(drip.url("/"))), 1024));
      Duration took = Duration.ofNanos(System.nanoTime() - started);
      assertTrue(took.compareTo(DEADLINE.plusMillis(500)) < 0, "took " + took);
    }
  }

  @Test
  void aBodyThatNeverComesEndsAtTheDeadlineAndIsNotWaitedForWhenNotWanted() throws Exception {
    try (StallingServer silent = StallingServer.start(StallingServer.Mode.SILENT_BODY);
        OutboundHttp http =
            new OutboundHttp(LOOPBACK_ALLOWED, OutboundHttp.Resolver.SYSTEM, DEADLINE, 4)) {
      URI url = URI.create(silent.url("/"));
      long started = System.nanoTime();
      assertThrows(OutboundHttp.DeadlineExceeded.class, () -> http.attempt().send(get(url), 1024));
      Duration took = Duration.ofNanos(System.nanoTime() - started);
      assertTrue(took.compareTo(DEADLINE.plusMillis(500)) < 0, "took " + took);

      started = System.nanoTime();
      OutboundHttp.Response answer = http.attempt().send(get(url), 0);
      took = Duration.ofNanos(System.nanoTime() - started);
      assertEquals(200, answer.status());
      assertTrue(took.compareTo(Duration.ofMillis(500)) < 0, "waited for the body: " + took);
    }
  }

  @Test
  void aBodyIsReadOnlyUpToTheBound() throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    byte[] big = new byte[64 * 1024];
    server.createContext(
        "/",
        exchange -> {
          exchange.sendResponseHeaders(200, big.length);
          exchange.getResponseBody().write(big);
          exchange.close();
        });
    server.start();
    try (OutboundHttp http =
        new OutboundHttp(LOOPBACK_ALLOWED, OutboundHttp.Resolver.SYSTEM, DEADLINE, 4)) {
      URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
      assertEquals(1024, http.attempt().send(get(url), 1024).body().length);
    } finally {
      server.stop(0);
    }
  }

  @Test
  void tlsToAPinnedAddressVerifiesAndNamesTheOriginalHost(@TempDir Path dir) throws Exception {
    char[] password = "changeit".toCharArray();
    Path store = dir.resolve("pinned.p12");
    keytool(
        "-genkeypair",
        "-alias",
        "pinned",
        "-keyalg",
        "RSA",
        "-keysize",
        "2048",
        "-dname",
        "CN=pinned.test",
        "-ext",
        "san=dns:pinned.test",
        "-validity",
        "2",
        "-storetype",
        "PKCS12",
        "-keystore",
        store.toString(),
        "-storepass",
        "changeit");
    KeyStore keys = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(store)) {
      keys.load(in, password);
    }
    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    kmf.init(keys, password);
    SSLContext serverTls = SSLContext.getInstance("TLS");
    serverTls.init(kmf.getKeyManagers(), null, null);
    TrustManagerFactory tmf =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(keys);
    SSLContext clientTls = SSLContext.getInstance("TLS");
    clientTls.init(null, tmf.getTrustManagers(), null);

    List<String> serverNames = new CopyOnWriteArrayList<>();
    HttpsServer server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setHttpsConfigurator(
        new HttpsConfigurator(serverTls) {
          @Override
          public void configure(HttpsParameters params) {
            SSLParameters ssl = serverTls.getDefaultSSLParameters();
            ssl.setSNIMatchers(List.of(new Recording(serverNames)));
            params.setSSLParameters(ssl);
          }
        });
    server.createContext(
        "/",
        exchange -> {
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    server.start();
    int port = server.getAddress().getPort();
    OutboundHttp.Resolver pinned =
        host -> new InetAddress[] {InetAddress.getByAddress(host, new byte[] {127, 0, 0, 1})};
    try (OutboundHttp http = new OutboundHttp(LOOPBACK_ALLOWED, pinned, DEADLINE, 4, clientTls)) {
      OutboundHttp.Response answer =
          http.attempt().send(get(URI.create("https://pinned.test:" + port + "/")), 0);
      assertEquals(204, answer.status());
      assertEquals(List.of("pinned.test"), serverNames, "SNI carries the URL's host name");

      // The same address under another name: the certificate does not match, so no answer.
      assertThrows(
          SSLException.class,
          () -> http.attempt().send(get(URI.create("https://other.test:" + port + "/")), 0));
    } finally {
      server.stop(0);
    }
  }

  private static OutboundHttp.Request get(URI url) {
    return new OutboundHttp.Request("GET", url, Map.of("User-Agent", "test"), null);
  }

  private static void keytool(String... args) throws Exception {
    List<String> command = new java.util.ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    byte[] output = process.getInputStream().readAllBytes();
    assertEquals(0, process.waitFor(), new String(output));
  }

  /** Accepts every server name and records it. */
  private static final class Recording extends SNIMatcher {
    private final List<String> names;

    Recording(List<String> names) {
      super(0);
      this.names = names;
    }

    @Override
    public boolean matches(SNIServerName name) {
      names.add(((SNIHostName) name).getAsciiName());
      return true;
    }
  }
}

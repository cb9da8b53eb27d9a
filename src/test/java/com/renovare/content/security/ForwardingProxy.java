package com.renovare.content.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * A small reverse proxy that behaves like the nginx configuration in src/docs/proxies.md: it sets
 * X-Forwarded-For to the client's address, overwriting whatever the client sent there, drops any
 * Forwarded header, and connects to the service from its own source address (the one the service
 * trusts). Like nginx's realip module behind a CDN, it takes the client's address from X-Real-IP
 * when a request carries one; the tests play that CDN to show IPv6 clients. One request per
 * connection.
 */
final class ForwardingProxy implements AutoCloseable {

  private static final int MAX_HEAD = 64 * 1024;
  private static final Set<String> REPLACED =
      Set.of("x-forwarded-for", "forwarded", "x-real-ip", "x-forwarded-proto", "connection");

  private final ServerSocket server;
  private final InetAddress source;
  private final String targetHost;
  private final int targetPort;

  /**
   * @param source the address the proxy connects to the service from
   */
  ForwardingProxy(InetAddress source, String targetHost, int targetPort) throws IOException {
    this.source = source;
    this.targetHost = targetHost;
    this.targetPort = targetPort;
    this.server = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
    Thread acceptor = new Thread(this::accept, "forwarding-proxy");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  int port() {
    return server.getLocalPort();
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        Thread handler = new Thread(() -> serve(client), "forwarding-proxy-connection");
        handler.setDaemon(true);
        handler.start();
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void serve(Socket client) {
    try (client;
        Socket upstream = new Socket(InetAddress.getByName(targetHost), targetPort, source, 0)) {
      client.setSoTimeout(30_000);
      upstream.setSoTimeout(30_000);
      InputStream in = client.getInputStream();
      byte[] head = readHead(in);
      String[] lines = new String(head, StandardCharsets.ISO_8859_1).split("\r\n");
      String clientAddress = client.getInetAddress().getHostAddress();
      StringBuilder out = new StringBuilder(lines[0]).append("\r\n");
      for (int i = 1; i < lines.length; i++) {
        int colon = lines[i].indexOf(':');
        String name = colon < 0 ? "" : lines[i].substring(0, colon).strip();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.equals("x-real-ip")) {
          clientAddress = lines[i].substring(colon + 1).strip();
        }
        if (!REPLACED.contains(lower)) {
          out.append(lines[i]).append("\r\n");
        }
      }
      out.append("X-Forwarded-For: ").append(clientAddress).append("\r\n");
      out.append("X-Forwarded-Proto: http\r\n");
      out.append("Connection: close\r\n\r\n");
      OutputStream toService = upstream.getOutputStream();
      toService.write(out.toString().getBytes(StandardCharsets.ISO_8859_1));
      toService.flush();
      upstream.getInputStream().transferTo(client.getOutputStream());
    } catch (IOException e) {
      // The client sees the connection close; the test that used it fails on that.
    }
  }

  /** The request line and headers up to the blank line, without it. */
  private static byte[] readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    byte[] end = {'\r', '\n', '\r', '\n'};
    while (matched < end.length) {
      int b = in.read();
      if (b < 0 || head.size() > MAX_HEAD) {
        throw new IOException("no complete request head");
      }
      head.write(b);
      matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
    }
    byte[] bytes = head.toByteArray();
    return java.util.Arrays.copyOf(bytes, bytes.length - end.length);
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}

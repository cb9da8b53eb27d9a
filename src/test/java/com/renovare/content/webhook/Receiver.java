package com.renovare.content.webhook;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A webhook receiver on 127.0.0.1 that records what it gets and answers as it is told. */
public final class Receiver implements AutoCloseable {

  /** One request as received. */
  public record Received(String path, Map<String, List<String>> headers, String body) {
    public String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0))
          .findFirst()
          .orElse(null);
    }
  }

  private final HttpServer server;
  private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
  private final Deque<Integer> statuses = new ArrayDeque<>();
  private volatile String redirectTo;

  private Receiver(HttpServer server) {
    this.server = server;
  }

  public static Receiver start() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    Receiver receiver = new Receiver(server);
    server.createContext(
        "/",
        exchange -> {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          receiver.received.add(
              new Received(
                  exchange.getRequestURI().getPath(),
                  Map.copyOf(exchange.getRequestHeaders()),
                  body));
          int status;
          synchronized (receiver.statuses) {
            status = receiver.statuses.isEmpty() ? 204 : receiver.statuses.poll();
          }
          if (receiver.redirectTo != null) {
            exchange.getResponseHeaders().add("Location", receiver.redirectTo);
            status = 307;
          }
          exchange.sendResponseHeaders(status, -1);
          exchange.close();
        });
    server.start();
    return receiver;
  }

  public String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  /** The next requests are answered with these statuses, in order; later ones with 204. */
  public void answer(Integer... next) {
    synchronized (statuses) {
      statuses.addAll(List.of(next));
    }
  }

  /** Every request is answered with a redirect to this URL. */
  public void redirectTo(String url) {
    redirectTo = url;
  }

  public Received next(Duration within) throws InterruptedException {
    Received r = received.poll(within.toMillis(), TimeUnit.MILLISECONDS);
    if (r == null) {
      throw new AssertionError("nothing received within " + within);
    }
    return r;
  }

  public Received nextOrNull(Duration within) throws InterruptedException {
    return received.poll(within.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}

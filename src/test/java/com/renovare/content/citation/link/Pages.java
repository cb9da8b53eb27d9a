package com.renovare.content.citation.link;

import com.renovare.content.editorial.Editorial;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** A tiny web site on a loopback address, for the link checker to fetch. */
public final class Pages implements AutoCloseable {

  /** How one path answers. */
  private record Answer(
      int status, String contentType, String body, String location, Duration delay) {}

  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final Map<String, Answer> answers = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
  private final AtomicInteger total = new AtomicInteger();

  private Pages(HttpServer server) {
    this.server = server;
  }

  /** Creates a web citation of the URL, under a fresh key, through the editorial API. */
  public static String cite(String url) {
    String key = "link-" + UUID.randomUUID().toString().substring(0, 8);
    Editorial.as(Editorial.ADMIN)
        .body(webCitation(key, url))
        .post("/v1/editorial/citations")
        .then()
        .statusCode(201);
    return key;
  }

  /** The body of a web citation; without a URL when {@code url} is null. */
  public static Map<String, Object> webCitation(String key, String url) {
    Map<String, Object> body = new HashMap<>();
    body.put("key", key);
    body.put("type", "webpage");
    body.put("title", "A cited page");
    body.put("authors", List.of());
    body.put("containerTitle", "Example");
    if (url != null) {
      body.put("url", url);
    }
    return body;
  }

  /** A site on 127.0.0.1, the one loopback address the test profile allows. */
  public static Pages start() throws IOException {
    return start("127.0.0.1");
  }

  public static Pages start(String address) throws IOException {
    Pages pages = new Pages(HttpServer.create(new InetSocketAddress(address, 0), 0));
    pages.server.setExecutor(pages.threads);
    pages.server.createContext("/", pages::handle);
    pages.server.start();
    return pages;
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    total.incrementAndGet();
    requests.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
    Answer answer =
        answers.getOrDefault(path, new Answer(404, "text/plain", "Not found", null, null));
    try {
      if (answer.delay() != null) {
        Thread.sleep(answer.delay().toMillis());
      }
      if (answer.location() != null) {
        exchange.getResponseHeaders().add("Location", answer.location());
      }
      byte[] body =
          answer.body() == null ? new byte[0] : answer.body().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", answer.contentType());
      exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
      if (body.length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      // the checker gave up on this answer (a timeout): nothing to do
    } finally {
      exchange.close();
    }
  }

  public String url(String path) {
    return "http://"
        + server.getAddress().getAddress().getHostAddress()
        + ":"
        + server.getAddress().getPort()
        + path;
  }

  public Pages page(String path, String contentType, String body) {
    answers.put(path, new Answer(200, contentType, body, null, null));
    return this;
  }

  public Pages html(String path, String body) {
    return page(path, "text/html; charset=utf-8", body);
  }

  public Pages status(String path, int status) {
    answers.put(path, new Answer(status, "text/html", "<p>Status " + status + "</p>", null, null));
    return this;
  }

  public Pages redirect(String path, int status, String location) {
    answers.put(path, new Answer(status, "text/html", null, location, null));
    return this;
  }

  public Pages slow(String path, Duration delay) {
    answers.put(path, new Answer(200, "text/html", "<p>Late</p>", null, delay));
    return this;
  }

  public int requests(String path) {
    AtomicInteger count = requests.get(path);
    return count == null ? 0 : count.get();
  }

  public int requests() {
    return total.get();
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}

package com.renovare.content.platform.net;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SSLContext;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;

/**
 * HTTP requests to URLs that someone else named (webhook receivers, cited web pages). Host names
 * are resolved once per connection, by a resolver that runs the {@link AddressPolicy} on every
 * address it found, and the connection is made to exactly those checked addresses: a name that
 * answers with a public address to a check and a private one to the connect (DNS rebinding) never
 * reaches the private one. TLS still verifies, and sends as SNI, the host name of the URL. Each
 * attempt, however many requests (redirect hops) it makes, ends by one deadline that covers
 * connecting, waiting for the answer and reading the body; a body is read up to a size bound only.
 * Redirects are never followed here: callers check and follow them.
 */
public final class OutboundHttp implements AutoCloseable {

  /** Turns a host name into addresses; {@link #SYSTEM} in production, a fake in tests. */
  @FunctionalInterface
  public interface Resolver {
    InetAddress[] resolve(String host) throws UnknownHostException;

    /** The operating system's resolver. */
    Resolver SYSTEM = InetAddress::getAllByName;
  }

  /** One request: method, URL, headers and an optional body (sent as is). */
  public record Request(String method, URI url, Map<String, String> headers, byte[] body) {}

  /**
   * The answer: status, the headers callers use, and at most the bound's bytes of the body (read
   * only for a 2xx answer).
   */
  public record Response(
      int status, Optional<String> location, Optional<String> contentType, byte[] body) {}

  /** The address policy refused the URL, or its host does not resolve; nothing was sent. */
  public static final class Refused extends UnknownHostException {
    private final transient AddressPolicy.Refusal refusal;

    Refused(AddressPolicy.Refusal refusal) {
      super(refusal.reason());
      this.refusal = refusal;
    }

    public AddressPolicy.Refusal refusal() {
      return refusal;
    }
  }

  /** The attempt's deadline passed before the answer (and the body wanted) arrived. */
  public static final class DeadlineExceeded extends IOException {
    DeadlineExceeded() {
      super("the deadline passed");
    }
  }

  private static final ScheduledExecutorService DEADLINES =
      Executors.newSingleThreadScheduledExecutor(
          task -> {
            Thread thread = new Thread(task, "outbound-http-deadlines");
            thread.setDaemon(true);
            return thread;
          });

  private final AddressPolicy policy;
  private final Resolver resolver;
  private final Duration deadline;

  /** How close to the deadline a failure counts as the deadline passing (timer granularity). */
  private static final long DEADLINE_SLACK_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

  private final CloseableHttpClient client;

  /**
   * @param policy the rules every resolved address must pass
   * @param resolver resolves host names ({@link Resolver#SYSTEM} in production)
   * @param deadline how long one attempt may take in all
   * @param connections how many connections may be open at once
   */
  public OutboundHttp(AddressPolicy policy, Resolver resolver, Duration deadline, int connections) {
    this(policy, resolver, deadline, connections, null);
  }

  /** As above, trusting the given TLS context instead of the JDK's default trust store (tests). */
  public OutboundHttp(
      AddressPolicy policy, Resolver resolver, Duration deadline, int connections, SSLContext tls) {
    this.policy = policy;
    this.resolver = resolver;
    this.deadline = deadline;
    Timeout timeout = Timeout.of(deadline);
    PoolingHttpClientConnectionManagerBuilder connectionManager =
        PoolingHttpClientConnectionManagerBuilder.create()
            .setDnsResolver(new CheckingResolver())
            .setMaxConnTotal(connections)
            .setMaxConnPerRoute(connections)
            .setDefaultConnectionConfig(
                ConnectionConfig.custom()
                    .setConnectTimeout(timeout)
                    .setSocketTimeout(timeout)
                    .build());
    if (tls != null) {
      connectionManager.setTlsSocketStrategy(new DefaultClientTlsStrategy(tls));
    }
    this.client =
        HttpClients.custom()
            .setConnectionManager(connectionManager.build())
            // Every request connects afresh, so every request has its addresses checked.
            .setConnectionReuseStrategy((request, response, context) -> false)
            .setDefaultRequestConfig(
                RequestConfig.custom()
                    .setConnectionRequestTimeout(timeout)
                    .setResponseTimeout(timeout)
                    .setRedirectsEnabled(false)
                    .build())
            .disableRedirectHandling()
            .disableAutomaticRetries()
            .disableCookieManagement()
            .disableAuthCaching()
            .disableContentCompression()
            .build();
  }

  /** How long one attempt may take in all. */
  public Duration deadline() {
    return deadline;
  }

  /** Starts an attempt: its requests share one deadline from now. */
  public Attempt attempt() {
    return new Attempt(System.nanoTime() + deadline.toNanos());
  }

  /** One attempt of one or more requests (a request and the redirects it leads to). */
  public final class Attempt {
    private final long endsAt;

    private Attempt(long endsAt) {
      this.endsAt = endsAt;
    }

    /**
     * Sends the request and returns the answer with at most {@code maxBody} bytes of a 2xx body.
     *
     * @throws Refused when the URL or an address its host resolves to is refused (nothing sent)
     * @throws DeadlineExceeded when the attempt's deadline passes first
     * @throws IOException when the connection fails otherwise
     */
    public Response send(Request request, int maxBody) throws IOException {
      Optional<AddressPolicy.Refusal> malformed = policy.checkForm(request.url());
      if (malformed.isPresent()) {
        throw new Refused(malformed.get());
      }
      long remaining = endsAt - System.nanoTime();
      if (remaining <= 0) {
        throw new DeadlineExceeded();
      }
      HttpUriRequestBase http = new HttpUriRequestBase(request.method(), request.url());
      request.headers().forEach(http::setHeader);
      if (request.body() != null) {
        http.setEntity(
            new ByteArrayEntity(
                request.body(),
                ContentType.parseLenient(
                    request.headers().getOrDefault("Content-Type", "application/octet-stream"))));
      }
      AtomicBoolean expired = new AtomicBoolean();
      ScheduledFuture<?> guard =
          DEADLINES.schedule(
              () -> {
                expired.set(true);
                http.cancel();
              },
              remaining,
              TimeUnit.NANOSECONDS);
      try {
        ClassicHttpResponse response = client.executeOpen(null, http, null);
        try {
          int status = response.getCode();
          byte[] body =
              status >= 200 && status < 300 ? read(response.getEntity(), maxBody) : new byte[0];
          return new Response(
              status, header(response, "Location"), header(response, "Content-Type"), body);
        } finally {
          // Abort rather than drain: closing a half-read body would read the rest of it.
          http.cancel();
          closeQuietly(response);
        }
      } catch (IOException | RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
          if (t instanceof Refused refused) {
            throw refused;
          }
        }
        // The client's own read timeout is the whole deadline too, and either timer may fire first:
        // a failure at the deadline is the deadline's, whichever noticed it.
        if (expired.get() || System.nanoTime() >= endsAt - DEADLINE_SLACK_NANOS) {
          throw new DeadlineExceeded();
        }
        throw e;
      } finally {
        guard.cancel(false);
      }
    }
  }

  private static byte[] read(HttpEntity entity, int maxBody) throws IOException {
    if (entity == null || maxBody <= 0) {
      return new byte[0];
    }
    try (InputStream in = entity.getContent()) {
      return in.readNBytes(maxBody);
    }
  }

  private static Optional<String> header(ClassicHttpResponse response, String name) {
    Header header = response.getFirstHeader(name);
    return header == null ? Optional.empty() : Optional.ofNullable(header.getValue());
  }

  private static void closeQuietly(ClassicHttpResponse response) {
    try {
      response.close();
    } catch (IOException | RuntimeException e) {
      // aborted on purpose
    }
  }

  @Override
  public void close() {
    client.close(CloseMode.IMMEDIATE);
  }

  /** Resolves with the pluggable resolver and lets only addresses the policy allows through. */
  private final class CheckingResolver implements DnsResolver {

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
      InetAddress[] found;
      try {
        found = resolver.resolve(host);
      } catch (UnknownHostException | SecurityException e) {
        throw new Refused(AddressPolicy.unresolved(host));
      }
      Optional<AddressPolicy.Refusal> refusal = policy.checkAddresses(host, found);
      if (refusal.isPresent()) {
        throw new Refused(refusal.get());
      }
      return Arrays.copyOf(found, found.length);
    }

    @Override
    public List<InetSocketAddress> resolve(String host, int port) throws UnknownHostException {
      List<InetSocketAddress> addresses = new ArrayList<>();
      for (InetAddress address : resolve(host)) {
        addresses.add(new InetSocketAddress(address, port));
      }
      return addresses;
    }

    @Override
    public String resolveCanonicalHostname(String host) throws UnknownHostException {
      return host;
    }
  }
}

package com.renovare.content.citation.link;

import com.renovare.content.platform.net.AddressPolicy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;

/**
 * Fetches one cited URL the way the checker must: GET without the fragment, redirects followed by
 * hand with every target checked against the address policy before it is requested, a timeout on
 * connecting, on the answer and on reading the body, and at most {@code maxBody} bytes read.
 */
final class LinkFetcher {

  static final String USER_AGENT =
      "Renovare-Content-API-LinkCheck/1 (checks the sources cited in Renovare articles)";
  private static final int MAX_ERROR_LENGTH = 300;

  /** What one check found. */
  record Outcome(
      boolean ok,
      Integer httpStatus,
      String finalUrl,
      String contentHash,
      LinkProblem problem,
      String error) {

    static Outcome ok(int status, URI url, String hash) {
      return new Outcome(true, status, url.toString(), hash, null, null);
    }

    static Outcome broken(Integer status, URI lastRequested, LinkProblem problem, String error) {
      return new Outcome(
          false,
          status,
          lastRequested == null ? null : lastRequested.toString(),
          null,
          problem,
          error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH));
    }
  }

  private final HttpClient http;
  private final AddressPolicy addresses;
  private final Duration timeout;
  private final int maxRedirects;
  private final int maxBody;

  LinkFetcher(AddressPolicy addresses, Duration timeout, int maxRedirects, int maxBody) {
    this.addresses = addresses;
    this.timeout = timeout;
    this.maxRedirects = maxRedirects;
    this.maxBody = maxBody;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  Outcome fetch(String citedUrl) {
    URI target;
    try {
      target = withoutFragment(new URI(citedUrl.strip()));
    } catch (URISyntaxException e) {
      return Outcome.broken(null, null, LinkProblem.INVALID_URL, "the URL is not valid");
    }
    URI requested = null;
    Integer status = null;
    for (int redirects = 0; ; redirects++) {
      Optional<AddressPolicy.Refusal> refusal = addresses.check(target);
      if (refusal.isPresent()) {
        return Outcome.broken(
            status, requested, problem(refusal.get()), describe(refusal.get(), redirects > 0));
      }
      requested = target;
      HttpResponse<byte[]> response;
      try {
        response = get(target);
      } catch (HttpTimeoutException e) {
        return Outcome.broken(
            null, requested, LinkProblem.TIMEOUT, "timed out after " + human(timeout));
      } catch (IOException | RuntimeException e) {
        return Outcome.broken(null, requested, problem(e), describe(e));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Outcome.broken(
            null, requested, LinkProblem.UNREACHABLE, "the check was interrupted");
      }
      status = response.statusCode();
      if (isRedirect(status)) {
        Optional<String> location = response.headers().firstValue("Location");
        if (location.isEmpty() || location.get().isBlank()) {
          return Outcome.broken(
              status,
              requested,
              LinkProblem.REDIRECT_ERROR,
              "HTTP " + status + " without a Location");
        }
        if (redirects >= maxRedirects) {
          return Outcome.broken(
              status, requested, LinkProblem.REDIRECT_ERROR, "too many redirects");
        }
        try {
          target = withoutFragment(requested.resolve(new URI(location.get().strip())));
        } catch (URISyntaxException | IllegalArgumentException e) {
          return Outcome.broken(
              status, requested, LinkProblem.REDIRECT_ERROR, "redirect to an invalid URL");
        }
        continue;
      }
      if (status >= 200 && status < 300) {
        String contentType = response.headers().firstValue("Content-Type").orElse(null);
        return Outcome.ok(status, requested, PageContent.hash(contentType, response.body()));
      }
      return Outcome.broken(status, requested, LinkProblem.HTTP_ERROR, "HTTP " + status);
    }
  }

  private HttpResponse<byte[]> get(URI target) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(target)
            .timeout(timeout)
            .header("User-Agent", USER_AGENT)
            .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
            .GET()
            .build();
    CompletableFuture<HttpResponse<byte[]>> sent =
        http.sendAsync(
            request,
            info ->
                new LimitedBody(
                    info.statusCode() >= 200 && info.statusCode() < 300 ? maxBody : 0, timeout));
    try {
      // Each phase has its own timeout; this only guards against one of them not firing.
      return sent.get(timeout.multipliedBy(3).plusSeconds(1).toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      sent.cancel(true);
      throw new HttpTimeoutException("no answer");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      for (Throwable t = cause; t != null; t = t.getCause()) {
        if (t instanceof HttpTimeoutException timedOut) {
          throw timedOut;
        }
      }
      if (cause instanceof IOException io) {
        throw io;
      }
      throw new IOException(cause);
    }
  }

  private static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  /** The URL as requested: a fragment names a place in the page and is never sent. */
  static URI withoutFragment(URI url) throws URISyntaxException {
    String text = url.toString();
    int hash = text.indexOf('#');
    return hash < 0 ? url : new URI(text.substring(0, hash));
  }

  /** "URL refused: …" or "redirect target refused: …"; an unknown host is not a refusal. */
  private static String describe(AddressPolicy.Refusal refusal, boolean redirected) {
    String subject = redirected ? "redirect target" : "URL";
    return refusal.kind() == AddressPolicy.Kind.UNRESOLVED
        ? (redirected ? "redirect target: " : "") + refusal.reason()
        : subject + " refused: " + refusal.reason();
  }

  private static LinkProblem problem(AddressPolicy.Refusal refusal) {
    return switch (refusal.kind()) {
      case MALFORMED -> LinkProblem.INVALID_URL;
      case UNRESOLVED -> LinkProblem.UNREACHABLE;
      case RESTRICTED -> LinkProblem.REFUSED_ADDRESS;
    };
  }

  private static LinkProblem problem(Throwable failure) {
    return failure instanceof IllegalArgumentException
        ? LinkProblem.INVALID_URL
        : LinkProblem.UNREACHABLE;
  }

  private static String describe(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    if (failure instanceof ConnectException || root instanceof ConnectException) {
      return "connection refused";
    }
    if (failure instanceof SSLException || root instanceof SSLException) {
      return "TLS failed" + detail(root);
    }
    if (failure instanceof IllegalArgumentException) {
      return "the URL cannot be requested";
    }
    return "connection failed" + detail(root);
  }

  private static String detail(Throwable t) {
    return t.getMessage() == null || t.getMessage().isBlank() ? "" : ": " + t.getMessage();
  }

  /** "1 s", "10 s" or "500 ms", as editors read it. */
  static String human(Duration duration) {
    long millis = duration.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
  }

  /**
   * Collects at most {@code limit} bytes of a body and then stops reading (the rest is never
   * fetched), and fails with a timeout if the body has not arrived within {@code deadline}.
   */
  private static final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {

    private final int limit;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private volatile Flow.Subscription subscription;

    LimitedBody(int limit, Duration deadline) {
      this.limit = limit;
      if (limit > 0) {
        CompletableFuture.delayedExecutor(deadline.toMillis(), TimeUnit.MILLISECONDS)
            .execute(this::expire);
      }
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      this.subscription = subscription;
      if (limit == 0) {
        finish();
      } else {
        subscription.request(1);
      }
    }

    @Override
    public synchronized void onNext(List<ByteBuffer> items) {
      if (result.isDone()) {
        return;
      }
      for (ByteBuffer buffer : items) {
        int take = Math.min(buffer.remaining(), limit - out.size());
        byte[] chunk = new byte[take];
        buffer.get(chunk);
        out.write(chunk, 0, take);
        if (out.size() >= limit) {
          finish();
          return;
        }
      }
      subscription.request(1);
    }

    @Override
    public void onError(Throwable failure) {
      result.completeExceptionally(failure);
    }

    @Override
    public synchronized void onComplete() {
      result.complete(out.toByteArray());
    }

    private synchronized void finish() {
      result.complete(out.toByteArray());
      subscription.cancel();
    }

    private void expire() {
      if (result.completeExceptionally(new HttpTimeoutException("body not read in time"))) {
        Flow.Subscription s = subscription;
        if (s != null) {
          s.cancel();
        }
      }
    }
  }
}

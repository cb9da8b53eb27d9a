package com.renovare.content.citation.link;

import com.renovare.content.platform.net.AddressPolicy;
import com.renovare.content.platform.net.OutboundHttp;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLException;

/**
 * Fetches one cited URL the way the checker must: GET without the fragment, redirects followed by
 * hand, every address connected to checked against the address policy ({@link OutboundHttp}), one
 * deadline for the whole check (connecting, the answer and the body, on every hop), and at most
 * {@code maxBody} bytes read.
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

  private final OutboundHttp http;
  private final int maxRedirects;
  private final int maxBody;

  LinkFetcher(AddressPolicy addresses, Duration timeout, int maxRedirects, int maxBody) {
    this(
        new OutboundHttp(addresses, OutboundHttp.Resolver.SYSTEM, timeout, 16),
        maxRedirects,
        maxBody);
  }

  LinkFetcher(OutboundHttp http, int maxRedirects, int maxBody) {
    this.http = http;
    this.maxRedirects = maxRedirects;
    this.maxBody = maxBody;
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
    // One deadline for the whole check, every redirect hop included.
    OutboundHttp.Attempt attempt = http.attempt();
    for (int redirects = 0; ; redirects++) {
      OutboundHttp.Response response;
      try {
        response = attempt.send(get(target), maxBody);
      } catch (OutboundHttp.Refused e) {
        return Outcome.broken(
            status, requested, problem(e.refusal()), describe(e.refusal(), redirects > 0));
      } catch (OutboundHttp.DeadlineExceeded e) {
        return Outcome.broken(
            null, target, LinkProblem.TIMEOUT, "timed out after " + human(http.deadline()));
      } catch (IOException | RuntimeException e) {
        return Outcome.broken(null, target, problem(e), describe(e));
      }
      requested = target;
      status = response.status();
      if (isRedirect(status)) {
        Optional<String> location = response.location();
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
        return Outcome.ok(
            status,
            requested,
            PageContent.hash(response.contentType().orElse(null), response.body()));
      }
      return Outcome.broken(status, requested, LinkProblem.HTTP_ERROR, "HTTP " + status);
    }
  }

  private static OutboundHttp.Request get(URI target) {
    return new OutboundHttp.Request(
        "GET",
        target,
        Map.of("User-Agent", USER_AGENT, "Accept", "text/html,application/xhtml+xml,*/*;q=0.8"),
        null);
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
}

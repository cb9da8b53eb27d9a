package com.renovare.content.webhook;

import com.renovare.content.platform.net.OutboundHttp;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * Sends one attempt of one webhook: a signed POST, redirects followed only to targets the address
 * policy allows (checked on the very addresses connected to, see {@link OutboundHttp}), all within
 * one deadline however many hops it takes. The receiver's body is never read.
 */
final class WebhookSender {

  static final int MAX_REDIRECTS = 3;

  /** The outcome of one attempt; the latency covers every redirect hop. */
  record Outcome(Integer status, long latencyMs, String error) {
    boolean delivered() {
      return status != null && status >= 200 && status < 300;
    }
  }

  private final OutboundHttp http;
  private final Clock clock;

  WebhookSender(OutboundHttp http, Clock clock) {
    this.http = http;
    this.clock = clock;
  }

  Outcome send(String url, String eventId, String payload, String secret) {
    byte[] body = payload.getBytes(StandardCharsets.UTF_8);
    long timestamp = clock.instant().getEpochSecond();
    String signature = WebhookSignature.sign(secret, eventId, timestamp, body);
    Map<String, String> headers =
        Map.of(
            "Content-Type",
            "application/json",
            "User-Agent",
            "Renovare-Webhooks/1",
            "webhook-id",
            eventId,
            "webhook-timestamp",
            Long.toString(timestamp),
            "webhook-signature",
            signature);
    long started = System.nanoTime();
    OutboundHttp.Attempt attempt = http.attempt();
    URI target;
    try {
      target = URI.create(url);
    } catch (IllegalArgumentException e) {
      return new Outcome(null, 0, "Target refused: the URL is not valid");
    }
    Integer redirectStatus = null;
    for (int redirects = 0; ; redirects++) {
      OutboundHttp.Response response;
      try {
        response = attempt.send(new OutboundHttp.Request("POST", target, headers, body), 0);
      } catch (OutboundHttp.Refused e) {
        return new Outcome(
            redirectStatus,
            millisSince(started),
            (redirects == 0 ? "Target refused: " : "Redirect target refused: ")
                + e.refusal().reason());
      } catch (IOException | RuntimeException e) {
        return new Outcome(null, millisSince(started), describe(e));
      }
      int status = response.status();
      Optional<String> location = response.location();
      if (status >= 300 && status < 400 && location.isPresent()) {
        if (redirects >= MAX_REDIRECTS) {
          return new Outcome(status, millisSince(started), "Too many redirects");
        }
        try {
          target = target.resolve(location.get());
        } catch (IllegalArgumentException e) {
          return new Outcome(status, millisSince(started), "Redirect to an invalid URL");
        }
        redirectStatus = status;
        continue;
      }
      return new Outcome(
          status,
          millisSince(started),
          status >= 200 && status < 300 ? null : "The receiver answered " + status);
    }
  }

  private String describe(Throwable failure) {
    if (failure instanceof OutboundHttp.DeadlineExceeded) {
      return "The receiver did not answer within " + http.deadline().toMillis() + " ms";
    }
    if (failure instanceof ConnectException) {
      return "The receiver refused the connection";
    }
    return failure.getMessage() == null
        ? "The request failed"
        : "The request failed: " + failure.getMessage();
  }

  private static long millisSince(long started) {
    return (System.nanoTime() - started) / 1_000_000;
  }
}

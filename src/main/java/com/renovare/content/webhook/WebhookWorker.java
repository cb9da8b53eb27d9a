package com.renovare.content.webhook;

import com.renovare.content.platform.config.ContentConfig;
import com.renovare.content.platform.database.DatabaseUnreachable;
import com.renovare.content.platform.net.AddressPolicy;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Sends due webhook deliveries. A run claims a batch by pushing their next attempt past the time an
 * attempt can take (a lease), commits, sends them concurrently, and records each outcome. If the
 * process dies mid-send, the lease runs out and a later run (here or on another instance) sends
 * them again: receivers may see an event twice, never zero times, and de-duplicate by {@code
 * webhook-id}. Failures are retried with exponential back-off and jitter until the event is older
 * than {@code content.webhooks.give-up-after}.
 */
@ApplicationScoped
class WebhookWorker {

  private static final Logger LOG = Logger.getLogger(WebhookWorker.class);
  private static final int MAX_REDIRECTS = 3;
  private static final int MAX_ERROR_LENGTH = 500;

  private final DataSource dataSource;
  private final Clock clock;
  private final ContentConfig.Webhooks config;
  private final AddressPolicy addresses;
  private final HttpClient http;

  /** Whether the database can skip rows another worker has locked (PostgreSQL; not H2). */
  private volatile Boolean skipLocked;

  WebhookWorker(DataSource dataSource, Clock clock, ContentConfig config) {
    this.dataSource = dataSource;
    this.clock = clock;
    this.config = config.webhooks();
    this.addresses =
        new AddressPolicy(
            "content.webhooks.allow-addresses",
            "receive webhooks",
            this.config.allowAddresses().orElse(List.of()));
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(this.config.timeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** One claimed delivery and what sending it needs. */
  private record Due(
      UUID id, String eventId, String payload, String url, String secret, Instant eventAt) {}

  /** The outcome of one attempt; the latency covers every redirect hop. */
  private record Outcome(Integer status, long latencyMs, String error) {
    boolean delivered() {
      return status != null && status >= 200 && status < 300;
    }
  }

  @Scheduled(
      identity = "webhook-worker",
      every = "${content.webhooks.worker-every:2s}",
      delayed = "1s",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = DatabaseUnreachable.class)
  void run() {
    List<Due> due;
    try {
      due = claim(null);
    } catch (RuntimeException e) {
      LOG.debugf("Webhook deliveries not claimed (the database may be away): %s", e.getMessage());
      return;
    }
    List<CompletableFuture<Void>> sends = new ArrayList<>();
    for (Due delivery : due) {
      sends.add(send(delivery).thenAccept(outcome -> record(delivery, outcome, false)));
    }
    CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).join();
  }

  /** Sends one delivery at once, whatever its state (manual redelivery). */
  void sendNow(UUID deliveryId) {
    for (Due delivery : claim(deliveryId)) {
      record(delivery, send(delivery).join(), true);
    }
  }

  private List<Due> claim(UUID only) {
    Instant now = clock.instant();
    // Long enough for every redirect hop to time out, so a lease never ends mid-send.
    Instant leaseEnd = now.plus(config.timeout().multipliedBy(2L * (MAX_REDIRECTS + 1)));
    return Sql.alone(
        dataSource,
        c -> {
          {
            List<UUID> ids = new ArrayList<>();
            String select =
                only != null
                    ? "select id from webhook_delivery where id = ? for update"
                    : "select id from webhook_delivery where status = 'pending'"
                        + " and next_attempt_at <= ? order by next_attempt_at"
                        + " fetch first ? rows only for update"
                        + (skipLocked(c) ? " skip locked" : "");
            try (PreparedStatement ps = c.prepareStatement(select)) {
              if (only != null) {
                ps.setObject(1, only);
              } else {
                ps.setObject(1, Sql.utc(now));
                ps.setInt(2, config.batchSize());
              }
              try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                  ids.add(rs.getObject(1, UUID.class));
                }
              }
            }
            List<Due> claimed = new ArrayList<>();
            try (PreparedStatement lease =
                    c.prepareStatement(
                        "update webhook_delivery set next_attempt_at = ?,"
                            + " status = 'pending' where id = ?");
                PreparedStatement details =
                    c.prepareStatement(
                        "select d.id, e.id, e.payload, s.url, s.secret, e.created_at"
                            + " from webhook_delivery d"
                            + " join webhook_event e on e.id = d.event_id"
                            + " join webhook_subscription s on s.id = d.subscription_id"
                            + " where d.id = ?")) {
              for (UUID id : ids) {
                lease.setObject(1, Sql.utc(leaseEnd));
                lease.setObject(2, id);
                lease.executeUpdate();
                details.setObject(1, id);
                try (ResultSet rs = details.executeQuery()) {
                  if (rs.next()) {
                    claimed.add(
                        new Due(
                            rs.getObject(1, UUID.class),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            Sql.instant(rs, 6)));
                  }
                }
              }
            }
            return claimed;
          }
        });
  }

  private CompletableFuture<Outcome> send(Due delivery) {
    byte[] body = delivery.payload().getBytes(StandardCharsets.UTF_8);
    long timestamp = clock.instant().getEpochSecond();
    String signature =
        WebhookSignature.sign(delivery.secret(), delivery.eventId(), timestamp, body);
    long started = System.nanoTime();
    return hop(URI.create(delivery.url()), delivery, body, timestamp, signature, 0, null)
        .handle(
            (outcome, failure) -> {
              long latency = (System.nanoTime() - started) / 1_000_000;
              if (failure != null) {
                Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                return new Outcome(null, latency, describe(cause));
              }
              return new Outcome(outcome.status(), latency, outcome.error());
            });
  }

  /**
   * One request, following a redirect only to a target the address policy allows. {@code
   * redirectStatus} is the status of the redirect that led here, if one did.
   */
  private CompletableFuture<Outcome> hop(
      URI target,
      Due delivery,
      byte[] body,
      long timestamp,
      String signature,
      int redirects,
      Integer redirectStatus) {
    Optional<String> refusal = addresses.refusal(target);
    if (refusal.isPresent()) {
      return CompletableFuture.completedFuture(
          new Outcome(
              redirectStatus,
              0,
              (redirects == 0 ? "Target refused: " : "Redirect target refused: ") + refusal.get()));
    }
    HttpRequest request =
        HttpRequest.newBuilder(target)
            .timeout(config.timeout())
            .header("Content-Type", "application/json")
            .header("User-Agent", "Renovare-Webhooks/1")
            .header("webhook-id", delivery.eventId())
            .header("webhook-timestamp", Long.toString(timestamp))
            .header("webhook-signature", signature)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
        .thenCompose(
            response -> {
              int status = response.statusCode();
              Optional<String> location = response.headers().firstValue("Location");
              if (status >= 300 && status < 400 && location.isPresent()) {
                if (redirects >= MAX_REDIRECTS) {
                  return CompletableFuture.completedFuture(
                      new Outcome(status, 0, "Too many redirects"));
                }
                URI next;
                try {
                  next = target.resolve(location.get());
                } catch (IllegalArgumentException e) {
                  return CompletableFuture.completedFuture(
                      new Outcome(status, 0, "Redirect to an invalid URL"));
                }
                return hop(next, delivery, body, timestamp, signature, redirects + 1, status);
              }
              return CompletableFuture.completedFuture(
                  new Outcome(
                      status,
                      0,
                      status >= 200 && status < 300 ? null : "The receiver answered " + status));
            });
  }

  private void record(Due delivery, Outcome outcome, boolean manual) {
    Instant now = clock.instant();
    boolean delivered = outcome.delivered();
    try {
      Sql.alone(
          dataSource,
          c -> {
            {
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "insert into webhook_attempt (delivery_id, attempted_at, status_code,"
                          + " latency_ms, error, manual) values (?, ?, ?, ?, ?, ?)")) {
                ps.setObject(1, delivery.id());
                ps.setObject(2, Sql.utc(now));
                ps.setObject(3, outcome.status());
                ps.setInt(4, (int) Math.min(Integer.MAX_VALUE, outcome.latencyMs()));
                ps.setString(5, truncate(outcome.error()));
                ps.setBoolean(6, manual);
                ps.executeUpdate();
              }
              int attempts = attemptsSoFar(c, delivery.id());
              String status;
              Instant next;
              if (delivered) {
                status = "delivered";
                next = null;
              } else if (Duration.between(delivery.eventAt(), now).compareTo(config.giveUpAfter())
                  > 0) {
                status = "failed";
                next = null;
              } else {
                status = "pending";
                next = now.plus(backOff(attempts));
              }
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "update webhook_delivery set status = ?, attempts = ?,"
                          + " next_attempt_at = ?, delivered_at = ? where id = ?")) {
                ps.setString(1, status);
                ps.setInt(2, attempts);
                ps.setObject(3, next == null ? null : Sql.utc(next));
                ps.setObject(4, delivered ? Sql.utc(now) : null);
                ps.setObject(5, delivery.id());
                ps.executeUpdate();
              }
            }
            return null;
          });
    } catch (RuntimeException e) {
      // The lease brings the delivery back; the receiver de-duplicates by webhook-id.
      LOG.warnf("Outcome of webhook delivery %s not recorded: %s", delivery.id(), e.getMessage());
    }
  }

  /** About first-retry-after × 2^(n-1), at most the longest interval, spread by ±25 % jitter. */
  Duration backOff(int attempts) {
    double base =
        Math.min(
            config.longestRetryInterval().toMillis(),
            config.firstRetryAfter().toMillis() * Math.pow(2, Math.max(0, attempts - 1)));
    double jitter = 0.75 + ThreadLocalRandom.current().nextDouble() * 0.5;
    return Duration.ofMillis((long) (base * jitter));
  }

  private static int attemptsSoFar(Connection c, UUID deliveryId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("select count(*) from webhook_attempt where delivery_id = ?")) {
      ps.setObject(1, deliveryId);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  private static String describe(Throwable failure) {
    String kind =
        switch (failure.getClass().getSimpleName()) {
          case "HttpConnectTimeoutException" -> "Connecting timed out";
          case "HttpTimeoutException" -> "The receiver did not answer in time";
          case "ConnectException" -> "The receiver refused the connection";
          default -> "The request failed";
        };
    return failure.getMessage() == null ? kind : kind + ": " + failure.getMessage();
  }

  private static String truncate(String text) {
    return text == null || text.length() <= MAX_ERROR_LENGTH
        ? text
        : text.substring(0, MAX_ERROR_LENGTH);
  }

  private boolean skipLocked(Connection c) throws SQLException {
    if (skipLocked == null) {
      skipLocked = c.getMetaData().getDatabaseProductName().equals("PostgreSQL");
    }
    return skipLocked;
  }
}

package com.renovare.content.webhook;

import com.renovare.content.platform.config.ContentConfig;
import com.renovare.content.platform.database.DatabaseUnreachable;
import com.renovare.content.platform.database.Jdbc;
import com.renovare.content.platform.net.AddressPolicy;
import com.renovare.content.platform.net.OutboundHttp;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Sends due webhook deliveries. A run claims due deliveries of active subscriptions by pushing
 * their next attempt past the time an attempt can take (a lease), commits, hands each to a sending
 * thread and returns at once; each send records its own outcome. An attempt never outlasts its
 * deadline (connecting, the answer and every redirect hop together), a run never waits for a send,
 * and a subscription never has more than {@link #PER_SUBSCRIPTION} sends in flight here, so a slow
 * or hostile receiver costs only its own deliveries. If the process dies mid-send, the lease runs
 * out and a later run (here or on another instance) sends them again: receivers may see an event
 * twice, never zero times, and de-duplicate by {@code webhook-id}. Failures are retried with
 * exponential back-off and jitter until the event is older than {@code
 * content.webhooks.give-up-after} or the subscription is deactivated.
 */
@ApplicationScoped
class WebhookWorker {

  private static final Logger LOG = Logger.getLogger(WebhookWorker.class);
  private static final int MAX_ERROR_LENGTH = 500;

  /** Sends one subscription may have in flight on this instance at once. */
  static final int PER_SUBSCRIPTION = 2;

  private final DataSource dataSource;
  private final Clock clock;
  private final ContentConfig.Webhooks config;
  private final OutboundHttp http;
  private final WebhookSender sender;
  private final ExecutorService sending;

  /** Sends in flight on this instance, by subscription. */
  private final Map<UUID, Integer> inFlight = new HashMap<>();

  /** Whether the database can skip rows another worker has locked (PostgreSQL; not H2). */
  private volatile Boolean skipLocked;

  WebhookWorker(DataSource dataSource, Clock clock, ContentConfig config) {
    this.dataSource = dataSource;
    this.clock = clock;
    this.config = config.webhooks();
    this.http =
        new OutboundHttp(
            new AddressPolicy(
                "content.webhooks.allow-addresses",
                "receive webhooks",
                this.config.allowAddresses().orElse(List.of())),
            OutboundHttp.Resolver.SYSTEM,
            this.config.timeout(),
            this.config.batchSize() + 4);
    this.sender = new WebhookSender(http, clock);
    AtomicInteger count = new AtomicInteger();
    this.sending =
        Executors.newFixedThreadPool(
            this.config.batchSize(),
            task -> {
              Thread thread = new Thread(task, "webhook-sender-" + count.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
  }

  @PreDestroy
  void stop() {
    sending.shutdownNow();
    http.close();
  }

  /** One claimed delivery and what sending it needs. */
  private record Due(
      UUID id,
      UUID subscriptionId,
      String eventId,
      String payload,
      String url,
      String secret,
      Instant eventAt) {}

  @Scheduled(
      identity = "webhook-worker",
      every = "${content.webhooks.worker-every:2s}",
      delayed = "1s",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = DatabaseUnreachable.class)
  void run() {
    List<Due> due;
    Map<UUID, Integer> busy;
    synchronized (inFlight) {
      busy = Map.copyOf(inFlight);
    }
    int free = config.batchSize() - busy.values().stream().mapToInt(Integer::intValue).sum();
    if (free <= 0) {
      return;
    }
    try {
      due = claim(null, free, busy);
    } catch (RuntimeException e) {
      LOG.debugf("Webhook deliveries not claimed (the database may be away): %s", e.getMessage());
      return;
    }
    for (Due delivery : due) {
      synchronized (inFlight) {
        inFlight.merge(delivery.subscriptionId(), 1, Integer::sum);
      }
      try {
        sending.execute(
            () -> {
              try {
                record(delivery, send(delivery), false);
              } finally {
                done(delivery);
              }
            });
      } catch (RejectedExecutionException e) {
        // Shutting down: the lease brings the delivery back after a restart.
        done(delivery);
      }
    }
  }

  private void done(Due delivery) {
    synchronized (inFlight) {
      inFlight.computeIfPresent(delivery.subscriptionId(), (id, n) -> n > 1 ? n - 1 : null);
    }
  }

  /**
   * Sends one delivery at once, whatever its state (manual redelivery); bounded by the deadline.
   */
  void sendNow(UUID deliveryId) {
    for (Due delivery : claim(deliveryId, 1, Map.of())) {
      record(delivery, send(delivery), true);
    }
  }

  /**
   * Leases due deliveries: the one named, or up to {@code limit} pending ones of active
   * subscriptions, at most {@link #PER_SUBSCRIPTION} per subscription counting those in {@code
   * busy}.
   */
  private List<Due> claim(UUID only, int limit, Map<UUID, Integer> busy) {
    Instant now = clock.instant();
    // Long enough for an attempt to reach its deadline, resolve names and record its outcome.
    Instant leaseEnd = now.plus(config.timeout().multipliedBy(2)).plusSeconds(30);
    List<UUID> full =
        busy.entrySet().stream()
            .filter(e -> e.getValue() >= PER_SUBSCRIPTION)
            .map(Map.Entry::getKey)
            .toList();
    return Jdbc.alone(
        dataSource,
        c -> {
          List<UUID> ids = new ArrayList<>();
          String select =
              only != null
                  ? "select id, subscription_id from webhook_delivery where id = ? for update"
                  : "select id, subscription_id from webhook_delivery where status = 'pending'"
                      + " and next_attempt_at <= ?"
                      + " and subscription_id in"
                      + " (select id from webhook_subscription where active = true)"
                      + (full.isEmpty()
                          ? ""
                          : " and subscription_id not in ("
                              + String.join(", ", Collections.nCopies(full.size(), "?"))
                              + ")")
                      + " order by next_attempt_at fetch first ? rows only for update"
                      + (skipLocked(c) ? " skip locked" : "");
          try (PreparedStatement ps = c.prepareStatement(select)) {
            int i = 1;
            if (only != null) {
              ps.setObject(i, only);
            } else {
              ps.setObject(i++, Jdbc.utc(now));
              for (UUID subscription : full) {
                ps.setObject(i++, subscription);
              }
              ps.setInt(i, config.batchSize());
            }
            Map<UUID, Integer> taken = new HashMap<>(busy);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next() && ids.size() < limit) {
                UUID subscription = rs.getObject(2, UUID.class);
                if (taken.getOrDefault(subscription, 0) < PER_SUBSCRIPTION || only != null) {
                  taken.merge(subscription, 1, Integer::sum);
                  ids.add(rs.getObject(1, UUID.class));
                }
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
                      "select d.id, d.subscription_id, e.id, e.payload, s.url, s.secret,"
                          + " e.created_at from webhook_delivery d"
                          + " join webhook_event e on e.id = d.event_id"
                          + " join webhook_subscription s on s.id = d.subscription_id"
                          + " where d.id = ?")) {
            for (UUID id : ids) {
              lease.setObject(1, Jdbc.utc(leaseEnd));
              lease.setObject(2, id);
              lease.executeUpdate();
              details.setObject(1, id);
              try (ResultSet rs = details.executeQuery()) {
                if (rs.next()) {
                  claimed.add(
                      new Due(
                          rs.getObject(1, UUID.class),
                          rs.getObject(2, UUID.class),
                          rs.getString(3),
                          rs.getString(4),
                          rs.getString(5),
                          rs.getString(6),
                          Jdbc.instant(rs, 7)));
                }
              }
            }
          }
          return claimed;
        });
  }

  private WebhookSender.Outcome send(Due delivery) {
    try {
      return sender.send(delivery.url(), delivery.eventId(), delivery.payload(), delivery.secret());
    } catch (RuntimeException e) {
      return new WebhookSender.Outcome(null, 0, "The request failed: " + e.getMessage());
    }
  }

  private void record(Due delivery, WebhookSender.Outcome outcome, boolean manual) {
    Instant now = clock.instant();
    boolean delivered = outcome.delivered();
    try {
      Jdbc.alone(
          dataSource,
          c -> {
            {
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "insert into webhook_attempt (delivery_id, attempted_at, status_code,"
                          + " latency_ms, error, manual) values (?, ?, ?, ?, ?, ?)")) {
                ps.setObject(1, delivery.id());
                ps.setObject(2, Jdbc.utc(now));
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
                      > 0
                  || !active(c, delivery.subscriptionId())) {
                // Given up: too old, or the subscription was deactivated meanwhile.
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
                ps.setObject(3, next == null ? null : Jdbc.utc(next));
                ps.setObject(4, delivered ? Jdbc.utc(now) : null);
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

  private static boolean active(Connection c, UUID subscriptionId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("select active from webhook_subscription where id = ?")) {
      ps.setObject(1, subscriptionId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() && rs.getBoolean(1);
      }
    }
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

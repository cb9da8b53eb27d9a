package com.renovare.content.webhook;

import com.renovare.content.audit.Actor;
import com.renovare.content.audit.AuditLog;
import com.renovare.content.platform.config.ContentConfig;
import com.renovare.content.platform.database.Jdbc;
import com.renovare.content.platform.net.AddressPolicy;
import com.renovare.content.platform.paging.Paging;
import com.renovare.content.platform.problem.ApiProblem;
import com.renovare.content.platform.security.Secrets;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URISyntaxException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/** Admin use cases of webhooks: subscriptions, their delivery log, and manual redelivery. */
@ApplicationScoped
public class WebhookSubscriptions {

  private final DataSource dataSource;
  private final AuditLog audit;
  private final Clock clock;
  private final AddressPolicy addresses;
  private final WebhookWorker worker;

  WebhookSubscriptions(
      DataSource dataSource,
      AuditLog audit,
      Clock clock,
      ContentConfig config,
      WebhookWorker worker) {
    this.dataSource = dataSource;
    this.audit = audit;
    this.clock = clock;
    this.addresses =
        new AddressPolicy(
            "content.webhooks.allow-addresses",
            "receive webhooks",
            config.webhooks().allowAddresses().orElse(List.of()));
    this.worker = worker;
  }

  public WebhookViews.Created create(SubscriptionRequest request, Actor by) {
    URI url = target(request.url());
    List<String> events = List.copyOf(new LinkedHashSet<>(request.events()));
    String secret =
        WebhookSignature.SECRET_PREFIX
            + Base64.getEncoder().encodeToString(Secrets.randomBytes(32));
    UUID id = UUID.randomUUID();
    boolean active = request.active() == null || request.active();
    Instant now = clock.instant();
    inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "insert into webhook_subscription (id, url, event_types, description, secret,"
                      + " active, created_at, created_by, row_version)"
                      + " values (?, ?, ?, ?, ?, ?, ?, ?, 1)")) {
            ps.setObject(1, id);
            ps.setString(2, url.toString());
            ps.setString(3, String.join(" ", events));
            ps.setString(4, request.description());
            ps.setString(5, secret);
            ps.setBoolean(6, active);
            ps.setObject(7, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            ps.setString(8, by.name());
            ps.executeUpdate();
          }
          audit.record(by, "webhook.create", "webhook", id.toString(), url.toString());
          return null;
        });
    return new WebhookViews.Created(
        new WebhookViews.Subscription(
            id, url.toString(), events, request.description(), active, now, by.name()),
        secret);
  }

  public WebhookViews.SubscriptionList list() {
    return new WebhookViews.SubscriptionList(
        inTransaction(
            c -> {
              List<WebhookViews.Subscription> items = new ArrayList<>();
              try (PreparedStatement ps =
                      c.prepareStatement(SELECT_SUBSCRIPTION + " order by created_at, id");
                  ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                  items.add(subscription(rs));
                }
              }
              return items;
            }));
  }

  /** The subscription and its secret, which admins need to verify signatures. */
  public WebhookViews.Created get(UUID id) {
    return inTransaction(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(SELECT_SUBSCRIPTION + " where id = ?")) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
              if (!rs.next()) {
                throw noSubscription(id);
              }
              return new WebhookViews.Created(subscription(rs), rs.getString("secret"));
            }
          }
        });
  }

  /**
   * Replaces URL, events, description and active flag; the secret stays. Deactivating gives up the
   * subscription's pending deliveries (they show as {@code failed}); an attempt in flight at that
   * moment is the last one.
   */
  public WebhookViews.Subscription replace(UUID id, SubscriptionRequest request, Actor by) {
    URI url = target(request.url());
    List<String> events = List.copyOf(new LinkedHashSet<>(request.events()));
    boolean active = request.active() == null || request.active();
    inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "update webhook_subscription set url = ?, event_types = ?, description = ?,"
                      + " active = ?, row_version = row_version + 1 where id = ?")) {
            ps.setString(1, url.toString());
            ps.setString(2, String.join(" ", events));
            ps.setString(3, request.description());
            ps.setBoolean(4, active);
            ps.setObject(5, id);
            if (ps.executeUpdate() == 0) {
              throw noSubscription(id);
            }
          }
          if (!active) {
            // A deactivated subscription gets nothing more: its pending retries are given up.
            try (PreparedStatement ps =
                c.prepareStatement(
                    "update webhook_delivery set status = 'failed', next_attempt_at = null"
                        + " where subscription_id = ? and status = 'pending'")) {
              ps.setObject(1, id);
              ps.executeUpdate();
            }
          }
          audit.record(by, "webhook.update", "webhook", id.toString(), url.toString());
          return null;
        });
    return get(id).subscription();
  }

  /** Deletes the subscription with its deliveries and their log. */
  public void delete(UUID id, Actor by) {
    inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("delete from webhook_subscription where id = ?")) {
            ps.setObject(1, id);
            if (ps.executeUpdate() == 0) {
              throw noSubscription(id);
            }
          }
          audit.record(by, "webhook.delete", "webhook", id.toString(), null);
          return null;
        });
  }

  /** The subscription's deliveries, newest first, each with its attempts. */
  public WebhookViews.DeliveryPage deliveries(UUID id, String rawLimit, String rawCursor) {
    int limit = Paging.limit(rawLimit);
    List<String> cursor = Paging.decodeCursor(rawCursor, 2);
    Instant before;
    UUID beforeId;
    try {
      before = cursor == null ? null : Paging.instant(cursor.get(0));
      beforeId = cursor == null ? null : UUID.fromString(cursor.get(1));
    } catch (IllegalArgumentException e) {
      throw Paging.invalidCursor();
    }
    return inTransaction(
        c -> {
          get(id);
          List<WebhookViews.Delivery> items = new ArrayList<>();
          String sql =
              SELECT_DELIVERY
                  + " where d.subscription_id = ?"
                  + (before == null
                      ? ""
                      : " and (d.created_at < ? or (d.created_at = ? and d.id < ?))")
                  + " order by d.created_at desc, d.id desc fetch first ? rows only";
          boolean more = false;
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            ps.setObject(i++, id);
            if (before != null) {
              OffsetDateTime at = OffsetDateTime.ofInstant(before, ZoneOffset.UTC);
              ps.setObject(i++, at);
              ps.setObject(i++, at);
              ps.setObject(i++, beforeId);
            }
            ps.setInt(i, limit + 1);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                if (items.size() == limit) {
                  more = true;
                  break;
                }
                items.add(delivery(c, rs));
              }
            }
          }
          WebhookViews.Delivery last = items.isEmpty() ? null : items.get(items.size() - 1);
          String next =
              more ? Paging.encodeCursor(last.createdAt().toString(), last.id().toString()) : null;
          return new WebhookViews.DeliveryPage(items, next);
        });
  }

  private static final String SELECT_DELIVERY =
      "select d.id, d.event_id, e.event_type, d.status, d.attempts, d.next_attempt_at,"
          + " d.created_at, d.delivered_at from webhook_delivery d"
          + " join webhook_event e on e.id = d.event_id";

  /** The delivery on the result set's current row, with its attempts. */
  private static WebhookViews.Delivery delivery(Connection c, ResultSet rs) throws SQLException {
    UUID deliveryId = rs.getObject(1, UUID.class);
    return new WebhookViews.Delivery(
        deliveryId,
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getInt(5),
        Jdbc.instant(rs, 6),
        Jdbc.instant(rs, 7),
        Jdbc.instant(rs, 8),
        attempts(c, deliveryId));
  }

  private Optional<WebhookViews.Delivery> delivery(UUID subscriptionId, UUID deliveryId) {
    return inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(SELECT_DELIVERY + " where d.id = ? and d.subscription_id = ?")) {
            ps.setObject(1, deliveryId);
            ps.setObject(2, subscriptionId);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? Optional.of(delivery(c, rs)) : Optional.empty();
            }
          }
        });
  }

  /** Sends the delivery again now, whatever its state, and returns it with the new attempt. */
  public WebhookViews.Delivery redeliver(UUID subscriptionId, UUID deliveryId, Actor by) {
    if (delivery(subscriptionId, deliveryId).isEmpty()) {
      throw ApiProblem.notFound(
          "Webhook subscription " + subscriptionId + " has no delivery " + deliveryId + ".");
    }
    inTransaction(
        c -> {
          audit.record(
              by, "webhook.redeliver", "webhook", subscriptionId.toString(), deliveryId.toString());
          return null;
        });
    worker.sendNow(deliveryId);
    return delivery(subscriptionId, deliveryId)
        .orElseThrow(() -> ApiProblem.notFound("The delivery " + deliveryId + " was deleted."));
  }

  private URI target(String raw) {
    URI url;
    try {
      url = new URI(raw.strip());
    } catch (URISyntaxException e) {
      throw ApiProblem.invalidParameter("url", "is not a valid URL");
    }
    Optional<String> refusal = addresses.refusal(url);
    if (refusal.isPresent()) {
      throw ApiProblem.invalidParameter("url", "is refused: " + refusal.get());
    }
    return url;
  }

  private static List<WebhookViews.Attempt> attempts(Connection c, UUID deliveryId)
      throws SQLException {
    List<WebhookViews.Attempt> log = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "select attempted_at, status_code, latency_ms, error, manual from webhook_attempt"
                + " where delivery_id = ? order by attempted_at desc, id desc fetch first 50 rows only")) {
      ps.setObject(1, deliveryId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          int status = rs.getInt(2);
          log.add(
              new WebhookViews.Attempt(
                  Jdbc.instant(rs, 1),
                  rs.wasNull() ? null : status,
                  rs.getInt(3),
                  rs.getString(4),
                  rs.getBoolean(5)));
        }
      }
    }
    return log;
  }

  private static final String SELECT_SUBSCRIPTION =
      "select id, url, event_types, description, active, created_at, created_by, secret"
          + " from webhook_subscription";

  private static WebhookViews.Subscription subscription(ResultSet rs) throws SQLException {
    return new WebhookViews.Subscription(
        rs.getObject("id", UUID.class),
        rs.getString("url"),
        List.of(rs.getString("event_types").split(" ")),
        rs.getString("description"),
        rs.getBoolean("active"),
        Jdbc.instant(rs, 6),
        rs.getString("created_by"));
  }

  private static ApiProblem noSubscription(UUID id) {
    return ApiProblem.notFound("No webhook subscription has the id " + id + ".");
  }

  private <T> T inTransaction(Jdbc.Work<T> work) {
    return Jdbc.joining(dataSource, work);
  }
}

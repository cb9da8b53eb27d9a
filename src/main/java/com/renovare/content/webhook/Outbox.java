package com.renovare.content.webhook;

import com.renovare.content.platform.json.Json;
import com.renovare.content.product.ProductChanged;
import com.renovare.content.publishing.ArticleRedacted;
import com.renovare.content.publishing.ContentChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Writes each event, and one pending delivery per subscription that wants it, in the transaction of
 * the change it describes: the event exists exactly when the change does, and a restart can lose
 * neither. {@link WebhookWorker} sends them.
 */
@ApplicationScoped
class Outbox {

  private final EntityManager entityManager;

  Outbox(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  void onContent(@Observes ContentChanged change) {
    EventType type =
        switch (change.kind()) {
          case PUBLISHED -> EventType.ARTICLE_PUBLISHED;
          case UPDATED -> EventType.ARTICLE_UPDATED;
          case UNPUBLISHED -> EventType.ARTICLE_UNPUBLISHED;
          // Announced by onRedaction, with what receivers need to purge.
          case REDACTED -> null;
        };
    if (type == null) {
      return;
    }
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("slug", change.slug());
    data.put("version", change.version());
    data.put(
        "url",
        change.kind() == ContentChanged.Kind.UNPUBLISHED
            ? "/v1/articles/" + change.slug()
            : "/v1/articles/" + change.slug() + "/versions/" + change.version());
    write(type, change.at(), data);
  }

  /**
   * article.redacted: which versions are gone, whether the article itself was taken down, the
   * public reason, and the surrogate keys to purge. Never any of the content.
   */
  void onRedaction(@Observes ArticleRedacted redaction) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("slug", redaction.slug());
    data.put("versions", redaction.versions());
    data.put("takenDown", redaction.takenDown());
    data.put("reason", redaction.reason());
    data.put("surrogateKeys", redaction.surrogateKeys());
    data.put("url", "/v1/articles/" + redaction.slug() + "/versions");
    write(EventType.ARTICLE_REDACTED, redaction.at(), data);
  }

  void onProduct(@Observes ProductChanged change) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("sku", change.sku());
    data.put("available", change.available());
    data.put("url", "/v1/products/" + change.sku());
    write(EventType.PRODUCT_CHANGED, change.at(), data);
  }

  private void write(EventType type, Instant at, Map<String, Object> data) {
    String id = "evt_" + UUID.randomUUID().toString().replace("-", "");
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("type", type.wireName());
    payload.put("timestamp", at.toString());
    payload.put("data", data);
    String body = Json.string(payload);
    OffsetDateTime now = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    entityManager
        .unwrap(Session.class)
        .doWork(
            c -> {
              List<UUID> subscribers = subscribers(c, type);
              if (subscribers.isEmpty()) {
                return;
              }
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "insert into webhook_event (id, event_type, payload, created_at)"
                          + " values (?, ?, ?, ?)")) {
                ps.setString(1, id);
                ps.setString(2, type.wireName());
                ps.setString(3, body);
                ps.setObject(4, now);
                ps.executeUpdate();
              }
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "insert into webhook_delivery (id, subscription_id, event_id, status,"
                          + " attempts, next_attempt_at, created_at)"
                          + " values (?, ?, ?, 'pending', 0, ?, ?)")) {
                for (UUID subscription : subscribers) {
                  ps.setObject(1, UUID.randomUUID());
                  ps.setObject(2, subscription);
                  ps.setString(3, id);
                  ps.setObject(4, now);
                  ps.setObject(5, now);
                  ps.addBatch();
                }
                ps.executeBatch();
              }
            });
  }

  private static List<UUID> subscribers(Connection c, EventType type) throws SQLException {
    List<UUID> ids = new ArrayList<>();
    try (PreparedStatement ps =
            c.prepareStatement(
                "select id, event_types from webhook_subscription where active = true");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        List<String> wanted = List.of(rs.getString(2).split(" "));
        boolean redactionReceiver =
            type == EventType.ARTICLE_REDACTED
                && wanted.stream().anyMatch(t -> t.startsWith("article."));
        if (redactionReceiver || wanted.contains(type.wireName())) {
          ids.add(rs.getObject(1, UUID.class));
        }
      }
    }
    return ids;
  }
}

package com.renovare.content.delivery;

import com.renovare.content.citation.CitationChanged;
import com.renovare.content.product.ProductChanged;
import com.renovare.content.safety.SafetyNoteChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Keeps cached products, citations and safety notes coherent on every instance. A change drops the
 * entry here once its transaction commits, and on PostgreSQL it is announced in that transaction on
 * the channel article publishes use, so other instances drop theirs when it commits (see {@link
 * CoherenceListener}). An announcement names what changed as {@code kind:key}; article slugs never
 * hold a colon, so the two cannot be mistaken for each other.
 */
@ApplicationScoped
class CatalogChanges {

  static final String CHANNEL = "content_changed";
  static final String PRODUCT = "product:";
  static final String CITATION = "citation:";
  static final String SAFETY_NOTE = "safety-note:";

  private final DeliveryCache cache;
  private final DataSource dataSource;

  /** Whether the database is PostgreSQL, which can announce; null until first asked. */
  private volatile Boolean announces;

  CatalogChanges(DeliveryCache cache, DataSource dataSource) {
    this.cache = cache;
    this.dataSource = dataSource;
  }

  void announce(@Observes(during = TransactionPhase.IN_PROGRESS) ProductChanged change) {
    announce(PRODUCT + change.sku());
  }

  void announce(@Observes(during = TransactionPhase.IN_PROGRESS) CitationChanged change) {
    announce(CITATION + change.key());
  }

  void announce(@Observes(during = TransactionPhase.IN_PROGRESS) SafetyNoteChanged change) {
    announce(SAFETY_NOTE + change.key());
  }

  void evict(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProductChanged change) {
    cache.evictProduct(change.sku());
  }

  void evict(@Observes(during = TransactionPhase.AFTER_SUCCESS) CitationChanged change) {
    cache.evictCitation(change.key());
  }

  void evict(@Observes(during = TransactionPhase.AFTER_SUCCESS) SafetyNoteChanged change) {
    cache.evictSafetyNote(change.key());
  }

  /**
   * Applies an announcement from the channel: a catalogue change, or else an article's slug.
   * Returns whether it named a catalogue change.
   */
  static boolean apply(String announcement, DeliveryCache cache) {
    if (announcement.startsWith(PRODUCT)) {
      cache.evictProduct(announcement.substring(PRODUCT.length()));
    } else if (announcement.startsWith(CITATION)) {
      cache.evictCitation(announcement.substring(CITATION.length()));
    } else if (announcement.startsWith(SAFETY_NOTE)) {
      cache.evictSafetyNote(announcement.substring(SAFETY_NOTE.length()));
    } else {
      return false;
    }
    return true;
  }

  /** Sends the notification in the current transaction: delivered when it commits, if it does. */
  private void announce(String payload) {
    try (Connection c = dataSource.getConnection()) {
      if (announces == null) {
        announces = c.getMetaData().getDatabaseProductName().equals("PostgreSQL");
      }
      if (!announces) {
        return;
      }
      try (PreparedStatement ps = c.prepareStatement("select pg_notify(?, ?)")) {
        ps.setString(1, CHANNEL);
        ps.setString(2, payload);
        ps.execute();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot announce the change of " + payload, e);
    }
  }
}

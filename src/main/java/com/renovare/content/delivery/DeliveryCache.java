package com.renovare.content.delivery;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.renovare.content.platform.config.ContentConfig;
import com.renovare.content.publishing.ContentChanged;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Clock;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Ready-to-send delivery responses held in memory, bounded by size, with hit and miss metrics
 * ({@code cache_gets_total{cache="delivery"}}). A hit, and a 304 for it, is answered on the event
 * loop without touching the database; a miss loads on a worker thread.
 *
 * <p>Version URLs never change unless they are redacted, so their entries stay until the size bound
 * pushes them out or a change to their article drops them. Current documents, sections, lists and
 * version histories are dropped when a publish, unpublish or redaction commits here, when another
 * instance announces one, or when the periodic check finds one it missed. Products, citations and
 * safety notes are dropped when they change here or another instance announces a change (see {@link
 * CatalogChanges}).
 *
 * <p>A load that started before an eviction never stores its result, which could be the state from
 * before the change: storing checks the eviction count and puts under the same lock that evictions
 * take, so no eviction can slip between the check and the put.
 */
@ApplicationScoped
public class DeliveryCache {

  static final String ARTICLE = "a|";
  static final String SECTION = "s|";
  static final String VERSION = "v|";
  static final String VERSIONS = "h|";
  static final String LIST = "l|";
  static final String FEED = "f|";
  static final String PRODUCT_ARTICLES = "p|";
  static final String CITATIONS = "c|";
  static final String LINKED_DATA = "j|";
  static final String PRODUCT = "d|";
  static final String CITATION = "k|";
  static final String SAFETY_NOTE = "n|";

  private final Cache<String, Delivered> entries;

  /** Held by every eviction and every put, so that a check-then-put is one step. */
  private final Object stores = new Object();

  /**
   * Bumped by every eviction, under {@link #stores}. Read without the lock when a load begins (on
   * the event loop, which must not wait for an eviction): a load that reads it before an eviction
   * sees the count change when it stores, one that reads it after reads the changed data.
   */
  private volatile long generation;

  private final Clock clock;

  DeliveryCache(ContentConfig config, MeterRegistry registry, Clock clock) {
    this.clock = clock;
    this.entries =
        Caffeine.newBuilder()
            .maximumWeight(config.delivery().cache().maxBytes())
            .weigher((String key, Delivered value) -> value.weight())
            .recordStats()
            .build();
    CaffeineCacheMetrics.monitor(registry, entries, "delivery");
  }

  /** The cached response for the key, or the loader's result (loaded off the event loop). */
  Uni<Delivered> lookup(String key, Supplier<Delivered> loader) {
    Delivered hit = fresh(key);
    if (hit != null) {
      return Uni.createFrom().item(hit);
    }
    long before = generation();
    return Uni.createFrom()
        .item(loader)
        .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
        .invoke(loaded -> store(key, loaded, before));
  }

  /** The response the cache may serve for the key now; null when it holds none or it expired. */
  Delivered fresh(String key) {
    Delivered hit = entries.getIfPresent(key);
    return hit != null && (hit.expiresAt() == null || clock.instant().isBefore(hit.expiresAt()))
        ? hit
        : null;
  }

  /** What the cache holds for the key now, expired or not; null when nothing. */
  Delivered held(String key) {
    return entries.getIfPresent(key);
  }

  /** The number of evictions so far: what a load notes before it reads. */
  long generation() {
    return generation;
  }

  /**
   * Keeps what a load read, unless an eviction happened since it started ({@code loadStartedAt}).
   * Returns whether it was kept.
   */
  boolean store(String key, Delivered loaded, long loadStartedAt) {
    synchronized (stores) {
      if (generation != loadStartedAt) {
        return false;
      }
      entries.put(key, loaded);
      return true;
    }
  }

  /**
   * Drops what a change to the article can make stale: its current views, history and versions (a
   * redaction takes versions down, and the notification names only the article), every list, the
   * change feed, and every citation (whether a citation is public depends on what is live).
   */
  public void evictArticle(String slug) {
    String article = ARTICLE + slug;
    String version = VERSION + slug + "|";
    String section = SECTION + slug + "|";
    String citations = CITATIONS + slug + "|";
    String versions = VERSIONS + slug + "|";
    String linkedData = LINKED_DATA + slug;
    evict(
        key ->
            key.equals(article)
                || key.startsWith(section)
                || key.startsWith(citations)
                || key.startsWith(versions)
                || key.startsWith(version)
                || key.equals(linkedData)
                || key.startsWith(LIST)
                || key.startsWith(FEED)
                || key.startsWith(PRODUCT_ARTICLES)
                || key.startsWith(CITATION));
  }

  /** Drops the product's own view. */
  public void evictProduct(String sku) {
    String product = PRODUCT + sku;
    evict(key -> key.equals(product));
  }

  /**
   * Drops the citation in both of its representations, and the safety notes and products, which
   * show their sources as the catalogue holds them now.
   */
  public void evictCitation(String citationKey) {
    String citation = CITATION + citationKey + "|";
    evict(
        key -> key.startsWith(citation) || key.startsWith(SAFETY_NOTE) || key.startsWith(PRODUCT));
  }

  /** Drops the note and every product, since a product shows the notes on its ingredient. */
  public void evictSafetyNote(String noteKey) {
    String note = SAFETY_NOTE + noteKey;
    evict(key -> key.equals(note) || key.startsWith(PRODUCT));
  }

  /** Drops every product, citation and safety note: for when announcements may have been missed. */
  public void evictCatalog() {
    evict(
        key -> key.startsWith(PRODUCT) || key.startsWith(CITATION) || key.startsWith(SAFETY_NOTE));
  }

  /** Drops everything that can change; version entries stay. */
  public void evictAllCurrent() {
    evict(key -> !key.startsWith(VERSION));
  }

  private void evict(Predicate<String> stale) {
    synchronized (stores) {
      generation++;
      entries.asMap().keySet().removeIf(stale);
    }
  }

  void onLocalChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentChanged change) {
    evictArticle(change.slug());
  }
}

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
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Ready-to-send delivery responses held in memory, bounded by size, with hit and miss metrics
 * ({@code cache_gets_total{cache="delivery"}}). A hit is answered on the event loop without
 * touching the database; a miss loads on a worker thread.
 *
 * <p>Version URLs never change unless they are redacted, so their entries stay until the size bound
 * pushes them out or a change to their article drops them. Current documents, sections and lists
 * are dropped when a publish, unpublish or redaction commits here, when another instance announces
 * one, or when the periodic check finds one it missed.
 */
@ApplicationScoped
public class DeliveryCache {

  static final String ARTICLE = "a|";
  static final String SECTION = "s|";
  static final String VERSION = "v|";
  static final String LIST = "l|";
  static final String PRODUCT_ARTICLES = "p|";
  static final String CITATIONS = "c|";
  static final String LINKED_DATA = "j|";

  private final Cache<String, Delivered> entries;

  /**
   * Bumped by every eviction. A load that started before an eviction does not store its result,
   * which could be the state from before the change.
   */
  private final AtomicLong generation = new AtomicLong();

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
    Delivered hit = entries.getIfPresent(key);
    if (hit != null && (hit.expiresAt() == null || clock.instant().isBefore(hit.expiresAt()))) {
      return Uni.createFrom().item(hit);
    }
    long before = generation.get();
    return Uni.createFrom()
        .item(loader)
        .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
        .invoke(
            loaded -> {
              if (generation.get() == before) {
                entries.put(key, loaded);
              }
            });
  }

  /**
   * Drops what a change to the article can make stale: its current views, every list, and its
   * versions (a redaction takes them down; the notification names only the article).
   */
  public void evictArticle(String slug) {
    generation.incrementAndGet();
    entries.invalidate(ARTICLE + slug);
    String version = VERSION + slug + "|";
    String section = SECTION + slug + "|";
    String citations = CITATIONS + slug + "|";
    String linkedData = LINKED_DATA + slug;
    entries
        .asMap()
        .keySet()
        .removeIf(
            key ->
                key.startsWith(section)
                    || key.startsWith(version)
                    || key.startsWith(citations)
                    || key.equals(linkedData)
                    || key.startsWith(LIST)
                    || key.startsWith(PRODUCT_ARTICLES));
  }

  /** Drops everything that can change; version entries stay. */
  public void evictAllCurrent() {
    generation.incrementAndGet();
    entries.asMap().keySet().removeIf(key -> !key.startsWith(VERSION));
  }

  void onLocalChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentChanged change) {
    evictArticle(change.slug());
  }
}

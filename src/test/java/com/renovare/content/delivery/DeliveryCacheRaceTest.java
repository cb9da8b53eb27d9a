package com.renovare.content.delivery;

import static com.renovare.content.delivery.DeliveryCacheTesting.await;
import static com.renovare.content.delivery.DeliveryCacheTesting.body;
import static com.renovare.content.delivery.DeliveryCacheTesting.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * A load that started before an eviction can never leave its result in the cache: otherwise an
 * unpublished or outdated document could be served from memory until the next change.
 */
class DeliveryCacheRaceTest {

  private static final String KEY = DeliveryCache.ARTICLE + "race";

  private final DeliveryCache cache = DeliveryCacheTesting.cache();

  @Test
  void aSlowLoadOvertakenByAnEvictionAnswersItsRequestButIsNotKept() throws Exception {
    CountDownLatch loading = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger loads = new AtomicInteger();
    AtomicReference<String> state = new AtomicReference<>("published");
    Supplier<ReadyResponse> loader =
        () -> {
          String seen = state.get();
          if (loads.incrementAndGet() == 1) {
            loading.countDown();
            await(release);
          }
          return body(seen);
        };

    CompletableFuture<ReadyResponse> slow =
        cache.lookup(KEY, loader).subscribeAsCompletionStage().toCompletableFuture();
    assertTrue(loading.await(5, TimeUnit.SECONDS), "the load started");
    // The article is unpublished while the first load still holds what it read before.
    state.set("unpublished");
    cache.evictArticle("race");
    release.countDown();

    assertEquals("published", text(slow.get(5, TimeUnit.SECONDS)), "its own request is answered");
    assertEquals(
        "unpublished",
        text(cache.lookup(KEY, loader).await().indefinitely()),
        "the next request reads again");
    assertEquals(2, loads.get());
    assertEquals(
        "unpublished", text(cache.lookup(KEY, loader).await().indefinitely()), "and that is kept");
    assertEquals(2, loads.get());
  }

  @Test
  void aStoreOfALoadThatBeganBeforeAnEvictionIsRefused() {
    long started = cache.generation();
    cache.evictArticle("race");

    assertFalse(cache.store(KEY, body("stale"), started));
    AtomicInteger loads = new AtomicInteger();
    cache
        .lookup(
            KEY,
            () -> {
              loads.incrementAndGet();
              return body("fresh");
            })
        .await()
        .indefinitely();
    assertEquals(1, loads.get(), "nothing stale was kept");
  }

  /**
   * Loads and evictions on two threads as fast as they go: after every eviction, whatever the cache
   * holds was loaded after it. A check-then-put that is not atomic lets a load that began before an
   * eviction put its result just after it.
   */
  @Test
  void underConcurrentLoadsAndEvictionsNothingLoadedBeforeAnEvictionSurvivesIt() throws Exception {
    AtomicBoolean running = new AtomicBoolean(true);
    Thread loader =
        new Thread(
            () -> {
              while (running.get()) {
                long started = cache.generation();
                cache.store(KEY, body(Long.toString(started)), started);
              }
            });
    loader.start();
    try {
      for (int i = 0; i < 20_000; i++) {
        cache.evictArticle("race");
        // Only this thread evicts: between these two reads only a load begun after the
        // eviction can store.
        long now = cache.generation();
        ReadyResponse held = cache.held(KEY);
        if (held != null) {
          assertEquals(Long.toString(now), text(held), "an entry loaded before the eviction");
        }
      }
    } finally {
      running.set(false);
      loader.join();
    }
  }

  @Test
  void anEvictionOfAnotherArticleLeavesThisOneAlone() {
    long started = cache.generation();
    assertTrue(cache.store(KEY, body("kept"), started));
    cache.evictArticle("other");
    assertEquals("kept", text(cache.held(KEY)));
    cache.evictArticle("race");
    assertNull(cache.held(KEY));
  }

  /**
   * The size bound's eviction of an entry can be reported after a newer entry for the same key was
   * put; the key must stay indexed, or no later change to the article could drop the newer entry.
   */
  @Test
  void aLateEvictionOfAnOlderEntryLeavesTheNewerOneEvictable() {
    cache.lookup(KEY, () -> body("first")).await().indefinitely();
    Object older = cache.indexed(KEY);
    cache.evictArticle("race");
    cache.lookup(KEY, () -> body("second")).await().indefinitely();

    cache.evicted(KEY, older);
    assertEquals("second", text(cache.fresh(KEY)), "the newer entry is still held");
    cache.evictArticle("race");
    assertNull(cache.fresh(KEY), "and a change to the article still drops it");
  }
}

package com.renovare.content.delivery;

import static com.renovare.content.delivery.DeliveryCacheTesting.await;
import static com.renovare.content.delivery.DeliveryCacheTesting.body;
import static com.renovare.content.delivery.DeliveryCacheTesting.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Many requests that miss one key at the same time share one load: a stampede of misses after a
 * publish must not become as many database reads. An eviction of other keys leaves that load
 * storable; an eviction of its own key does not.
 */
class DeliveryCacheSingleFlightTest {

  private static final String KEY = DeliveryCache.ARTICLE + "flight";

  private final DeliveryCache cache = DeliveryCacheTesting.cache();

  @Test
  void concurrentMissesOfOneKeyLoadOnce() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger loads = new AtomicInteger();
    Supplier<ReadyResponse> loader =
        () -> {
          loads.incrementAndGet();
          await(release);
          return body("loaded");
        };
    List<CompletableFuture<ReadyResponse>> waiting = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      waiting.add(cache.lookup(KEY, loader).subscribeAsCompletionStage().toCompletableFuture());
    }
    release.countDown();
    for (CompletableFuture<ReadyResponse> request : waiting) {
      assertEquals("loaded", text(request.get(5, TimeUnit.SECONDS)));
    }
    assertEquals(1, loads.get(), "50 concurrent misses, one load");
    assertNotNull(cache.held(KEY), "and it is kept");
    assertEquals(0, cache.loading());
  }

  @Test
  void everyWaitingRequestGetsTheLoadsFailureAndTheNextRequestLoadsAgain() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger loads = new AtomicInteger();
    Supplier<ReadyResponse> failing =
        () -> {
          loads.incrementAndGet();
          await(release);
          throw new IllegalStateException("gone");
        };
    CompletableFuture<ReadyResponse> first =
        cache.lookup(KEY, failing).subscribeAsCompletionStage().toCompletableFuture();
    CompletableFuture<ReadyResponse> second =
        cache.lookup(KEY, failing).subscribeAsCompletionStage().toCompletableFuture();
    release.countDown();
    for (CompletableFuture<ReadyResponse> request : List.of(first, second)) {
      ExecutionException e =
          assertThrows(ExecutionException.class, () -> request.get(5, TimeUnit.SECONDS));
      assertEquals("gone", e.getCause().getMessage());
    }
    assertEquals(1, loads.get());
    assertNull(cache.held(KEY));
    assertEquals("ok", text(cache.lookup(KEY, () -> body("ok")).await().indefinitely()));
  }

  @Test
  void requestsThatJoinedALoadOvertakenByAnEvictionGetItsAnswerAndLaterOnesLoadAgain()
      throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger loads = new AtomicInteger();
    Supplier<ReadyResponse> slow =
        () -> {
          loads.incrementAndGet();
          started.countDown();
          await(release);
          return body("before");
        };
    CompletableFuture<ReadyResponse> a =
        cache.lookup(KEY, slow).subscribeAsCompletionStage().toCompletableFuture();
    CompletableFuture<ReadyResponse> b =
        cache.lookup(KEY, slow).subscribeAsCompletionStage().toCompletableFuture();
    assertTrue(started.await(5, TimeUnit.SECONDS));
    cache.evictArticle("flight");
    CompletableFuture<ReadyResponse> after =
        cache
            .lookup(
                KEY,
                () -> {
                  loads.incrementAndGet();
                  return body("after");
                })
            .subscribeAsCompletionStage()
            .toCompletableFuture();
    assertEquals("after", text(after.get(5, TimeUnit.SECONDS)), "a request after the eviction");
    release.countDown();
    assertEquals("before", text(a.get(5, TimeUnit.SECONDS)));
    assertEquals("before", text(b.get(5, TimeUnit.SECONDS)));
    assertEquals("after", text(cache.held(KEY)), "the overtaken load was not kept");
    assertEquals(2, loads.get());
  }

  @Test
  void anEvictionOfAnotherArticleLetsALoadInFlightBeKept() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    CompletableFuture<ReadyResponse> loading =
        cache
            .lookup(
                KEY,
                () -> {
                  started.countDown();
                  await(release);
                  return body("kept");
                })
            .subscribeAsCompletionStage()
            .toCompletableFuture();
    assertTrue(started.await(5, TimeUnit.SECONDS));
    cache.evictArticle("another-article");
    release.countDown();
    loading.get(5, TimeUnit.SECONDS);
    assertEquals(
        "kept", text(cache.held(KEY)), "a publish of one article wastes no load of another");
  }
}

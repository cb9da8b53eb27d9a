package com.renovare.content.delivery;

import static com.renovare.content.delivery.DeliveryCacheTesting.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.renovare.content.platform.problem.ApiProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Misses of many different keys load a few at a time (content.delivery.cache.load-threads, 4 by
 * default), so a flood of them cannot take every database connection and thread from publishing;
 * beyond the waiting bound they are refused with 503 rather than queued without end.
 */
class DeliveryCacheLoadBoundTest {

  private final DeliveryCache cache = DeliveryCacheTesting.cache();

  @AfterEach
  void stop() {
    cache.stop();
  }

  @Test
  void distinctMissesLoadAtMostFourAtATimeAndAllAreAnswered() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger running = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    List<CompletableFuture<ReadyResponse>> requests = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      requests.add(
          cache
              .lookup(DeliveryCache.ARTICLE + "a" + i, blocking(release, running, most))
              .subscribeAsCompletionStage()
              .toCompletableFuture());
    }
    Thread.sleep(200);
    assertEquals(4, running.get(), "four load, the others wait");
    release.countDown();
    for (CompletableFuture<ReadyResponse> request : requests) {
      request.get(5, TimeUnit.SECONDS);
    }
    assertEquals(4, most.get());
  }

  @Test
  @Tag("owasp-api4")
  void missesBeyondTheWaitingBoundAre503WithRetryAfter() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger running = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    int admitted = 4 + DeliveryCache.MAX_WAITING_LOADS;
    List<CompletableFuture<ReadyResponse>> requests = new ArrayList<>();
    for (int i = 0; i < admitted; i++) {
      requests.add(
          cache
              .lookup(DeliveryCache.ARTICLE + "a" + i, blocking(release, running, most))
              .subscribeAsCompletionStage()
              .toCompletableFuture());
    }
    CompletableFuture<ReadyResponse> refused =
        cache
            .lookup(DeliveryCache.ARTICLE + "one-too-many", blocking(release, running, most))
            .subscribeAsCompletionStage()
            .toCompletableFuture();
    ExecutionException e =
        assertThrows(ExecutionException.class, () -> refused.get(5, TimeUnit.SECONDS));
    ApiProblem problem = assertInstanceOf(ApiProblem.class, e.getCause());
    assertEquals(503, problem.status());
    assertTrue(problem.headers().containsKey("Retry-After"));

    release.countDown();
    for (CompletableFuture<ReadyResponse> request : requests) {
      request.get(10, TimeUnit.SECONDS);
    }
    cache
        .lookup(DeliveryCache.ARTICLE + "one-too-many", () -> body("x"))
        .await()
        .atMost(java.time.Duration.ofSeconds(5));
  }

  private static Supplier<ReadyResponse> blocking(
      CountDownLatch release, AtomicInteger running, AtomicInteger most) {
    return () -> {
      most.accumulateAndGet(running.incrementAndGet(), Math::max);
      try {
        release.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        running.decrementAndGet();
      }
      return body("x");
    };
  }
}

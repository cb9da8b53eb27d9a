package com.renovare.content.delivery;

import com.renovare.content.platform.config.ContentConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Fixtures for tests of the {@link DeliveryCache} on its own: a cache without Quarkus, bodies that
 * are their text, and loaders that wait for a latch.
 */
final class DeliveryCacheTesting {

  private DeliveryCacheTesting() {}

  /** A cache of 1 MB on the system clock, with the default four load threads. */
  static DeliveryCache cache() {
    return cache(Clock.systemUTC());
  }

  static DeliveryCache cache(Clock clock) {
    return new DeliveryCache(config(1_000_000), new SimpleMeterRegistry(), clock);
  }

  /** The settings the cache reads: its size bound, and its load threads (the default). */
  static ContentConfig config(long maxBytes) {
    ContentConfig.Cache cache =
        stub(ContentConfig.Cache.class, Map.of("maxBytes", maxBytes, "loadThreads", 4));
    ContentConfig.Delivery delivery = stub(ContentConfig.Delivery.class, Map.of("cache", cache));
    return stub(ContentConfig.class, Map.of("delivery", delivery));
  }

  /** A current document whose bytes are the text, and whose ETag is the text quoted. */
  static ReadyResponse body(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return ReadyResponse.current(bytes, "\"" + text + "\"");
  }

  static String text(ReadyResponse delivered) {
    return new String(delivered.body(), StandardCharsets.UTF_8);
  }

  /** Waits up to 5 s for the latch, as a loader does that a test holds back. */
  static void await(CountDownLatch latch) {
    try {
      latch.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static <T> T stub(Class<T> type, Map<String, Object> values) {
    return type.cast(
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (proxy, m, args) -> {
              if (values.containsKey(m.getName())) {
                return values.get(m.getName());
              }
              throw new UnsupportedOperationException(m.getName());
            }));
  }
}

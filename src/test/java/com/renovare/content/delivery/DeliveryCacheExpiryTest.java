package com.renovare.content.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.renovare.content.platform.config.ContentConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * A cached response that must change at a known time (a review falling due) is not served after.
 */
class DeliveryCacheExpiryTest {

  private static final Instant DUE = Instant.parse("2027-01-01T00:00:00Z");

  private final MovableClock clock = new MovableClock(DUE.minusSeconds(60));
  private final DeliveryCache cache =
      new DeliveryCache(config(1_000_000), new SimpleMeterRegistry(), clock);

  @Test
  void anEntryIsServedUntilItsExpiryAndLoadedAgainFromThen() {
    AtomicInteger loads = new AtomicInteger();
    Supplier<Delivered> loader =
        () -> {
          loads.incrementAndGet();
          return Delivered.current(new byte[] {'{', '}'}, "\"x\"").until(DUE);
        };

    cache.lookup("a|due", loader).await().indefinitely();
    cache.lookup("a|due", loader).await().indefinitely();
    assertEquals(1, loads.get(), "served from memory before the due time");

    clock.now = DUE;
    cache.lookup("a|due", loader).await().indefinitely();
    assertEquals(2, loads.get(), "loaded again once the due time is reached");
  }

  @Test
  void anEntryWithoutExpiryStays() {
    AtomicInteger loads = new AtomicInteger();
    Supplier<Delivered> loader =
        () -> {
          loads.incrementAndGet();
          return Delivered.of(
              new byte[] {'{', '}'}, "\"y\"", Delivered.Freshness.IMMUTABLE, null, List.of());
        };
    cache.lookup("v|x|1", loader).await().indefinitely();
    clock.now = DUE.plusSeconds(86_400 * 365);
    cache.lookup("v|x|1", loader).await().indefinitely();
    assertEquals(1, loads.get());
  }

  private static final class MovableClock extends Clock {
    private Instant now;

    MovableClock(Instant now) {
      this.now = now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  /** The settings the cache reads: its size bound, and its load threads (the default). */
  static ContentConfig config(long maxBytes) {
    ContentConfig.Cache cache =
        stub(ContentConfig.Cache.class, Map.of("maxBytes", maxBytes, "loadThreads", 4));
    ContentConfig.Delivery delivery = stub(ContentConfig.Delivery.class, Map.of("cache", cache));
    return stub(ContentConfig.class, Map.of("delivery", delivery));
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

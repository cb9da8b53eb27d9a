package com.renovare.content.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * A cached response that must change at a known time (a review falling due) is not served after.
 */
class DeliveryCacheExpiryTest {

  private static final Instant DUE = Instant.parse("2027-01-01T00:00:00Z");

  private final MovableClock clock = new MovableClock(DUE.minusSeconds(60));
  private final DeliveryCache cache = DeliveryCacheTesting.cache(clock);

  @Test
  void anEntryIsServedUntilItsExpiryAndLoadedAgainFromThen() {
    AtomicInteger loads = new AtomicInteger();
    Supplier<ReadyResponse> loader =
        () -> {
          loads.incrementAndGet();
          return ReadyResponse.current(new byte[] {'{', '}'}, "\"x\"").until(DUE);
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
    Supplier<ReadyResponse> loader =
        () -> {
          loads.incrementAndGet();
          return ReadyResponse.of(
              new byte[] {'{', '}'}, "\"y\"", ReadyResponse.Freshness.IMMUTABLE, null, List.of());
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
}

package com.renovare.content.delivery;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.renovare.content.platform.config.ContentConfig;
import com.renovare.content.publishing.OwnChanges;
import com.renovare.content.publishing.OwnChangesAccess;
import com.renovare.content.publishing.PublishedContent;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

/**
 * The LISTEN connection behind a network path that dies without a FIN or RST (half-open): waiting
 * for notifications alone never notices, so the listener checks its connection with a round trip
 * and reconnects, and notifications reach it again.
 */
@QuarkusTest
class CoherenceListenerTest {

  private static final Duration NOTICED_WITHIN =
      CoherenceListener.ROUND_TRIP_EVERY.plus(CoherenceListener.ROUND_TRIP_TIMEOUT).plusSeconds(5);

  @Inject ContentConfig config;
  @Inject PublishedContent content;

  @ConfigProperty(name = "quarkus.datasource.jdbc.url")
  String url;

  @ConfigProperty(name = "quarkus.datasource.username")
  String username;

  @ConfigProperty(name = "quarkus.datasource.password")
  Optional<String> password;

  @Test
  void aHalfOpenListenConnectionIsReplacedAndNotificationsArriveAgain() throws Exception {
    URI database = URI.create(url.substring("jdbc:".length()));
    Set<String> evicted = ConcurrentHashMap.newKeySet();
    DeliveryCache recording = recordingEvictions(evicted);
    try (FreezingProxy proxy = new FreezingProxy(database.getHost(), database.getPort())) {
      String proxied =
          "jdbc:postgresql://127.0.0.1:"
              + proxy.port()
              + database.getRawPath()
              + (database.getRawQuery() == null ? "" : "?" + database.getRawQuery());
      CoherenceListener listener =
          new CoherenceListener(recording, content, proxied, username, password);
      listener.onStart(null);
      try {
        assertTrue(notifiedWithin(Duration.ofSeconds(10), "before-freeze", evicted), "listening");

        proxy.freeze();
        long frozenAt = System.nanoTime();
        boolean heard = notifiedWithin(NOTICED_WITHIN.plusSeconds(10), "after-freeze", evicted);
        Duration took = Duration.ofNanos(System.nanoTime() - frozenAt);
        System.out.printf(
            "Half-open LISTEN connection: notifications %s after %.1f s (%d connections)%n",
            heard ? "arrived again" : "still lost", took.toMillis() / 1000.0, proxy.connections());
        assertTrue(heard, "no notification arrived within " + took + " of the connection dying");
        assertTrue(took.compareTo(NOTICED_WITHIN) < 0, "noticed only after " + took);
      } finally {
        listener.onStop(null);
      }
    }
  }

  /**
   * A change this instance made was evicted here when it committed: its notification is not acted
   * on again (it used to drop the same entries a second time, and the change-log check a third),
   * while the same slug announced by another session still is.
   */
  @Test
  void ownNotificationsAreNotEvictedAgainOthersAre() throws Exception {
    Set<String> evicted = ConcurrentHashMap.newKeySet();
    DeliveryCache recording = recordingEvictions(evicted);
    OwnChanges own = new OwnChanges();
    CoherenceListener listener =
        new CoherenceListener(recording, content, own, url, username, password);
    listener.onStart(null);
    try (Connection mine = DriverManager.getConnection(url, username, password.orElse(null));
        Connection theirs = DriverManager.getConnection(url, username, password.orElse(null))) {
      assertTrue(notifiedWithin(Duration.ofSeconds(10), "listening", evicted), "listening");
      int pid = mine.unwrap(PGConnection.class).getBackendPID();
      OwnChangesAccess.recorded(own, pid, "own-slug", -1);
      notify(mine, "own-slug");
      notify(theirs, "their-slug");
      awaitEviction(evicted, "their-slug");
      // Notifications arrive in commit order: ours came first.
      assertFalse(evicted.contains("own-slug"), "our own notification was not acted on");
      notify(theirs, "own-slug");
      awaitEviction(evicted, "own-slug");
      notify(mine, "own-slug");
      notify(theirs, "their-second");
      awaitEviction(evicted, "their-second");
      assertFalse(own.notifiedHere(pid, "own-slug"), "a noted change is recognised once");
    } finally {
      listener.onStop(null);
    }
  }

  private static void awaitEviction(Set<String> evicted, String slug) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!evicted.contains(slug) && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertTrue(evicted.contains(slug), slug + " was evicted");
  }

  private static void notify(Connection c, String slug) throws Exception {
    try (PreparedStatement notify = c.prepareStatement("select pg_notify('content_changed', ?)")) {
      notify.setString(1, slug);
      notify.execute();
    }
  }

  /** Notifies "prefix-n" every 200 ms until the listener evicts one of them, or time runs out. */
  private boolean notifiedWithin(Duration within, String prefix, Set<String> evicted)
      throws Exception {
    long deadline = System.nanoTime() + within.toNanos();
    try (Connection c = DriverManager.getConnection(url, username, password.orElse(null));
        PreparedStatement notify = c.prepareStatement("select pg_notify('content_changed', ?)")) {
      for (int n = 0; System.nanoTime() < deadline; n++) {
        notify.setString(1, prefix + "-" + n);
        notify.execute();
        Thread.sleep(200);
        if (evicted.stream().anyMatch(slug -> slug.startsWith(prefix))) {
          return true;
        }
      }
    }
    return false;
  }

  /** A cache that only notes the slugs it is asked to evict. */
  private DeliveryCache recordingEvictions(Set<String> evicted) {
    return new DeliveryCache(config, new SimpleMeterRegistry(), Clock.systemUTC()) {
      @Override
      public void evictArticle(String slug) {
        evicted.add(slug);
      }
    };
  }
}

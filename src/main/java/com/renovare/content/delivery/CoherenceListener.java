package com.renovare.content.delivery;

import com.renovare.content.platform.database.DatabaseUnreachable;
import com.renovare.content.publishing.OwnChanges;
import com.renovare.content.publishing.PublishedContent;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Keeps this instance's delivery cache coherent with publishes made by any instance. On PostgreSQL
 * a dedicated connection LISTENs on the channel publishing NOTIFYs at commit, so other instances
 * drop stale entries within milliseconds. Under it, a periodic check of the change log catches
 * anything missed (a dropped connection, a restart of the database), and is the only mechanism on
 * H2 in dev mode. Products, citations and safety notes are announced on the same channel (see
 * {@link CatalogChanges}). A connection that died silently (half-open) is found by a periodic round
 * trip with a socket timeout, and replaced.
 */
@Singleton
class CoherenceListener {

  private static final Logger LOG = Logger.getLogger(CoherenceListener.class);
  private static final String CHANNEL = "content_changed";

  /** After this long without a notification, the listener checks its connection is alive. */
  static final Duration ROUND_TRIP_EVERY = Duration.ofSeconds(5);

  /** How long the round trip (or any read on the connection) may take before it counts as dead. */
  static final Duration ROUND_TRIP_TIMEOUT = Duration.ofSeconds(5);

  private final DeliveryCache cache;
  private final PublishedContent content;
  private final OwnChanges own;
  private final String url;
  private final String username;
  private final Optional<String> password;
  private final AtomicLong seen = new AtomicLong(-1);
  private volatile boolean running;
  private volatile Connection listening;
  private Thread thread;

  @Inject
  CoherenceListener(
      DeliveryCache cache,
      PublishedContent content,
      OwnChanges own,
      @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
      @ConfigProperty(name = "quarkus.datasource.username") String username,
      @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
    this.cache = cache;
    this.content = content;
    this.own = own;
    this.url = url;
    this.username = username;
    this.password = password;
  }

  /** A listener that takes every change for another instance's. */
  CoherenceListener(
      DeliveryCache cache,
      PublishedContent content,
      String url,
      String username,
      Optional<String> password) {
    this(cache, content, new OwnChanges(), url, username, password);
  }

  void onStart(@Observes StartupEvent event) {
    catchUp();
    if (url.startsWith("jdbc:postgresql:")) {
      running = true;
      thread = new Thread(this::listen, "content-change-listener");
      thread.setDaemon(true);
      thread.start();
    }
  }

  void onStop(@Observes ShutdownEvent event) {
    running = false;
    closeQuietly(listening);
    if (thread != null) {
      thread.interrupt();
    }
  }

  /** The safety net: evicts whatever changed since the last change this instance knows of. */
  @Scheduled(
      identity = "delivery-coherence-check",
      every = "${content.delivery.coherence.check-every:2s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = DatabaseUnreachable.class)
  void catchUp() {
    try {
      long known = seen.get();
      if (known < 0) {
        seen.set(content.latestChange());
        return;
      }
      PublishedContent.Changes changes = content.changesSince(known);
      // This instance's own changes were evicted here when they committed.
      for (int i = 0; i < changes.slugs().size(); i++) {
        if (!own.recordedHere(changes.seqs().get(i))) {
          cache.evictArticle(changes.slugs().get(i));
        }
      }
      seen.accumulateAndGet(changes.upTo(), Math::max);
    } catch (RuntimeException e) {
      // The database is unreachable: keep serving what the cache holds, and try again later.
      LOG.debugf("Change log check failed: %s", e.getMessage());
    }
  }

  private void listen() {
    // One warning per outage, not one a second while the database stays away.
    boolean failing = false;
    while (running) {
      try (Connection connection = DriverManager.getConnection(url, listenerProperties())) {
        listening = connection;
        try (Statement statement = connection.createStatement()) {
          statement.execute("LISTEN " + CHANNEL);
        }
        if (failing) {
          LOG.info("Listening for content changes again");
          failing = false;
        }
        // Article changes made while there was no listener are in the change log; catalogue
        // changes are only announced, so whatever this instance holds of them may be stale.
        catchUp();
        cache.evictCatalog();
        PGConnection pg = connection.unwrap(PGConnection.class);
        long heard = System.nanoTime();
        while (running) {
          PGNotification[] notifications = pg.getNotifications(1000);
          if (notifications != null && notifications.length > 0) {
            heard = System.nanoTime();
            for (PGNotification notification : notifications) {
              String announcement = notification.getParameter();
              if (own.notifiedHere(notification.getPID(), announcement)) {
                // Evicted here when it committed.
                continue;
              }
              if (!CatalogChanges.apply(announcement, cache)) {
                cache.evictArticle(announcement);
              }
            }
          }
          if (System.nanoTime() - heard > ROUND_TRIP_EVERY.toNanos()) {
            // Waiting for notifications never notices a half-open connection (a peer that went
            // away without a FIN or RST): it just hears nothing. A round trip does, within the
            // socket timeout, and the failure reconnects.
            try (Statement statement = connection.createStatement()) {
              statement.execute("select 1");
            }
            heard = System.nanoTime();
          }
        }
      } catch (SQLException e) {
        if (running) {
          if (!failing) {
            LOG.warnf(
                "Listening for content changes failed (%s); retrying every second", e.getMessage());
            failing = true;
          } else {
            LOG.debugf("Listening for content changes failed again: %s", e.getMessage());
          }
          sleep();
        }
      }
    }
  }

  /**
   * Credentials plus TCP keepalive (the operating system probes an idle connection) and a socket
   * timeout, so that the periodic round trip fails instead of waiting forever on a dead peer.
   */
  private Properties listenerProperties() {
    Properties properties = new Properties();
    properties.setProperty("user", username);
    password.ifPresent(p -> properties.setProperty("password", p));
    properties.setProperty("tcpKeepAlive", "true");
    properties.setProperty("socketTimeout", Long.toString(ROUND_TRIP_TIMEOUT.toSeconds()));
    properties.setProperty("connectTimeout", Long.toString(ROUND_TRIP_TIMEOUT.toSeconds()));
    return properties;
  }

  private static void sleep() {
    try {
      Thread.sleep(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void closeQuietly(Connection connection) {
    if (connection != null) {
      try {
        connection.close();
      } catch (SQLException e) {
        // closing anyway
      }
    }
  }
}

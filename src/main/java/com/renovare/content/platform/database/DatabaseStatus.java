package com.renovare.content.platform.database;

import com.renovare.content.platform.config.ContentConfig;
import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Whether the database can be reached, as last seen. A probe asks the connection pool every second
 * (bounded by the probe timeout), and any request that fails to connect reports it at once; code on
 * the hot path learns the answer from one volatile read, never from a database call.
 *
 * <p>While the database is unreachable, readiness is DOWN, delivery serves what it holds in memory
 * marked as possibly stale, and whatever needs the database answers 503 with Retry-After. Nothing
 * has to be restarted: the first probe that gets an answer ends the outage.
 */
@Singleton
public class DatabaseStatus {

  private static final Logger LOG = Logger.getLogger(DatabaseStatus.class);

  /** When the outage began and what was seen then; null while the database answers. */
  private volatile Outage outage;

  private final AgroalDataSource dataSource;
  private final int probeTimeoutSeconds;
  private final Clock clock;

  DatabaseStatus(AgroalDataSource dataSource, ContentConfig config, Clock clock) {
    this.dataSource = dataSource;
    this.probeTimeoutSeconds = (int) Math.max(1, config.database().probeTimeout().toSeconds());
    this.clock = clock;
  }

  /** An ongoing outage: since when, and the failure that revealed it (no SQL, no stack). */
  public record Outage(Instant since, String reason) {}

  /** True unless the last probe or request failed to reach the database. */
  public boolean reachable() {
    return outage == null;
  }

  /** The ongoing outage, if there is one. */
  public Optional<Outage> outage() {
    return Optional.ofNullable(outage);
  }

  /**
   * Reports a failure to reach the database seen while serving a request, so the outage is known
   * before the next probe. Failures that are not about reaching the database are ignored.
   */
  public void failed(Throwable failure) {
    if (connectionFailure(failure)) {
      down(describe(failure));
    }
  }

  @Scheduled(
      identity = "database-probe",
      every = "${content.database.probe-every:1s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  void probe() {
    try (Connection connection = dataSource.getConnection()) {
      // isValid bounds the round trip by its own socket timeout, so a silent network cannot hang
      // it.
      if (connection.isValid(probeTimeoutSeconds)) {
        up();
      } else {
        down("a pooled connection failed its " + probeTimeoutSeconds + " s check");
      }
    } catch (SQLException | RuntimeException e) {
      down(describe(e));
    }
  }

  private void up() {
    Outage ended = outage;
    if (ended != null) {
      outage = null;
      LOG.infof(
          "The database answers again; it was unreachable for %d ms",
          clock.millis() - ended.since().toEpochMilli());
    }
  }

  private void down(String reason) {
    if (outage == null) {
      outage = new Outage(clock.instant(), reason);
      LOG.warnf(
          "The database cannot be reached (%s); serving from memory until it answers", reason);
      // Idle connections are dead by now; handing them out would only fail again.
      dataSource.flush(AgroalDataSource.FlushMode.IDLE);
    }
  }

  /**
   * Whether the failure is the database being out of reach: a connection failure, or, while an
   * outage is known, any failure that came from the database layer (a transaction that could not
   * begin or commit, an SQL error on a connection that just died).
   */
  public boolean explains(Throwable failure) {
    if (connectionFailure(failure)) {
      return true;
    }
    if (reachable()) {
      return false;
    }
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException
          || t instanceof jakarta.persistence.PersistenceException
          || t.getClass().getPackageName().startsWith("jakarta.transaction")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the failure, or one of its causes, means the database could not be reached: an SQL
   * connection error (SQLState class 08), a connection the pool could not supply in time, or an I/O
   * error under the driver. Errors the database itself reports (a constraint, a syntax error) are
   * not.
   */
  public static boolean connectionFailure(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLTransientConnectionException
          || t instanceof SQLNonTransientConnectionException
          || t instanceof IOException) {
        return true;
      }
      if (t instanceof SQLException sql) {
        String state = sql.getSQLState();
        String message = String.valueOf(sql.getMessage());
        if ((state != null && state.startsWith("08"))
            || message.startsWith("Acquisition timeout")
            || message.contains("Unable to acquire JDBC Connection")) {
          return true;
        }
      }
      if (t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
        return true;
      }
    }
    return false;
  }

  /** A short, SQL-free description for logs and the readiness data. */
  private static String describe(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String state = failure instanceof SQLException sql ? sql.getSQLState() : null;
    return root.getClass().getSimpleName() + (state == null ? "" : " (SQLState " + state + ")");
  }
}

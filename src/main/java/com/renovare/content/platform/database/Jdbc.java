package com.renovare.content.platform.database;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;

/**
 * Plain JDBC on the datasource, inside a transaction, for the stores that need SQL Hibernate does
 * not write (SKIP LOCKED claims, batch upserts): the webhook outbox and the link checker.
 */
public final class Jdbc {

  private Jdbc() {}

  /** Work on one connection. */
  public interface Work<T> {
    T on(Connection c) throws SQLException;
  }

  /** Runs in the caller's transaction, or in a new one when there is none. */
  public static <T> T joining(DataSource dataSource, Work<T> work) {
    return QuarkusTransaction.joiningExisting().call(() -> on(dataSource, work));
  }

  /** Runs in a transaction of its own, committed when it returns. */
  public static <T> T alone(DataSource dataSource, Work<T> work) {
    return QuarkusTransaction.requiringNew().call(() -> on(dataSource, work));
  }

  private static <T> T on(DataSource dataSource, Work<T> work) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      return work.on(c);
    }
  }

  public static Instant instant(ResultSet rs, int column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  public static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}

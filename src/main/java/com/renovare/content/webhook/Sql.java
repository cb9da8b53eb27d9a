package com.renovare.content.webhook;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;

/** Plain SQL on the datasource, inside a transaction. */
final class Sql {

  private Sql() {}

  /** Work on one connection. */
  interface Work<T> {
    T on(Connection c) throws SQLException;
  }

  /** Runs in the caller's transaction, or in a new one when there is none. */
  static <T> T joining(DataSource dataSource, Work<T> work) {
    return QuarkusTransaction.joiningExisting().call(() -> on(dataSource, work));
  }

  /** Runs in a transaction of its own, committed when it returns. */
  static <T> T alone(DataSource dataSource, Work<T> work) {
    return QuarkusTransaction.requiringNew().call(() -> on(dataSource, work));
  }

  private static <T> T on(DataSource dataSource, Work<T> work) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      return work.on(c);
    }
  }

  static Instant instant(ResultSet rs, int column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}

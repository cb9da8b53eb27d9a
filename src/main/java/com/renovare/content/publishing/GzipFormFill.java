package com.renovare.content.publishing;

import com.renovare.content.platform.http.Gzip;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Stores the gzip forms of article versions published before publishing kept them, in the
 * background after start, a batch at a time, so that no read of such a version has to compress it
 * once this has passed. Versions are immutable, so a form computed here stays right; a version
 * redacted meanwhile keeps no form (the update only touches rows whose document is still there).
 * Several instances may run it at once: each row is written once, whoever gets there first.
 */
@ApplicationScoped
public class GzipFormFill {

  private static final Logger LOG = Logger.getLogger(GzipFormFill.class);

  /** Rows read and written per round trip. */
  static final int BATCH = 100;

  private final DataSource dataSource;
  private Thread thread;

  GzipFormFill(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  void onStart(@Observes StartupEvent event) {
    thread = new Thread(this::fillQuietly, "gzip-form-fill");
    thread.setDaemon(true);
    thread.setPriority(Thread.MIN_PRIORITY);
    thread.start();
  }

  void onStop(@Observes ShutdownEvent event) {
    if (thread != null) {
      thread.interrupt();
    }
  }

  private void fillQuietly() {
    try {
      int filled = fill();
      if (filled > 0) {
        LOG.infof(
            "Stored the gzip form of %d article versions published before forms were kept", filled);
      }
    } catch (SQLException e) {
      // The next start carries on where this one stopped.
      LOG.warnf("Gzip forms of older versions not stored now: %s", e.getMessage());
    }
  }

  private record Row(UUID articleId, int version, byte[] document, byte[] overdue) {}

  /**
   * Stores every missing form, until done or interrupted; returns how many versions it wrote. A
   * document too small to compress keeps no form, and is looked at again at the next start.
   */
  int fill() throws SQLException {
    int filled = 0;
    UUID afterArticle = null;
    int afterVersion = 0;
    boolean first = true;
    while (!Thread.currentThread().isInterrupted()) {
      List<Row> rows = next(first, afterArticle, afterVersion);
      if (rows.isEmpty()) {
        return filled;
      }
      filled += store(rows);
      Row last = rows.get(rows.size() - 1);
      afterArticle = last.articleId();
      afterVersion = last.version();
      first = false;
    }
    return filled;
  }

  /** The next batch of versions without a stored form, in key order after the last one seen. */
  private List<Row> next(boolean first, UUID afterArticle, int afterVersion) throws SQLException {
    String sql =
        "select article_id, version, document, overdue_document from article_version"
            + " where document_gzip is null and document is not null"
            + (first ? "" : " and (article_id > ? or (article_id = ? and version > ?))")
            + " order by article_id, version limit "
            + BATCH;
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      if (!first) {
        ps.setObject(1, afterArticle);
        ps.setObject(2, afterArticle);
        ps.setInt(3, afterVersion);
      }
      List<Row> rows = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String overdue = rs.getString(4);
          rows.add(
              new Row(
                  rs.getObject(1, UUID.class),
                  rs.getInt(2),
                  rs.getString(3).getBytes(StandardCharsets.UTF_8),
                  overdue == null ? null : overdue.getBytes(StandardCharsets.UTF_8)));
        }
      }
      return rows;
    }
  }

  private int store(List<Row> rows) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "update article_version set document_gzip = ?, overdue_gzip = ?"
                    + " where article_id = ? and version = ? and document is not null"
                    + " and document_gzip is null")) {
      boolean any = false;
      for (Row row : rows) {
        byte[] gzip = Gzip.of(row.document());
        if (gzip == null) {
          continue;
        }
        ps.setBytes(1, gzip);
        ps.setBytes(2, row.overdue() == null ? null : Gzip.of(row.overdue()));
        ps.setObject(3, row.articleId());
        ps.setInt(4, row.version());
        ps.addBatch();
        any = true;
      }
      if (!any) {
        return 0;
      }
      int written = 0;
      for (int count : ps.executeBatch()) {
        written += Math.max(count, 0);
      }
      return written;
    }
  }
}

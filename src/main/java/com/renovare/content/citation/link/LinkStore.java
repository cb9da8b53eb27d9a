package com.renovare.content.citation.link;

import com.renovare.content.citation.CitationChanged;
import com.renovare.content.platform.database.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The {@code citation_link} table in plain SQL that PostgreSQL and H2 both run. Claims lock rows
 * with {@code FOR UPDATE SKIP LOCKED} on PostgreSQL, so instances checking at the same time take
 * different sources, and then mark them with a lease so that no other instance takes them while
 * they are being fetched (no row lock is held during a fetch).
 */
@ApplicationScoped
class LinkStore {

  /** Keys per IN list when many citations are looked up at once. */
  private static final int CHUNK = 500;

  private static final String SELECT_HEALTH =
      "select l.citation_key, l.url, l.state, l.http_status, l.final_url, l.checked_at,"
          + " l.content_hash, l.content_changed_at, l.error, l.consecutive_failures, l.problem"
          + " from citation_link l join citation c on c.citation_key = l.citation_key"
          + " where l.state is not null and c.url = l.url";

  private final DataSource dataSource;
  private final Event<CitationChanged> changes;

  /** Whether the database can skip rows another worker has locked (PostgreSQL; not H2). */
  private volatile Boolean skipLocked;

  LinkStore(DataSource dataSource, Event<CitationChanged> changes) {
    this.dataSource = dataSource;
    this.changes = changes;
  }

  /** A source this instance holds until {@code leaseUntil} and the URL it must check. */
  record Claim(String citationKey, String url) {}

  /** Gives every citation with a URL a row, so that it can be claimed. */
  void addNewSources() {
    alone(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "insert into citation_link (citation_key, consecutive_failures)"
                      + " select c.citation_key, 0 from citation c where c.url is not null"
                      + " and not exists (select 1 from citation_link l"
                      + " where l.citation_key = c.citation_key)")) {
            return ps.executeUpdate();
          }
        });
  }

  /**
   * Claims up to {@code limit} sources that are due: never checked, last checked before {@code
   * checkedBefore}, or checked at a URL the citation no longer holds; and not leased by a checker.
   */
  List<Claim> claimDue(Instant now, Instant checkedBefore, Instant leaseUntil, int limit) {
    return alone(
        c -> {
          List<String> keys = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "select l.citation_key from citation_link l"
                      + " where (l.lease_until is null or l.lease_until < ?)"
                      + " and exists (select 1 from citation c"
                      + " where c.citation_key = l.citation_key and c.url is not null"
                      + " and (l.checked_at is null or l.checked_at < ? or c.url <> l.url))"
                      + " order by l.checked_at nulls first, l.citation_key"
                      + " fetch first ? rows only for update"
                      + (skipLocked(c) ? " skip locked" : ""))) {
            ps.setObject(1, Jdbc.utc(now));
            ps.setObject(2, Jdbc.utc(checkedBefore));
            ps.setInt(3, limit);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                keys.add(rs.getString(1));
              }
            }
          }
          return lease(c, keys, leaseUntil);
        });
  }

  /** Claims one source whatever the age of its last check, unless a checker holds it. */
  List<Claim> claim(String citationKey, Instant now, Instant leaseUntil) {
    return alone(
        c -> {
          List<String> keys = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "select citation_key from citation_link where citation_key = ?"
                      + " and (lease_until is null or lease_until < ?) for update")) {
            ps.setString(1, citationKey);
            ps.setObject(2, Jdbc.utc(now));
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                keys.add(rs.getString(1));
              }
            }
          }
          return lease(c, keys, leaseUntil);
        });
  }

  private static List<Claim> lease(Connection c, List<String> keys, Instant leaseUntil)
      throws SQLException {
    List<Claim> claims = new ArrayList<>();
    try (PreparedStatement lease =
            c.prepareStatement("update citation_link set lease_until = ? where citation_key = ?");
        PreparedStatement url =
            c.prepareStatement("select url from citation where citation_key = ?")) {
      for (String key : keys) {
        url.setString(1, key);
        try (ResultSet rs = url.executeQuery()) {
          if (!rs.next() || rs.getString(1) == null) {
            continue;
          }
          claims.add(new Claim(key, rs.getString(1)));
        }
        lease.setObject(1, Jdbc.utc(leaseUntil));
        lease.setString(2, key);
        lease.executeUpdate();
      }
    }
    return claims;
  }

  /**
   * Stores what a check of {@code claim.url()} found and releases the lease. The content hash is
   * compared with the one of the last successful check of the same URL; a check of a different URL
   * starts the source's history afresh.
   */
  void record(Claim claim, LinkFetcher.Outcome outcome, Instant checkedAt) {
    alone(
        c -> {
          String previousUrl;
          String previousHash;
          OffsetDateTime previousChange;
          int previousFailures;
          try (PreparedStatement ps =
              c.prepareStatement(
                  "select url, content_hash, content_changed_at, consecutive_failures"
                      + " from citation_link where citation_key = ? for update")) {
            ps.setString(1, claim.citationKey());
            try (ResultSet rs = ps.executeQuery()) {
              if (!rs.next()) {
                return null; // the citation was deleted meanwhile
              }
              previousUrl = rs.getString(1);
              previousHash = rs.getString(2);
              previousChange = rs.getObject(3, OffsetDateTime.class);
              previousFailures = rs.getInt(4);
            }
          }
          boolean sameUrl = claim.url().equals(previousUrl);
          String hash = sameUrl ? previousHash : null;
          OffsetDateTime changedAt = sameUrl ? previousChange : null;
          int failures;
          if (outcome.ok()) {
            if (hash != null && !hash.equals(outcome.contentHash())) {
              changedAt = Jdbc.utc(checkedAt);
            }
            hash = outcome.contentHash();
            failures = 0;
          } else {
            failures = sameUrl ? previousFailures + 1 : 1;
          }
          try (PreparedStatement ps =
              c.prepareStatement(
                  "update citation_link set url = ?, state = ?, http_status = ?, final_url = ?,"
                      + " checked_at = ?, content_hash = ?, content_changed_at = ?, error = ?,"
                      + " consecutive_failures = ?, problem = ?, lease_until = null"
                      + " where citation_key = ?")) {
            ps.setString(1, claim.url());
            ps.setString(2, (outcome.ok() ? LinkHealth.State.OK : LinkHealth.State.BROKEN).value());
            ps.setObject(3, outcome.httpStatus());
            ps.setString(4, truncate(outcome.finalUrl(), 4000));
            ps.setObject(5, Jdbc.utc(checkedAt));
            ps.setString(6, hash);
            ps.setObject(7, changedAt);
            ps.setString(8, outcome.error());
            ps.setInt(9, failures);
            ps.setString(10, outcome.problem() == null ? null : outcome.problem().value());
            ps.setString(11, claim.citationKey());
            ps.executeUpdate();
          }
          changes.fire(new CitationChanged(claim.citationKey()));
          return null;
        });
  }

  /** Gives a claim back unchecked (the check could not be made), so a later run takes it. */
  void release(Claim claim) {
    alone(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "update citation_link set lease_until = null where citation_key = ?")) {
            ps.setString(1, claim.citationKey());
            return ps.executeUpdate();
          }
        });
  }

  Map<String, LinkHealth> health(Collection<String> citationKeys) {
    List<String> keys = citationKeys.stream().filter(Objects::nonNull).distinct().toList();
    Map<String, LinkHealth> found = new LinkedHashMap<>();
    for (int from = 0; from < keys.size(); from += CHUNK) {
      List<String> chunk = keys.subList(from, Math.min(keys.size(), from + CHUNK));
      String sql =
          SELECT_HEALTH
              + " and l.citation_key in ("
              + String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"))
              + ")";
      found.putAll(query(sql, chunk));
    }
    return found;
  }

  Map<String, LinkHealth> all() {
    return query(SELECT_HEALTH + " order by l.citation_key", List.of());
  }

  Map<String, LinkHealth> problems() {
    return query(
        SELECT_HEALTH
            + " and (l.state = 'broken' or l.content_changed_at is not null)"
            + " order by l.citation_key",
        List.of());
  }

  private Map<String, LinkHealth> query(String sql, List<String> parameters) {
    return joining(
        c -> {
          Map<String, LinkHealth> found = new LinkedHashMap<>();
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
              ps.setString(i + 1, parameters.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                int status = rs.getInt(4);
                Integer httpStatus = rs.wasNull() ? null : status;
                LinkHealth health =
                    new LinkHealth(
                        rs.getString(1),
                        rs.getString(2),
                        LinkHealth.State.of(rs.getString(3)),
                        httpStatus,
                        rs.getString(5),
                        Jdbc.instant(rs, 6),
                        rs.getString(7),
                        Jdbc.instant(rs, 8),
                        rs.getString(9),
                        rs.getInt(10),
                        health(rs.getString(3), rs.getString(11)));
                found.put(health.citationKey(), health);
              }
            }
          }
          return found;
        });
  }

  private <T> T alone(Jdbc.Work<T> work) {
    return Jdbc.alone(dataSource, work);
  }

  private <T> T joining(Jdbc.Work<T> work) {
    return Jdbc.joining(dataSource, work);
  }

  private boolean skipLocked(Connection c) throws SQLException {
    if (skipLocked == null) {
      skipLocked = c.getMetaData().getDatabaseProductName().equals("PostgreSQL");
    }
    return skipLocked;
  }

  /**
   * The public problem of a broken row; rows checked before problems were kept count as
   * unreachable.
   */
  private static LinkProblem health(String state, String problem) {
    return LinkHealth.State.of(state) == LinkHealth.State.BROKEN ? LinkProblem.of(problem) : null;
  }

  private static String truncate(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }
}

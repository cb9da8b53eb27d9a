package com.renovare.content.publishing;

import com.renovare.content.citation.CitationData;
import com.renovare.content.compliance.ComplianceReport;
import com.renovare.content.platform.http.Gzip;
import com.renovare.content.platform.json.Json;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;
import org.postgresql.PGConnection;

/**
 * Writes the published read model. Runs on the connection of the publishing transaction, so a
 * version becomes visible to delivery exactly when that transaction commits, together with the
 * draft's new version number.
 */
@ApplicationScoped
class ReadModelWriter {

  /** The PostgreSQL notification channel on which publishes and unpublishes are announced. */
  static final String CHANNEL = "content_changed";

  private final EntityManager entityManager;
  private final OwnChanges own;

  ReadModelWriter(EntityManager entityManager, OwnChanges own) {
    this.entityManager = entityManager;
    this.own = own;
  }

  /**
   * What the read model holds of the article before a publish: when it was first published (null
   * before its first version) and whether it is live. One query, read before rendering, so that the
   * write needs no second look.
   */
  record Previous(Instant firstPublishedAt, boolean live) {
    static final Previous NONE = new Previous(null, false);
  }

  Previous previous(UUID articleId) {
    return entityManager
        .unwrap(Session.class)
        .doReturningWork(
            c -> {
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "select first_published_at, state from published_article"
                          + " where article_id = ?")) {
                ps.setObject(1, articleId);
                try (ResultSet rs = ps.executeQuery()) {
                  return rs.next()
                      ? new Previous(
                          rs.getObject(1, OffsetDateTime.class).toInstant(),
                          rs.getString(2).equals("live"))
                      : Previous.NONE;
                }
              }
            });
  }

  Instant firstPublishedAt(UUID articleId) {
    return entityManager
        .unwrap(Session.class)
        .doReturningWork(
            c -> {
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "select first_published_at from published_article where article_id = ?")) {
                ps.setObject(1, articleId);
                try (ResultSet rs = ps.executeQuery()) {
                  return rs.next() ? rs.getObject(1, OffsetDateTime.class).toInstant() : null;
                }
              }
            });
  }

  /**
   * Stores the rendition as the article's next version and makes it current. Returns the kind of
   * change readers see: {@code published} when the article was not live before (its first version,
   * or a return after an unpublish), {@code updated} when it replaces a live version. The change is
   * not recorded yet: the caller records it with {@link #recordChange} as the transaction's last
   * statement, so that the change-log lock is held as briefly as possible.
   */
  ContentChanged.Kind save(
      UUID articleId,
      Previous previous,
      ArticleRenderer.Rendition rendition,
      String publishedBy,
      String byline,
      String changeNote) {
    entityManager.flush();
    ContentChanged.Kind kind =
        rendition.document().version() > 1 && previous.live()
            ? ContentChanged.Kind.UPDATED
            : ContentChanged.Kind.PUBLISHED;
    entityManager
        .unwrap(Session.class)
        .doWork(
            c -> {
              if (postgres(c)) {
                writeInOneStatement(c, articleId, rendition, publishedBy, byline, changeNote);
              } else {
                write(c, articleId, rendition, publishedBy, byline, changeNote);
              }
            });
    return kind;
  }

  /**
   * Appends the change to the change log and announces it to the other instances: call it last in
   * the transaction, since from here on every other publish waits for its commit.
   */
  void recordChange(ContentChanged change, UUID articleId) {
    entityManager.flush();
    entityManager
        .unwrap(Session.class)
        .doWork(
            c ->
                recordChange(
                    c,
                    articleId,
                    change.slug(),
                    change.version(),
                    change.kind(),
                    utc(change.at())));
  }

  /**
   * The compliance report a version was published with; empty for an unknown or redacted version
   * (the report quotes the content, so redaction deletes it).
   */
  Optional<ComplianceReport> complianceReport(UUID articleId, int version) {
    return entityManager
        .unwrap(Session.class)
        .doReturningWork(
            c -> {
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "select compliance_report from article_version where article_id = ?"
                          + " and version = ? and redacted_at is null")) {
                ps.setObject(1, articleId);
                ps.setInt(2, version);
                try (ResultSet rs = ps.executeQuery()) {
                  if (!rs.next()) {
                    return Optional.empty();
                  }
                  String json = rs.getString(1);
                  // Versions published before reports were kept were checked against nothing.
                  return Optional.of(
                      json == null
                          ? new ComplianceReport(List.of())
                          : Json.read(json, ComplianceReport.class));
                }
              }
            });
  }

  /** Takes the article out of delivery's current view; its versions stay. */
  void withdraw(UUID articleId, String slug, int version, Instant at) {
    entityManager.flush();
    entityManager
        .unwrap(Session.class)
        .doWork(
            c -> {
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "update published_article set state = 'withdrawn' where article_id = ?")) {
                ps.setObject(1, articleId);
                ps.executeUpdate();
              }
              recordChange(c, articleId, slug, version, ContentChanged.Kind.UNPUBLISHED, utc(at));
            });
  }

  /** Versions of the article that were published and are not redacted, ascending. */
  List<Integer> unredactedVersions(UUID articleId) {
    return entityManager
        .unwrap(Session.class)
        .doReturningWork(
            c -> {
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "select version from article_version where article_id = ? and redacted_at"
                          + " is null order by version")) {
                ps.setObject(1, articleId);
                try (ResultSet rs = ps.executeQuery()) {
                  List<Integer> versions = new ArrayList<>();
                  while (rs.next()) {
                    versions.add(rs.getInt(1));
                  }
                  return versions;
                }
              }
            });
  }

  /**
   * Deletes the rendered content of the versions, keeping the version numbers with when, by whom
   * and why they were redacted, and returns the purge keys they were served with. When {@code
   * currentTakenDown}, the article also leaves every read model delivery lists from (its list
   * entry, topics, products and citations) and is withdrawn; the change log then records an
   * unpublish, otherwise a redaction. Either way every instance drops its cached copies.
   */
  List<String> redact(
      UUID articleId,
      String slug,
      List<Integer> versions,
      boolean currentTakenDown,
      String by,
      String reason,
      Instant at) {
    entityManager.flush();
    return entityManager
        .unwrap(Session.class)
        .doReturningWork(
            c -> {
              Set<String> keys = new LinkedHashSet<>();
              for (int version : versions) {
                try (PreparedStatement ps =
                    c.prepareStatement(
                        "select surrogate_keys from article_version where article_id = ? and"
                            + " version = ?")) {
                  ps.setObject(1, articleId);
                  ps.setInt(2, version);
                  try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next() && rs.getString(1) != null && !rs.getString(1).isBlank()) {
                      keys.addAll(List.of(rs.getString(1).split(" ")));
                    }
                  }
                }
                try (PreparedStatement ps =
                    c.prepareStatement(
                        "update article_version set document = null, etag = null,"
                            + " document_gzip = null, overdue_document = null,"
                            + " overdue_gzip = null, overdue_etag = null, review_overdue_at"
                            + " = null, compliance_report = null, change_note = '',"
                            + " redacted_at = ?, redacted_by = ?, redaction_reason = ?"
                            + " where article_id = ? and version = ?")) {
                  ps.setObject(1, utc(at));
                  ps.setString(2, by);
                  ps.setString(3, reason);
                  ps.setObject(4, articleId);
                  ps.setInt(5, version);
                  ps.executeUpdate();
                }
                try (PreparedStatement ps =
                    c.prepareStatement(
                        "delete from article_version_section where article_id = ? and version"
                            + " = ?")) {
                  ps.setObject(1, articleId);
                  ps.setInt(2, version);
                  ps.executeUpdate();
                }
              }
              ContentChanged.Kind kind = ContentChanged.Kind.REDACTED;
              if (currentTakenDown) {
                if (wasLive(c, articleId)) {
                  kind = ContentChanged.Kind.UNPUBLISHED;
                }
                // The list entry is the current version's title and summary: gone with it.
                try (PreparedStatement ps =
                    c.prepareStatement(
                        "update published_article set state = 'withdrawn', summary_document ="
                            + " '{}', reviewed_at = null, next_review_due = null"
                            + " where article_id = ?")) {
                  ps.setObject(1, articleId);
                  ps.executeUpdate();
                }
                replace(
                    c, "delete from published_article_citation where article_id = ?", articleId);
                replace(c, "delete from published_article_topic where article_id = ?", articleId);
                replace(c, "delete from published_article_product where article_id = ?", articleId);
              }
              recordChange(c, articleId, slug, versions.get(versions.size() - 1), kind, utc(at));
              return List.copyOf(keys);
            });
  }

  /**
   * The write of {@link #save} in one statement and one round trip, on PostgreSQL: the version, its
   * sections, the list entry and the rows delivery filters by. Rows of the filter tables that stay
   * are left alone; only those that go are deleted and only new ones inserted.
   */
  private static void writeInOneStatement(
      Connection c,
      UUID articleId,
      ArticleRenderer.Rendition r,
      String publishedBy,
      String byline,
      String changeNote)
      throws SQLException {
    ArticleDocument doc = r.document();
    OffsetDateTime publishedAt = utc(doc.publishedAt());
    String listEntry =
        doc.version() == 1
            ? "insert into published_article (slug, locale, current_version, state,"
                + " first_published_at, last_published_at, summary_document, reviewed_at,"
                + " next_review_due, article_id) values (?, ?, ?, 'live', ?, ?, ?, ?, ?, ?)"
            : "update published_article set slug = ?, locale = ?, current_version = ?,"
                + " state = 'live', first_published_at = ?, last_published_at = ?,"
                + " summary_document = ?, reviewed_at = ?, next_review_due = ?"
                + " where article_id = ?";
    String sql =
        "with version_row as (insert into article_version (article_id, version, document, etag,"
            + " published_at, published_by, change_note, surrogate_keys, compliance_report,"
            + " overdue_document, overdue_etag, review_overdue_at, published_byline,"
            + " document_gzip, overdue_gzip) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)),"
            + " section_rows as (insert into article_version_section (article_id, version,"
            + " section_key, document, etag) select ?, ?, s.k, s.d, s.e from"
            + " unnest(cast(? as varchar[]), cast(? as text[]), cast(? as varchar[])) as s(k, d, e)),"
            + " list_entry as ("
            + listEntry
            + "), citations_gone as (delete from published_article_citation where article_id = ?"
            + " and citation_key <> all(cast(? as varchar[]))),"
            + " citations_added as (insert into published_article_citation (article_id,"
            + " citation_key) select ?, k from unnest(cast(? as varchar[])) as k"
            + " on conflict do nothing),"
            + " topics_gone as (delete from published_article_topic where article_id = ?"
            + " and topic <> all(cast(? as varchar[]))),"
            + " topics_added as (insert into published_article_topic (article_id, topic)"
            + " select ?, t from unnest(cast(? as varchar[])) as t on conflict do nothing),"
            + " products_gone as (delete from published_article_product where article_id = ?"
            + " and position <> all(cast(? as integer[]))),"
            + " products_set as (insert into published_article_product (article_id, position, sku,"
            + " section_key, role) select ?, l.p, l.s, l.k, l.r from unnest(cast(? as integer[]),"
            + " cast(? as varchar[]), cast(? as varchar[]), cast(? as varchar[])) as l(p, s, k, r)"
            + " on conflict (article_id, position) do update set sku = excluded.sku,"
            + " section_key = excluded.section_key, role = excluded.role)"
            + " select 1";
    List<String> sectionKeys = new ArrayList<>();
    List<String> sectionDocuments = new ArrayList<>();
    List<String> sectionEtags = new ArrayList<>();
    for (Map.Entry<String, ArticleRenderer.Rendered> section : r.sections().entrySet()) {
      sectionKeys.add(section.getKey());
      sectionDocuments.add(text(section.getValue().bytes()));
      sectionEtags.add(section.getValue().etag());
    }
    String[] citations = doc.citations().stream().map(CitationData::key).toArray(String[]::new);
    String[] topics = doc.topics().toArray(String[]::new);
    List<ArticleDocument.ProductLinkDocument> links = doc.productLinks();
    Integer[] positions =
        links.stream().map(ArticleDocument.ProductLinkDocument::position).toArray(Integer[]::new);
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      int i = 0;
      ps.setObject(++i, articleId);
      ps.setInt(++i, doc.version());
      ps.setString(++i, text(r.article().bytes()));
      ps.setString(++i, r.article().etag());
      ps.setObject(++i, publishedAt);
      ps.setString(++i, publishedBy);
      ps.setString(++i, changeNote);
      ps.setString(++i, String.join(" ", r.surrogateKeys()));
      ps.setString(++i, Json.string(r.compliance()));
      ArticleRenderer.Overdue overdue = r.overdue();
      ps.setString(++i, overdue == null ? null : text(overdue.article().bytes()));
      ps.setString(++i, overdue == null ? null : overdue.article().etag());
      ps.setObject(++i, overdue == null ? null : utc(overdue.from()));
      ps.setString(++i, byline);
      ps.setBytes(++i, Gzip.of(r.article().bytes()));
      ps.setBytes(++i, overdue == null ? null : Gzip.of(overdue.article().bytes()));

      ps.setObject(++i, articleId);
      ps.setInt(++i, doc.version());
      ps.setArray(++i, c.createArrayOf("varchar", sectionKeys.toArray()));
      ps.setArray(++i, c.createArrayOf("text", sectionDocuments.toArray()));
      ps.setArray(++i, c.createArrayOf("varchar", sectionEtags.toArray()));

      ps.setString(++i, doc.slug());
      ps.setString(++i, doc.locale());
      ps.setInt(++i, doc.version());
      ps.setObject(++i, utc(doc.firstPublishedAt()));
      ps.setObject(++i, publishedAt);
      ps.setString(++i, text(r.summaryJson()));
      ps.setObject(++i, doc.review() == null ? null : doc.review().reviewedAt());
      ps.setObject(++i, doc.review() == null ? null : doc.review().nextReviewDue());
      ps.setObject(++i, articleId);

      ps.setObject(++i, articleId);
      ps.setArray(++i, c.createArrayOf("varchar", citations));
      ps.setObject(++i, articleId);
      ps.setArray(++i, c.createArrayOf("varchar", citations));

      ps.setObject(++i, articleId);
      ps.setArray(++i, c.createArrayOf("varchar", topics));
      ps.setObject(++i, articleId);
      ps.setArray(++i, c.createArrayOf("varchar", topics));

      ps.setObject(++i, articleId);
      ps.setArray(++i, c.createArrayOf("int4", positions));
      ps.setObject(++i, articleId);
      ps.setArray(++i, c.createArrayOf("int4", positions));
      ps.setArray(
          ++i,
          c.createArrayOf(
              "varchar", links.stream().map(ArticleDocument.ProductLinkDocument::sku).toArray()));
      ps.setArray(
          ++i,
          c.createArrayOf(
              "varchar",
              links.stream().map(ArticleDocument.ProductLinkDocument::section).toArray()));
      ps.setArray(
          ++i,
          c.createArrayOf(
              "varchar", links.stream().map(ArticleDocument.ProductLinkDocument::role).toArray()));
      ps.executeQuery().close();
    }
  }

  /** The write of {@link #save} statement by statement, for databases other than PostgreSQL. */
  private static void write(
      Connection c,
      UUID articleId,
      ArticleRenderer.Rendition r,
      String publishedBy,
      String byline,
      String changeNote)
      throws SQLException {
    ArticleDocument doc = r.document();
    OffsetDateTime publishedAt = utc(doc.publishedAt());
    try (PreparedStatement ps =
        c.prepareStatement(
            "insert into article_version (article_id, version, document, etag, published_at,"
                + " published_by, change_note, surrogate_keys, compliance_report,"
                + " overdue_document, overdue_etag, review_overdue_at, published_byline,"
                + " document_gzip, overdue_gzip) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?)")) {
      ps.setObject(1, articleId);
      ps.setInt(2, doc.version());
      ps.setString(3, text(r.article().bytes()));
      ps.setString(4, r.article().etag());
      ps.setObject(5, publishedAt);
      ps.setString(6, publishedBy);
      ps.setString(7, changeNote);
      ps.setString(8, String.join(" ", r.surrogateKeys()));
      ps.setString(9, Json.string(r.compliance()));
      ArticleRenderer.Overdue overdue = r.overdue();
      ps.setString(10, overdue == null ? null : text(overdue.article().bytes()));
      ps.setString(11, overdue == null ? null : overdue.article().etag());
      ps.setObject(12, overdue == null ? null : utc(overdue.from()));
      ps.setString(13, byline);
      ps.setBytes(14, Gzip.of(r.article().bytes()));
      ps.setBytes(15, overdue == null ? null : Gzip.of(overdue.article().bytes()));
      ps.executeUpdate();
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "insert into article_version_section (article_id, version, section_key, document,"
                + " etag) values (?, ?, ?, ?, ?)")) {
      for (Map.Entry<String, ArticleRenderer.Rendered> section : r.sections().entrySet()) {
        ps.setObject(1, articleId);
        ps.setInt(2, doc.version());
        ps.setString(3, section.getKey());
        ps.setString(4, text(section.getValue().bytes()));
        ps.setString(5, section.getValue().etag());
        ps.addBatch();
      }
      ps.executeBatch();
    }

    String sql =
        doc.version() == 1
            ? "insert into published_article (slug, locale, current_version, state,"
                + " first_published_at, last_published_at, summary_document, reviewed_at,"
                + " next_review_due, article_id) values (?, ?, ?, 'live', ?, ?, ?, ?, ?, ?)"
            : "update published_article set slug = ?, locale = ?, current_version = ?,"
                + " state = 'live', first_published_at = ?, last_published_at = ?,"
                + " summary_document = ?, reviewed_at = ?, next_review_due = ?"
                + " where article_id = ?";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, doc.slug());
      ps.setString(2, doc.locale());
      ps.setInt(3, doc.version());
      ps.setObject(4, utc(doc.firstPublishedAt()));
      ps.setObject(5, publishedAt);
      ps.setString(6, text(r.summaryJson()));
      ps.setObject(7, doc.review() == null ? null : doc.review().reviewedAt());
      ps.setObject(8, doc.review() == null ? null : doc.review().nextReviewDue());
      ps.setObject(9, articleId);
      ps.executeUpdate();
    }

    replace(c, "delete from published_article_citation where article_id = ?", articleId);
    try (PreparedStatement ps =
        c.prepareStatement(
            "insert into published_article_citation (article_id, citation_key) values (?, ?)")) {
      for (CitationData citation : doc.citations()) {
        ps.setObject(1, articleId);
        ps.setString(2, citation.key());
        ps.addBatch();
      }
      ps.executeBatch();
    }

    replace(c, "delete from published_article_topic where article_id = ?", articleId);
    try (PreparedStatement ps =
        c.prepareStatement(
            "insert into published_article_topic (article_id, topic) values (?, ?)")) {
      for (String topic : doc.topics()) {
        ps.setObject(1, articleId);
        ps.setString(2, topic);
        ps.addBatch();
      }
      ps.executeBatch();
    }

    replace(c, "delete from published_article_product where article_id = ?", articleId);
    try (PreparedStatement ps =
        c.prepareStatement(
            "insert into published_article_product (article_id, position, sku, section_key, role)"
                + " values (?, ?, ?, ?, ?)")) {
      for (ArticleDocument.ProductLinkDocument link : doc.productLinks()) {
        ps.setObject(1, articleId);
        ps.setInt(2, link.position());
        ps.setString(3, link.sku());
        ps.setString(4, link.section());
        ps.setString(5, link.role());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private static boolean wasLive(Connection c, UUID articleId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("select state from published_article where article_id = ?")) {
      ps.setObject(1, articleId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() && rs.getString(1).equals("live");
      }
    }
  }

  /**
   * Appends the change to content_change and, on PostgreSQL, notifies the other instances. Both
   * happen in the publishing transaction: the notification is delivered when it commits, never
   * before, and not at all if it rolls back. The change-log lock, held until that commit, hands out
   * sequence numbers in commit order, which the change feed's readers rely on.
   */
  private void recordChange(
      Connection c,
      UUID articleId,
      String slug,
      int version,
      ContentChanged.Kind kind,
      OffsetDateTime at)
      throws SQLException {
    if (postgres(c)) {
      // Lock, append and notify in one round trip: the insert reads from the lock, so it runs
      // only once the lock is held.
      try (PreparedStatement ps =
          c.prepareStatement(
              "with lock as (select id from content_change_lock where id = 1 for update),"
                  + " change as (insert into content_change (article_id, slug, version, kind, at)"
                  + " select ?, ?, ?, ?, ? from lock returning seq)"
                  + " select seq, pg_notify(?, ?) from change")) {
        ps.setObject(1, articleId);
        ps.setString(2, slug);
        ps.setInt(3, version);
        ps.setString(4, kind.wireName());
        ps.setObject(5, at);
        ps.setString(6, CHANNEL);
        ps.setString(7, slug);
        try (ResultSet rs = ps.executeQuery()) {
          if (rs.next()) {
            own.recorded(c.unwrap(PGConnection.class).getBackendPID(), slug, rs.getLong(1));
          }
        }
      }
      return;
    }
    try (PreparedStatement ps =
        c.prepareStatement("select id from content_change_lock where id = 1 for update")) {
      ps.executeQuery().close();
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "insert into content_change (article_id, slug, version, kind, at) values (?, ?, ?, ?, ?)")) {
      ps.setObject(1, articleId);
      ps.setString(2, slug);
      ps.setInt(3, version);
      ps.setString(4, kind.wireName());
      ps.setObject(5, at);
      ps.executeUpdate();
    }
  }

  private static boolean postgres(Connection c) throws SQLException {
    return c.getMetaData().getDatabaseProductName().equals("PostgreSQL");
  }

  private static void replace(Connection c, String delete, UUID articleId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(delete)) {
      ps.setObject(1, articleId);
      ps.executeUpdate();
    }
  }

  private static String text(byte[] utf8) {
    return new String(utf8, StandardCharsets.UTF_8);
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}

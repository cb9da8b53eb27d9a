package com.renovare.content.publishing;

import com.renovare.content.platform.database.DatabaseStatus;
import com.renovare.content.platform.problem.ApiProblem;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Reads of the published read model, for delivery. Plain SQL over the stored documents: no draft
 * table is touched and no entity graph is built. Each method is one short query on its own
 * connection.
 */
@ApplicationScoped
public class PublishedContent {

  private static final Logger LOG = Logger.getLogger(PublishedContent.class);
  private static final String LIVE = "state = 'live'";

  private final DataSource dataSource;
  private final DatabaseStatus database;

  /** Whether text columns can be read as raw UTF-8 bytes; learnt from the first read. */
  private volatile Boolean rawText;

  PublishedContent(DataSource dataSource, DatabaseStatus database) {
    this.dataSource = dataSource;
    this.database = database;
  }

  /**
   * Stored bytes with the ETag computed when they were rendered, and their gzip form as publishing
   * stored it (null for a version stored before gzip forms were kept, until the background fill
   * reaches it, or for a document too small to compress).
   */
  public record StoredDocument(
      byte[] bytes, byte[] gzip, String etag, int version, List<String> surrogateKeys) {}

  /**
   * The current version of an article: as published and, when its review falls due later, as served
   * from then on.
   */
  public record CurrentDocument(StoredDocument published, Overdue overdue) {

    /** The document to serve at {@code now}. */
    public StoredDocument at(Instant now) {
      return overdue == null || now.isBefore(overdue.from())
          ? published
          : new StoredDocument(
              overdue.bytes(),
              overdue.gzip(),
              overdue.etag(),
              published.version(),
              published.surrogateKeys());
    }

    /** Until when {@link #at} keeps giving the same document; null for ever. */
    public Instant sameUntil(Instant now) {
      return overdue == null || !now.isBefore(overdue.from()) ? null : overdue.from();
    }
  }

  /** The document with its review shown as overdue, served from {@code from} on. */
  public record Overdue(Instant from, byte[] bytes, byte[] gzip, String etag) {}

  /** One row of an article's version history; {@code redaction} is null unless it was redacted. */
  public record VersionRow(
      int version,
      Instant publishedAt,
      String publishedBy,
      String byline,
      String changeNote,
      RedactionRow redaction) {}

  /** A published article's list entry with its sort key. */
  public record SummaryRow(String summaryJson, Instant firstPublishedAt, String slug) {}

  /** Where a published article links a product. */
  public record Placement(String section, String role) {}

  /** Position in a list ordered newest first by first publication, then by slug. */
  public record ListPosition(Instant firstPublishedAt, String slug) {}

  /** Filters of the article list; null means not filtered. */
  public record ListFilter(String topic, String sku, String locale) {}

  public Optional<CurrentDocument> current(String slug) {
    return query(
        "select v.document, v.etag, v.version, v.surrogate_keys, v.overdue_document,"
            + " v.overdue_etag, v.review_overdue_at, v.document_gzip, v.overdue_gzip"
            + " from published_article p join"
            + " article_version v on v.article_id = p.article_id and v.version = p.current_version"
            + " where p.slug = ? and v.redacted_at is null and p."
            + LIVE,
        rs -> {
          if (!rs.next()) {
            return Optional.empty();
          }
          StoredDocument published =
              new StoredDocument(
                  utf8(rs, 1),
                  rs.getBytes(8),
                  rs.getString(2),
                  rs.getInt(3),
                  keys(rs.getString(4)));
          Overdue overdue =
              rs.getString(6) == null
                  ? null
                  : new Overdue(instant(rs, 7), utf8(rs, 5), rs.getBytes(9), rs.getString(6));
          return Optional.of(new CurrentDocument(published, overdue));
        },
        slug);
  }

  public Optional<StoredDocument> version(String slug, int version) {
    return document(
        "select v.document, v.etag, v.version, v.surrogate_keys, v.document_gzip from"
            + " published_article p join article_version v on v.article_id = p.article_id"
            + " where p.slug = ? and v.version = ?"
            + " and v.redacted_at is null",
        slug,
        version);
  }

  /** When and why a version was redacted (a legal or medical takedown). */
  public record RedactionRow(Instant at, String reason) {}

  /** The redaction of the version; empty when it is not redacted or does not exist. */
  public Optional<RedactionRow> redaction(String slug, int version) {
    return redactionWhere("v.version = ?", slug, version);
  }

  /** The redaction of the article's current version, if it was redacted. */
  public Optional<RedactionRow> currentRedaction(String slug) {
    return redactionWhere("v.version = p.current_version", slug);
  }

  private Optional<RedactionRow> redactionWhere(String condition, Object... args) {
    return query(
        "select v.redacted_at, v.redaction_reason from published_article p join article_version v"
            + " on v.article_id = p.article_id where p.slug = ? and v.redacted_at is not null and "
            + condition,
        rs ->
            rs.next()
                ? Optional.of(new RedactionRow(instant(rs, 1), rs.getString(2)))
                : Optional.empty(),
        args);
  }

  public Optional<StoredDocument> currentSection(String slug, String key) {
    return document(
        "select s.document, s.etag, s.version, v.surrogate_keys, null from published_article p"
            + " join article_version_section s on s.article_id = p.article_id and s.version ="
            + " p.current_version join article_version v on v.article_id = s.article_id and"
            + " v.version = s.version where p.slug = ? and s.section_key = ? and p."
            + LIVE,
        slug,
        key);
  }

  /**
   * Where an article stands in the lists: whether it is live, and the locale, first publication,
   * topics and linked SKUs its list entry is filtered and ordered by.
   */
  public record Listing(
      boolean live, String locale, Instant firstPublishedAt, Set<String> topics, Set<String> skus) {
    public static final Listing ABSENT = new Listing(false, null, null, Set.of(), Set.of());
  }

  /** Where the article stands in the lists now; {@link Listing#ABSENT} when never published. */
  public Listing listing(String slug) {
    return query(
        "select p.state, p.locale, p.first_published_at, 't', t.topic from published_article p"
            + " join published_article_topic t on t.article_id = p.article_id where p.slug = ?"
            + " union all select p.state, p.locale, p.first_published_at, 'p', l.sku from"
            + " published_article p join published_article_product l on l.article_id ="
            + " p.article_id where p.slug = ? union all select p.state, p.locale,"
            + " p.first_published_at, '-', null from published_article p where p.slug = ?",
        rs -> {
          boolean found = false;
          boolean live = false;
          String locale = null;
          Instant first = null;
          Set<String> topics = new HashSet<>();
          Set<String> skus = new HashSet<>();
          while (rs.next()) {
            found = true;
            live = rs.getString(1).equals("live");
            locale = rs.getString(2);
            first = instant(rs, 3);
            switch (rs.getString(4)) {
              case "t" -> topics.add(rs.getString(5));
              case "p" -> skus.add(rs.getString(5));
              default -> {}
            }
          }
          return found
              ? new Listing(live, locale, first, Set.copyOf(topics), Set.copyOf(skus))
              : Listing.ABSENT;
        },
        slug,
        slug,
        slug);
  }

  /** Whether the slug names an article that has been published at least once. */
  public boolean everPublished(String slug) {
    return query("select 1 from published_article where slug = ?", rs -> rs.next(), slug);
  }

  /** Whether the slug names an article readers can see now. */
  public boolean live(String slug) {
    return query(
        "select 1 from published_article where slug = ? and " + LIVE, rs -> rs.next(), slug);
  }

  /**
   * Whether the current version of a live article cites the citation: what makes a citation public.
   * A citation only a draft, a withdrawn article or a past version names stays unseen.
   */
  public boolean citedLive(String citationKey) {
    return query(
        "select 1 from published_article_citation c join published_article p"
            + " on p.article_id = c.article_id where c.citation_key = ? and p."
            + LIVE,
        rs -> rs.next(),
        citationKey);
  }

  /** Ids of the live articles that link the SKU. */
  public List<UUID> liveArticlesLinking(String sku) {
    return query(
        "select distinct p.article_id from published_article p join published_article_product l"
            + " on l.article_id = p.article_id where l.sku = ? and p."
            + LIVE,
        rs -> {
          List<UUID> ids = new ArrayList<>();
          while (rs.next()) {
            ids.add(rs.getObject(1, UUID.class));
          }
          return ids;
        },
        sku);
  }

  /** Versions newest first, those below {@code before} when given, at most {@code limit}. */
  public List<VersionRow> versions(String slug, Integer before, int limit) {
    return query(
        "select v.version, v.published_at, v.published_by, v.published_byline, v.change_note,"
            + " v.redacted_at, v.redaction_reason from published_article p"
            + " join article_version v on v.article_id = p.article_id where p.slug = ?"
            + " and v.version < ? order by v.version desc fetch first ? rows only",
        rs -> {
          List<VersionRow> rows = new ArrayList<>();
          while (rs.next()) {
            rows.add(
                new VersionRow(
                    rs.getInt(1),
                    instant(rs, 2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getObject(6) == null
                        ? null
                        : new RedactionRow(instant(rs, 6), rs.getString(7))));
          }
          return rows;
        },
        slug,
        before == null ? Integer.MAX_VALUE : before,
        limit);
  }

  /** Live articles matching the filter, after {@code after}, at most {@code limit}. */
  public List<SummaryRow> summaries(ListFilter filter, ListPosition after, int limit) {
    StringBuilder sql =
        new StringBuilder(
            "select p.summary_document, p.first_published_at, p.slug from published_article p"
                + " where p."
                + LIVE);
    List<Object> args = new ArrayList<>();
    if (filter.locale() != null) {
      sql.append(" and p.locale = ?");
      args.add(filter.locale());
    }
    if (filter.topic() != null) {
      sql.append(
          " and exists (select 1 from published_article_topic t where t.article_id ="
              + " p.article_id and t.topic = ?)");
      args.add(filter.topic());
    }
    if (filter.sku() != null) {
      sql.append(
          " and exists (select 1 from published_article_product l where l.article_id ="
              + " p.article_id and l.sku = ?)");
      args.add(filter.sku());
    }
    appendAfter(sql, args, after);
    sql.append(" order by p.first_published_at desc, p.slug fetch first ? rows only");
    args.add(limit);
    return query(
        sql.toString(),
        rs -> {
          List<SummaryRow> rows = new ArrayList<>();
          while (rs.next()) {
            rows.add(summary(rs));
          }
          return rows;
        },
        args.toArray());
  }

  /**
   * For each slug, the places its live article links the SKU, in link order. Articles that do not
   * link it are absent.
   */
  public Map<String, List<Placement>> placements(String sku, List<String> slugs) {
    if (slugs.isEmpty()) {
      return Map.of();
    }
    String in = String.join(", ", Collections.nCopies(slugs.size(), "?"));
    List<Object> args = new ArrayList<>();
    args.add(sku);
    args.addAll(slugs);
    return query(
        "select p.slug, l.section_key, l.role from published_article_product l join"
            + " published_article p on p.article_id = l.article_id where l.sku = ? and p.slug in ("
            + in
            + ") order by l.position",
        rs -> {
          Map<String, List<Placement>> placements = new LinkedHashMap<>();
          while (rs.next()) {
            placements
                .computeIfAbsent(rs.getString(1), s -> new ArrayList<>())
                .add(new Placement(rs.getString(2), rs.getString(3)));
          }
          return placements;
        },
        args.toArray());
  }

  private static void appendAfter(StringBuilder sql, List<Object> args, ListPosition after) {
    if (after != null) {
      OffsetDateTime at = after.firstPublishedAt().atOffset(ZoneOffset.UTC);
      sql.append(" and (p.first_published_at < ? or (p.first_published_at = ? and p.slug > ?))");
      args.add(at);
      args.add(at);
      args.add(after.slug());
    }
  }

  /** The sequence number of the latest change readers can see; 0 before any. */
  public long latestChange() {
    return query(
        "select coalesce(max(seq), 0) from content_change", rs -> rs.next() ? rs.getLong(1) : 0L);
  }

  /**
   * Slugs changed after {@code seq}, their sequence numbers in the same order, and the sequence
   * number they bring the reader up to.
   */
  public record Changes(long upTo, List<String> slugs, List<Long> seqs) {}

  public Changes changesSince(long seq) {
    return query(
        "select seq, slug from content_change where seq > ? order by seq",
        rs -> {
          long upTo = seq;
          List<String> slugs = new ArrayList<>();
          List<Long> seqs = new ArrayList<>();
          while (rs.next()) {
            upTo = rs.getLong(1);
            seqs.add(upTo);
            slugs.add(rs.getString(2));
          }
          return new Changes(upTo, slugs, seqs);
        },
        seq);
  }

  /** A live article the re-review list considers, with the problem sources it cites. */
  public record ReviewRow(
      UUID articleId,
      String slug,
      String summaryJson,
      LocalDate reviewedAt,
      LocalDate nextReviewDue,
      List<String> problemCitations) {}

  /**
   * Live articles, after {@code afterSlug} in slug order, at most {@code limit}, that are not
   * reviewed, whose review was due before {@code today}, that cite one of {@code brokenKeys}, or
   * that cite a key of {@code changedOn} whose content changed on or after the day of their review.
   */
  public List<ReviewRow> reviewCandidates(
      LocalDate today,
      Collection<String> brokenKeys,
      Map<String, LocalDate> changedOn,
      String afterSlug,
      int limit) {
    StringBuilder sql =
        new StringBuilder(
            "select p.article_id, p.slug, p.summary_document, p.reviewed_at, p.next_review_due"
                + " from published_article p where p."
                + LIVE
                + " and p.slug > ? and (p.reviewed_at is null or p.next_review_due < ?");
    List<Object> args = new ArrayList<>(List.of(afterSlug == null ? "" : afterSlug, today));
    List<String> sourceConditions = new ArrayList<>();
    if (!brokenKeys.isEmpty()) {
      sourceConditions.add(
          "c.citation_key in ("
              + String.join(", ", Collections.nCopies(brokenKeys.size(), "?"))
              + ")");
      args.addAll(brokenKeys);
    }
    for (Map.Entry<String, LocalDate> changed : changedOn.entrySet()) {
      sourceConditions.add("(c.citation_key = ? and p.reviewed_at <= ?)");
      args.add(changed.getKey());
      args.add(changed.getValue());
    }
    if (!sourceConditions.isEmpty()) {
      sql.append(
              " or exists (select 1 from published_article_citation c where c.article_id ="
                  + " p.article_id and (")
          .append(String.join(" or ", sourceConditions))
          .append("))");
    }
    sql.append(") order by p.slug fetch first ? rows only");
    args.add(limit);
    List<ReviewRow> rows =
        query(
            sql.toString(),
            rs -> {
              List<ReviewRow> found = new ArrayList<>();
              while (rs.next()) {
                found.add(
                    new ReviewRow(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalDate.class),
                        List.of()));
              }
              return found;
            },
            args.toArray());
    Set<String> problems = new HashSet<>(brokenKeys);
    problems.addAll(changedOn.keySet());
    if (rows.isEmpty() || problems.isEmpty()) {
      return rows;
    }
    Map<UUID, List<String>> cited = citedAmong(rows, problems);
    return rows.stream()
        .map(
            r ->
                new ReviewRow(
                    r.articleId(),
                    r.slug(),
                    r.summaryJson(),
                    r.reviewedAt(),
                    r.nextReviewDue(),
                    cited.getOrDefault(r.articleId(), List.of())))
        .toList();
  }

  /** For each of the rows' articles, the keys among {@code keys} that it cites, in key order. */
  private Map<UUID, List<String>> citedAmong(List<ReviewRow> rows, Set<String> keys) {
    List<Object> args = new ArrayList<>();
    rows.forEach(r -> args.add(r.articleId()));
    args.addAll(keys);
    return query(
        "select article_id, citation_key from published_article_citation where article_id in ("
            + String.join(", ", Collections.nCopies(rows.size(), "?"))
            + ") and citation_key in ("
            + String.join(", ", Collections.nCopies(keys.size(), "?"))
            + ") order by citation_key",
        rs -> {
          Map<UUID, List<String>> cited = new HashMap<>();
          while (rs.next()) {
            cited
                .computeIfAbsent(rs.getObject(1, UUID.class), id -> new ArrayList<>())
                .add(rs.getString(2));
          }
          return cited;
        },
        args.toArray());
  }

  /**
   * One entry of the change feed: what happened to which article, and where it stands in it; {@code
   * redacted} when the version it names has been redacted since.
   */
  public record FeedEntry(
      long seq, String kind, String slug, int version, Instant at, boolean redacted) {}

  /**
   * Up to {@code limit} changes after {@code seq}, oldest first. Sequence numbers are handed out in
   * commit order (see ReadModelWriter), so nothing can later appear before the last one read. A
   * redaction of a version that was not live changes nothing a reader lists and is not an entry of
   * its own; the entries naming a redacted version say so.
   */
  public List<FeedEntry> feed(long seq, int limit) {
    return query(
        "select c.seq, c.kind, c.slug, c.version, c.at, v.redacted_at from content_change c left"
            + " join article_version v on v.article_id = c.article_id and v.version = c.version"
            + " where c.seq > ? and c.kind <> 'redacted' order by c.seq fetch first ? rows only",
        rs -> {
          List<FeedEntry> entries = new ArrayList<>();
          while (rs.next()) {
            entries.add(
                new FeedEntry(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getInt(4),
                    instant(rs, 5),
                    rs.getObject(6) != null));
          }
          return entries;
        },
        seq,
        limit);
  }

  private static List<String> keys(String joined) {
    return joined == null || joined.isBlank() ? List.of() : List.of(joined.split(" "));
  }

  private static SummaryRow summary(ResultSet rs) throws SQLException {
    return new SummaryRow(rs.getString(1), instant(rs, 2), rs.getString(3));
  }

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    return rs.getObject(column, OffsetDateTime.class).toInstant();
  }

  private Optional<StoredDocument> document(String sql, Object... args) {
    return query(
        sql,
        rs ->
            rs.next()
                ? Optional.of(
                    new StoredDocument(
                        utf8(rs, 1),
                        rs.getBytes(5),
                        rs.getString(2),
                        rs.getInt(3),
                        keys(rs.getString(4))))
                : Optional.empty(),
        args);
  }

  /**
   * A text column as UTF-8 bytes. PostgreSQL's driver hands over the bytes the server sent (UTF-8
   * text) without decoding them into a String and encoding them again; other databases go through a
   * String.
   */
  private static byte[] utf8(ResultSet rs, int column) throws SQLException {
    if (rs.getStatement()
        .getConnection()
        .getMetaData()
        .getDatabaseProductName()
        .equals("PostgreSQL")) {
      return rs.getBytes(column);
    }
    return rs.getString(column).getBytes(StandardCharsets.UTF_8);
  }

  @FunctionalInterface
  private interface Rows<T> {
    T read(ResultSet rs) throws SQLException;
  }

  private <T> T query(String sql, Rows<T> rows, Object... args) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        return rows.read(rs);
      }
    } catch (SQLException e) {
      database.failed(e);
      if (DatabaseStatus.connectionFailure(e)) {
        LOG.warnf("Published content could not be read: the database cannot be reached");
      } else {
        LOG.errorf(e, "Published content could not be read");
      }
      throw ApiProblem.unavailable(
          "Published content cannot be read right now; try again shortly.");
    }
  }
}

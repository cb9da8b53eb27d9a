package com.renovare.content.delivery;

import com.renovare.content.citation.CitationData;
import com.renovare.content.citation.CslJson;
import com.renovare.content.identifier.Identifiers;
import com.renovare.content.platform.http.ETags;
import com.renovare.content.platform.json.Json;
import com.renovare.content.platform.paging.Paging;
import com.renovare.content.platform.problem.ApiProblem;
import com.renovare.content.publishing.ArticleDocument;
import com.renovare.content.publishing.LinkedData;
import com.renovare.content.publishing.PublishedContent;
import com.renovare.content.publishing.PublishedContent.CurrentDocument;
import com.renovare.content.publishing.PublishedContent.ListFilter;
import com.renovare.content.publishing.PublishedContent.ListPosition;
import com.renovare.content.publishing.PublishedContent.StoredDocument;
import com.renovare.content.publishing.PublishedContent.SummaryRow;
import com.renovare.content.publishing.VersionHistory;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The public read side of articles: serves the documents publishing stored, never drafts. */
@ApplicationScoped
public class ArticleDelivery {

  private final PublishedContent content;
  private final VersionHistory history;
  private final DeliveryCache cache;
  private final Clock clock;

  ArticleDelivery(
      PublishedContent content, VersionHistory history, DeliveryCache cache, Clock clock) {
    this.content = content;
    this.history = history;
    this.cache = cache;
    this.clock = clock;
  }

  /**
   * The current version of a live article. Once its review's due date has passed it is served with
   * the review marked overdue; those bytes are not its version URL's, so Content-Location is left
   * out then.
   */
  public Uni<ReadyResponse> current(String slug) {
    Identifiers.slug("slug", slug);
    return cache.lookup(DeliveryCache.ARTICLE + slug, () -> loadCurrent(slug));
  }

  /**
   * As {@link #current}, after {@link #prepared(String)} found nothing: loads it (or joins the load
   * in flight) without looking in the cache a second time.
   */
  public Uni<ReadyResponse> currentNotPrepared(String slug) {
    Identifiers.slug("slug", slug);
    return cache.load(DeliveryCache.ARTICLE + slug, () -> loadCurrent(slug));
  }

  private ReadyResponse loadCurrent(String slug) {
    CurrentDocument current = content.current(slug).orElseThrow(() -> absent(slug));
    Instant now = clock.instant();
    StoredDocument doc = current.at(now);
    return ReadyResponse.of(
            doc.bytes(),
            doc.gzip(),
            doc.etag(),
            ReadyResponse.Freshness.CURRENT,
            doc == current.published() ? versionUrl(slug, doc.version()) : null,
            doc.surrogateKeys())
        .until(current.sameUntil(now));
  }

  /**
   * The current version as {@link #current} last prepared it, if the cache still holds it; null
   * otherwise (nothing is validated or loaded: a slug that is not one is simply not held).
   */
  public ReadyResponse prepared(String slug) {
    return isKeyPart(slug) ? cache.fresh(DeliveryCache.ARTICLE + slug) : null;
  }

  /**
   * A version as {@link #version} last prepared it, if the cache still holds it; null otherwise.
   * The version is looked up as written, so only its canonical form ("3", never "03") is ever
   * found.
   */
  public ReadyResponse prepared(String slug, String rawVersion) {
    return isKeyPart(slug) && isKeyPart(rawVersion)
        ? cache.fresh(DeliveryCache.VERSION + slug + "|" + rawVersion)
        : null;
  }

  /** Cache keys join their parts with '|': a part holding one could name another entry. */
  private static boolean isKeyPart(String part) {
    return part != null && part.indexOf('|') < 0;
  }

  /** The current version as schema.org JSON-LD for search engines. */
  public Uni<ReadyResponse> currentLinkedData(String slug) {
    Identifiers.slug("slug", slug);
    return cache.lookup(
        DeliveryCache.LINKED_DATA + slug,
        () -> {
          StoredDocument doc = content.current(slug).orElseThrow(() -> absent(slug)).published();
          return linkedData(doc, ReadyResponse.Freshness.CURRENT, versionUrl(slug, doc.version()));
        });
  }

  /** Any version ever published, as schema.org JSON-LD. */
  public Uni<ReadyResponse> versionLinkedData(String slug, String rawVersion) {
    int version = versionNumber(slug, rawVersion);
    return cache.lookup(
        DeliveryCache.VERSION + slug + "|" + version + "|ld",
        () -> linkedData(stored(slug, version), ReadyResponse.Freshness.IMMUTABLE, null));
  }

  private static ReadyResponse linkedData(
      StoredDocument doc, ReadyResponse.Freshness freshness, String contentLocation) {
    byte[] body = LinkedData.of(doc.bytes());
    return ReadyResponse.of(body, ETags.of(body), freshness, contentLocation, doc.surrogateKeys());
  }

  /**
   * The sources the current version cites, as that version shows them: a list of citations, or
   * CSL-JSON items for reference managers and citation processors.
   */
  public Uni<ReadyResponse> citations(String slug, boolean csl) {
    Identifiers.slug("slug", slug);
    return cache.lookup(
        DeliveryCache.CITATIONS + slug + "|" + (csl ? "csl" : "json"),
        () -> {
          StoredDocument doc = content.current(slug).orElseThrow(() -> absent(slug)).published();
          List<CitationData> cited =
              Json.read(new String(doc.bytes(), StandardCharsets.UTF_8), ArticleDocument.class)
                  .citations();
          byte[] body =
              Json.bytes(csl ? cited.stream().map(CslJson::item).toList() : Map.of("items", cited));
          return ReadyResponse.of(
              body, ETags.of(body), ReadyResponse.Freshness.CURRENT, null, doc.surrogateKeys());
        });
  }

  /** Any version ever published, byte for byte as it was first delivered. */
  public Uni<ReadyResponse> version(String slug, String rawVersion) {
    int version = versionNumber(slug, rawVersion);
    return cache.lookup(
        DeliveryCache.VERSION + slug + "|" + version, () -> loadVersion(slug, version));
  }

  /**
   * As {@link #version}, after {@link #prepared(String, String)} found nothing: loads it (or joins
   * the load in flight) without looking in the cache a second time.
   */
  public Uni<ReadyResponse> versionNotPrepared(String slug, String rawVersion) {
    int version = versionNumber(slug, rawVersion);
    return cache.load(
        DeliveryCache.VERSION + slug + "|" + version, () -> loadVersion(slug, version));
  }

  private ReadyResponse loadVersion(String slug, int version) {
    StoredDocument doc = stored(slug, version);
    return ReadyResponse.of(
        doc.bytes(),
        doc.gzip(),
        doc.etag(),
        ReadyResponse.Freshness.IMMUTABLE,
        null,
        doc.surrogateKeys());
  }

  private static int versionNumber(String slug, String rawVersion) {
    Identifiers.slug("slug", slug);
    return Identifiers.version("version", rawVersion);
  }

  private StoredDocument stored(String slug, int version) {
    return content
        .version(slug, version)
        .orElseThrow(
            () ->
                content
                    .redaction(slug, version)
                    .map(r -> redacted(slug, version, r))
                    .orElseGet(
                        () ->
                            content.everPublished(slug)
                                ? ApiProblem.notFound(
                                    "The article '" + slug + "' has no version " + version + ".")
                                : noArticle(slug)));
  }

  /** 410 for a redacted version: when and why, never what it said. */
  private static ApiProblem redacted(
      String slug, int version, PublishedContent.RedactionRow redaction) {
    return ApiProblem.gone(
        "Version "
            + version
            + " of the article '"
            + slug
            + "' was redacted on "
            + redaction.at()
            + ": "
            + redaction.reason());
  }

  /** One section of the current version, with the products and sources it references. */
  public Uni<ReadyResponse> section(String slug, String key) {
    Identifiers.slug("slug", slug);
    Identifiers.sectionKey("key", key);
    return cache.lookup(
        DeliveryCache.SECTION + slug + "|" + key,
        () -> {
          StoredDocument doc =
              content
                  .currentSection(slug, key)
                  .orElseThrow(
                      () ->
                          content.live(slug)
                              ? ApiProblem.notFound(
                                  "The article '" + slug + "' has no section '" + key + "'.")
                              : absent(slug));
          return ReadyResponse.of(
              doc.bytes(), doc.etag(), ReadyResponse.Freshness.CURRENT, null, doc.surrogateKeys());
        });
  }

  /** The version history, newest first, served from the cache until the article changes. */
  public Uni<ReadyResponse> versions(String slug, String rawLimit, String cursor) {
    Identifiers.slug("slug", slug);
    int limit = Paging.limit(rawLimit);
    return cache.lookup(
        DeliveryCache.VERSIONS + slug + "|" + limit + "|" + cursor,
        () -> {
          if (!content.everPublished(slug)) {
            throw noArticle(slug);
          }
          byte[] body = Json.bytes(history.page(slug, String.valueOf(limit), cursor));
          return ReadyResponse.current(body, ETags.of(body));
        });
  }

  /** Live articles, newest first, optionally filtered by topic, linked product and locale. */
  public Uni<ReadyResponse> list(
      String topic, String sku, String locale, String rawLimit, String cursor) {
    ListFilter filter =
        new ListFilter(
            topic == null ? null : Identifiers.topic("topic", topic),
            sku == null ? null : Identifiers.sku("product", sku),
            locale == null ? null : Identifiers.locale("locale", locale));
    int limit = Paging.limit(rawLimit);
    ListPosition after = listCursor(cursor);
    return cache.lookupPage(
        DeliveryCache.LIST + topic + "|" + sku + "|" + locale + "|" + limit + "|" + cursor,
        () -> {
          List<SummaryRow> rows = content.summaries(filter, after, limit + 1);
          List<SummaryRow> page = rows.subList(0, Math.min(limit, rows.size()));
          byte[] body =
              ListBodies.page(
                  page,
                  (json, row) -> json.writeRawValue(row.summaryJson()),
                  nextCursor(rows, page, limit));
          return new DeliveryCache.Loaded(
              ReadyResponse.current(body, ETags.of(body)), shows(filter, after, rows, page, limit));
        });
  }

  /** What a list page shows, for the cache to tell which changes can affect it. */
  static DeliveryCache.Page shows(
      ListFilter filter,
      ListPosition after,
      List<SummaryRow> rows,
      List<SummaryRow> page,
      int limit) {
    return new DeliveryCache.Page(
        filter.topic(),
        filter.sku(),
        filter.locale(),
        after == null ? null : after.firstPublishedAt(),
        rows.size() <= limit ? null : page.get(page.size() - 1).firstPublishedAt(),
        DeliveryCache.slugs(page.stream().map(SummaryRow::slug).toList()));
  }

  static ListPosition listCursor(String cursor) {
    List<String> parts = Paging.decodeCursor(cursor, 2);
    if (parts == null) {
      return null;
    }
    return new ListPosition(Paging.epochMillis(parts.get(0)), parts.get(1));
  }

  static String nextCursor(List<SummaryRow> rows, List<SummaryRow> page, int limit) {
    if (rows.size() <= limit) {
      return null;
    }
    SummaryRow last = page.get(page.size() - 1);
    return Paging.encodeCursor(String.valueOf(last.firstPublishedAt().toEpochMilli()), last.slug());
  }

  private static String versionUrl(String slug, int version) {
    return "/v1/articles/" + slug + "/versions/" + version;
  }

  /**
   * 410 for an article that was withdrawn or whose current version was redacted, 404 for one that
   * never was published.
   */
  private ApiProblem absent(String slug) {
    if (!content.everPublished(slug)) {
      return noArticle(slug);
    }
    return content
        .currentRedaction(slug)
        .map(
            r ->
                ApiProblem.gone(
                    "The current version of the article '"
                        + slug
                        + "' was redacted on "
                        + r.at()
                        + ": "
                        + r.reason()))
        .orElseGet(
            () ->
                ApiProblem.gone(
                    "The article '"
                        + slug
                        + "' was withdrawn. Its past versions stay at /v1/articles/"
                        + slug
                        + "/versions."));
  }

  private static ApiProblem noArticle(String slug) {
    return ApiProblem.notFound("No published article has the slug '" + slug + "'.");
  }
}

package com.renovare.content.delivery;

import com.renovare.content.platform.http.ETags;
import com.renovare.content.platform.json.Json;
import com.renovare.content.platform.paging.Paging;
import com.renovare.content.platform.problem.ApiProblem;
import com.renovare.content.publishing.PublishedContent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The change feed: every publish, update and unpublish, in commit order, for clients that sync.
 * Pages are served from the delivery cache; any article change drops them, here and (announced) on
 * every other instance.
 */
@ApplicationScoped
public class ChangeFeed {

  private static final Pattern SINCE = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  private final PublishedContent published;
  private final DeliveryCache cache;

  ChangeFeed(PublishedContent published, DeliveryCache cache) {
    this.published = published;
    this.cache = cache;
  }

  /** One change. */
  @Schema(name = "Change")
  public record Change(
      @Schema(
              description =
                  "article.published (live for the first time, or again after an"
                      + " unpublish), article.updated (a new version of a live article) or"
                      + " article.unpublished (withdrawn).",
              enumeration = {"article.published", "article.updated", "article.unpublished"},
              required = true)
          String event,
      @Schema(examples = "vitamin-k2-mk7", maxLength = 120, required = true) String slug,
      @Schema(
              description = "The version published, or the last version before an unpublish.",
              examples = "2",
              minimum = "1",
              required = true)
          int version,
      @Schema(description = "When the change was made.", required = true) Instant at,
      @Schema(
              description =
                  "The version's URL; for an unpublish, the article's URL, which answers 410.",
              examples = "/v1/articles/vitamin-k2-mk7/versions/2",
              maxLength = 200,
              required = true)
          String url,
      @Schema(
              description = "Position of this change in the feed: resume from here with since.",
              maxLength = 64,
              required = true)
          String cursor,
      @Schema(
              description =
                  "Whether the version this entry names has been redacted since (a legal or"
                      + " medical takedown): its URL answers 410 and any copy of it must be"
                      + " deleted. A redaction that takes down the current version appears as"
                      + " article.unpublished with redacted true.",
              required = true)
          boolean redacted) {}

  /** One page of the feed. */
  @Schema(name = "ChangePage")
  public record ChangePage(
      @Schema(maxItems = 100, required = true) List<Change> items,
      @Schema(
              description =
                  "Pass as since to read on. Always present: when the page is not full, it is"
                      + " where to poll from later.",
              maxLength = 64,
              required = true)
          String next,
      @Schema(description = "Whether more changes are already waiting.", required = true)
          boolean hasMore) {}

  /** The changes after {@code since} (from the beginning when absent), at most {@code rawLimit}. */
  public Uni<ReadyResponse> page(String since, String rawLimit) {
    int size = Paging.limit(rawLimit);
    long after = since == null ? 0 : position(since);
    return cache.lookup(DeliveryCache.FEED + after + "|" + size, () -> load(after, size));
  }

  private ReadyResponse load(long after, int size) {
    List<PublishedContent.FeedEntry> entries = published.feed(after, size + 1);
    boolean hasMore = entries.size() > size;
    List<Change> items =
        entries.stream()
            .limit(size)
            .map(
                e ->
                    new Change(
                        "article." + e.kind(),
                        e.slug(),
                        e.version(),
                        e.at(),
                        e.kind().equals("unpublished")
                            ? "/v1/articles/" + e.slug()
                            : "/v1/articles/" + e.slug() + "/versions/" + e.version(),
                        Paging.encodeCursor(Long.toString(e.seq())),
                        e.redacted()))
            .toList();
    String next = items.isEmpty() ? cursorOf(after) : items.get(items.size() - 1).cursor();
    byte[] body = Json.bytes(new ChangePage(items, next, hasMore));
    return ReadyResponse.current(body, ETags.of(body));
  }

  private static String cursorOf(long seq) {
    return Paging.encodeCursor(Long.toString(seq));
  }

  private static long position(String since) {
    if (!SINCE.matcher(since).matches()) {
      throw invalidSince();
    }
    List<String> parts;
    try {
      parts = Paging.decodeCursor(since, 1);
    } catch (ApiProblem e) {
      throw invalidSince();
    }
    try {
      long seq = Long.parseLong(parts.get(0));
      if (seq < 0) {
        throw invalidSince();
      }
      return seq;
    } catch (NumberFormatException e) {
      throw invalidSince();
    }
  }

  private static ApiProblem invalidSince() {
    return ApiProblem.invalidParameter(
        "since", "is not a cursor the change feed issued; start again without it");
  }
}

package com.renovare.content.editorial;

import com.fasterxml.jackson.databind.JsonNode;
import com.renovare.content.citation.link.CitationLinks;
import com.renovare.content.citation.link.LinkHealth;
import com.renovare.content.platform.json.Json;
import com.renovare.content.platform.paging.Paging;
import com.renovare.content.publishing.PublishedContent;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The re-review list: live articles an editor must look at again because they were never reviewed,
 * their review is overdue, a source they cite is broken, or a source's content changed on or after
 * the day of their review.
 */
@ApplicationScoped
public class ReviewQueue {

  private final PublishedContent published;
  private final CitationLinks links;
  private final Clock clock;

  ReviewQueue(PublishedContent published, CitationLinks links, Clock clock) {
    this.published = published;
    this.links = links;
    this.clock = clock;
  }

  public EditorialResponses.ReviewList page(String rawLimit, String cursor) {
    int limit = Paging.limit(rawLimit);
    List<String> after = Paging.decodeCursor(cursor, 2);
    if (after != null && !after.get(0).equals("r")) {
      throw Paging.invalidCursor();
    }
    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    Map<String, LinkHealth> broken = new LinkedHashMap<>();
    Map<String, LinkHealth> changed = new LinkedHashMap<>();
    for (LinkHealth health : links.problems()) {
      if (health.broken()) {
        broken.put(health.citationKey(), health);
      } else if (health.contentChangedAt() != null) {
        changed.put(health.citationKey(), health);
      }
    }
    Map<String, LocalDate> changedOn = new LinkedHashMap<>();
    changed.forEach((key, health) -> changedOn.put(key, day(health)));

    List<PublishedContent.ReviewRow> rows =
        published.reviewCandidates(
            today, broken.keySet(), changedOn, after == null ? null : after.get(1), limit + 1);
    List<PublishedContent.ReviewRow> page = rows.subList(0, Math.min(limit, rows.size()));
    List<EditorialResponses.ReviewItem> items = new ArrayList<>();
    for (PublishedContent.ReviewRow row : page) {
      items.add(item(row, today, broken, changed));
    }
    String next =
        rows.size() > limit ? Paging.encodeCursor("r", page.get(page.size() - 1).slug()) : null;
    return new EditorialResponses.ReviewList(items, next);
  }

  private static EditorialResponses.ReviewItem item(
      PublishedContent.ReviewRow row,
      LocalDate today,
      Map<String, LinkHealth> broken,
      Map<String, LinkHealth> changed) {
    List<EditorialResponses.ReviewReason> reasons = new ArrayList<>();
    if (row.reviewedAt() == null) {
      reasons.add(
          new EditorialResponses.ReviewReason(
              "not-reviewed", "The published version names no medical review.", null, null));
    } else if (row.nextReviewDue().isBefore(today)) {
      reasons.add(
          new EditorialResponses.ReviewReason(
              "review-overdue",
              "The review was due on " + row.nextReviewDue() + ".",
              null,
              row.nextReviewDue().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
    }
    for (String key : row.problemCitations()) {
      LinkHealth health = broken.get(key);
      if (health != null) {
        reasons.add(
            new EditorialResponses.ReviewReason(
                "source-broken",
                "The cited source '" + key + "' is broken: " + health.error() + ".",
                key,
                health.checkedAt()));
        continue;
      }
      health = changed.get(key);
      if (health != null && health.needsReReviewSince(reviewStart(row))) {
        reasons.add(
            new EditorialResponses.ReviewReason(
                "source-changed",
                "The content of the cited source '" + key + "' changed after the review.",
                key,
                health.contentChangedAt()));
      }
    }
    JsonNode summary = Json.read(row.summaryJson(), JsonNode.class);
    return new EditorialResponses.ReviewItem(
        row.articleId(),
        row.slug(),
        summary.path("title").asText(),
        row.reviewedAt(),
        row.nextReviewDue(),
        reasons,
        "/v1/editorial/articles/" + row.articleId());
  }

  /** The review day as an instant: a change seen at any time on that day counts as after it. */
  private static Instant reviewStart(PublishedContent.ReviewRow row) {
    return row.reviewedAt() == null
        ? null
        : row.reviewedAt().atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  private static LocalDate day(LinkHealth health) {
    return LocalDate.ofInstant(health.contentChangedAt(), ZoneOffset.UTC);
  }
}

package com.renovare.content.citation.link;

import java.time.Instant;
import java.util.Locale;

/**
 * What the link checker last saw at a citation's URL. A result is only ever given for the URL the
 * citation holds now: after an editor changes the URL there is none until the new one is checked.
 *
 * @param citationKey the citation
 * @param url the URL that was checked, as the citation holds it
 * @param state whether the source answered with 2xx content
 * @param httpStatus status of the last response; null when none came (timeout, refused address)
 * @param finalUrl the last URL requested, after any redirects; null when nothing was requested
 * @param checkedAt when the check finished
 * @param contentHash hex SHA-256 of the content at the last successful check of this URL
 * @param contentChangedAt when a successful check last saw content other than the one before it;
 *     null while no change has been seen
 * @param error why the source counts as broken, for editors only: it can name hosts and addresses;
 *     null when it is ok
 * @param consecutiveFailures checks in a row that found it broken (0 when ok)
 * @param problem why the source counts as broken, in the public vocabulary; null when it is ok
 */
public record LinkHealth(
    String citationKey,
    String url,
    State state,
    Integer httpStatus,
    String finalUrl,
    Instant checkedAt,
    String contentHash,
    Instant contentChangedAt,
    String error,
    int consecutiveFailures,
    LinkProblem problem) {

  /** The two outcomes of a check. */
  public enum State {
    /** The URL (after redirects) answered 2xx. */
    OK,
    /** 4xx/5xx, timeout, no connection, refused address or too many redirects. */
    BROKEN;

    /** The name used in JSON and in the database: {@code ok} or {@code broken}. */
    public String value() {
      return name().toLowerCase(Locale.ROOT);
    }

    static State of(String value) {
      return valueOf(value.toUpperCase(Locale.ROOT));
    }
  }

  public boolean broken() {
    return state == State.BROKEN;
  }

  /**
   * Whether an article reviewed at {@code lastReview} must be reviewed again because of this
   * source: it is broken now, or its content changed after the review. A null review time counts as
   * never reviewed, so any change seen counts.
   */
  public boolean needsReReviewSince(Instant lastReview) {
    if (broken()) {
      return true;
    }
    return contentChangedAt != null && (lastReview == null || contentChangedAt.isAfter(lastReview));
  }
}

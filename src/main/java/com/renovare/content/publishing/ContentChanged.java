package com.renovare.content.publishing;

import java.time.Instant;
import java.util.Locale;

/**
 * What readers see of an article changed: a publish, a new version, an unpublish or a redaction.
 * Fired inside the publishing transaction: observe it {@code during = TransactionPhase.IN_PROGRESS}
 * to write in that transaction, or {@code AFTER_SUCCESS} to act once it is committed.
 */
public record ContentChanged(Kind kind, String slug, int version, Instant at) {

  /** The kinds of change, as the change feed and webhooks name them. */
  public enum Kind {
    /** The article became live: its first version, or a return after an unpublish. */
    PUBLISHED,
    /** A new version replaced the live one. */
    UPDATED,
    /** The article was withdrawn; its versions stay addressable. */
    UNPUBLISHED,
    /**
     * Versions were redacted: their URLs answer 410, and when the current version was among them
     * the article is withdrawn too. Caches drop every copy of the article, versions included.
     */
    REDACTED;

    public String wireName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}

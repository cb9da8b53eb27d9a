package com.renovare.content.publishing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A publish requested for a future time. Stored, so a restart does not lose it. It is pinned to the
 * content the publisher scheduled (by hash) and runs on the authority of the token that scheduled
 * it, which must still hold the publisher role when it fires.
 */
@Entity
@Table(name = "publish_schedule")
class PublishSchedule {

  @Id
  @Column(name = "article_id")
  private UUID articleId;

  @Column(name = "publish_at")
  private Instant publishAt;

  @Column(name = "change_note")
  private String changeNote;

  @Column(name = "requested_by")
  private String requestedBy;

  @Column(name = "token_id")
  private UUID tokenId;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "last_error")
  private String lastError;

  /** What the draft's content hashed to when it was scheduled; null for older schedules. */
  @Column(name = "content_hash")
  private String contentHash;

  protected PublishSchedule() {}

  PublishSchedule(
      UUID articleId,
      Instant publishAt,
      String changeNote,
      String requestedBy,
      UUID tokenId,
      String contentHash,
      Instant now) {
    this.articleId = articleId;
    this.publishAt = publishAt;
    this.changeNote = changeNote;
    this.requestedBy = requestedBy;
    this.tokenId = tokenId;
    this.contentHash = contentHash;
    this.createdAt = now;
  }

  void failed(String reason) {
    lastError = reason.length() > 2000 ? reason.substring(0, 2000) : reason;
  }

  UUID articleId() {
    return articleId;
  }

  String changeNote() {
    return changeNote;
  }

  String requestedBy() {
    return requestedBy;
  }

  UUID tokenId() {
    return tokenId;
  }

  String contentHash() {
    return contentHash;
  }

  ScheduleView view() {
    return new ScheduleView(publishAt, changeNote, requestedBy, createdAt, lastError);
  }
}

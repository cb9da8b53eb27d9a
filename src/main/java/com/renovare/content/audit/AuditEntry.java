package com.renovare.content.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One write, as the audit log keeps it. Never updated or deleted. */
@Entity
@Table(name = "audit_entry")
class AuditEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Instant at;

  @Column(name = "token_id")
  private UUID tokenId;

  private String actor;
  private String action;

  @Column(name = "target_type")
  private String targetType;

  @Column(name = "target_id")
  private String targetId;

  private String detail;

  protected AuditEntry() {}

  AuditEntry(
      Instant at,
      UUID tokenId,
      String actor,
      String action,
      String targetType,
      String targetId,
      String detail) {
    this.at = at;
    this.tokenId = tokenId;
    this.actor = actor;
    this.action = action;
    this.targetType = targetType;
    this.targetId = targetId;
    this.detail = detail;
  }

  AuditRecord view() {
    return new AuditRecord(id, at, actor, tokenId, action, targetType, targetId, detail);
  }
}

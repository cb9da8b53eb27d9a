package com.renovare.content.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A partner's key to the delivery API: name, rate-limit tier, lifetime, hash of its secret. */
@Entity
@Table(name = "partner_key")
class PartnerKey {

  @Id private UUID id;

  private String name;

  private String tier;

  @Column(name = "secret_hash")
  private String secretHash;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "expires_at")
  private Instant expiresAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  protected PartnerKey() {}

  static PartnerKey issue(
      String name, String tier, String hash, Instant expiresAt, String createdBy, Instant now) {
    PartnerKey key = new PartnerKey();
    key.id = UUID.randomUUID();
    key.name = name;
    key.tier = tier;
    key.secretHash = hash;
    key.createdBy = createdBy;
    key.createdAt = now;
    key.expiresAt = expiresAt;
    return key;
  }

  /** Returns whether this call revoked it (false when it already was). */
  boolean revoke(Instant now) {
    if (revokedAt != null) {
      return false;
    }
    revokedAt = now;
    return true;
  }

  UUID id() {
    return id;
  }

  PartnerKeyView view() {
    return new PartnerKeyView(id, name, tier, createdAt, createdBy, expiresAt, revokedAt);
  }

  boolean isRevoked() {
    return revokedAt != null;
  }
}

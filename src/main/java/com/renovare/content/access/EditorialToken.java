package com.renovare.content.access;

import com.renovare.content.audit.Actor;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A bearer token: its name, role, lifetime, and the hash of its secret (never the secret). */
@Entity
@Table(name = "api_token")
public class EditorialToken {

  @Id private UUID id;

  private String name;

  /** What readers see as the publisher of what the token publishes; null: the organisation. */
  private String byline;

  @Column(name = "token_hash")
  private String tokenHash;

  private String role;
  private boolean bootstrap;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "expires_at")
  private Instant expiresAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  protected EditorialToken() {}

  static EditorialToken issue(
      String name,
      String byline,
      String hash,
      Role role,
      Instant expiresAt,
      String createdBy,
      Instant now) {
    EditorialToken token = new EditorialToken();
    token.id = UUID.randomUUID();
    token.name = name;
    token.byline = byline;
    token.tokenHash = hash;
    token.role = role.wireName();
    token.createdBy = createdBy;
    token.createdAt = now;
    token.expiresAt = expiresAt;
    return token;
  }

  static EditorialToken bootstrap(String hash, Instant now) {
    EditorialToken token =
        issue("bootstrap-admin", null, hash, Role.ADMIN, null, "CONTENT_ADMIN_TOKEN", now);
    token.bootstrap = true;
    return token;
  }

  void rotate(String hash) {
    tokenHash = hash;
    revokedAt = null;
  }

  void revoke(Instant now) {
    if (revokedAt == null) {
      revokedAt = now;
    }
  }

  boolean usableAt(Instant now) {
    return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
  }

  Actor actor() {
    return new Actor(id, name, role());
  }

  Role role() {
    return Role.fromWire(role).orElseThrow();
  }

  String byline() {
    return byline;
  }

  TokenView view() {
    return new TokenView(
        id, name, byline, role, createdAt, createdBy, expiresAt, revokedAt, bootstrap);
  }

  boolean isBootstrap() {
    return bootstrap;
  }

  boolean isRevoked() {
    return revokedAt != null;
  }
}

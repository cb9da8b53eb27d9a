package com.renovare.content.access;

import com.renovare.content.audit.Actor;
import com.renovare.content.audit.AuditLog;
import com.renovare.content.platform.problem.ApiProblem;
import com.renovare.content.platform.security.Secrets;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import javax.sql.DataSource;

/**
 * Issuing, checking and revoking bearer tokens. A secret is 256 random bits, shown once when it is
 * issued; only its hash is stored (see {@link Secrets}).
 */
@ApplicationScoped
public class Tokens {

  /** The prefix makes leaked secrets easy to recognise in logs and scanners. */
  static final String PREFIX = "rca_";

  private final EditorialTokenRepository tokens;
  private final AuditLog audit;
  private final Clock clock;
  private final DataSource dataSource;

  /**
   * Bylines by token id, as publishing reads them on every publish. A token's byline is fixed when
   * it is issued and never changes, so what was read once stays right; unknown ids are not kept.
   */
  private final ConcurrentMap<UUID, Optional<String>> bylines = new ConcurrentHashMap<>();

  Tokens(EditorialTokenRepository tokens, AuditLog audit, Clock clock, DataSource dataSource) {
    this.tokens = tokens;
    this.audit = audit;
    this.clock = clock;
    this.dataSource = dataSource;
  }

  /** A new token and its secret; the secret is not kept anywhere and cannot be shown again. */
  public record Issued(TokenView token, String secret) {}

  /**
   * Issues a token. {@code byline} is the display name readers see on what it publishes; null for
   * the organisation's name.
   */
  @Transactional
  public Issued issue(String name, String byline, Role role, Instant expiresAt, Actor by) {
    Instant now = clock.instant();
    if (expiresAt != null && !expiresAt.isAfter(now)) {
      throw ApiProblem.invalidParameter("expiresAt", "must be in the future");
    }
    String secret = Secrets.generate(PREFIX);
    EditorialToken token =
        EditorialToken.issue(name, byline, Secrets.hash(secret), role, expiresAt, by.name(), now);
    tokens.persist(token);
    audit.record(
        by, "token.issue", "token", token.view().id().toString(), name + " as " + role.wireName());
    return new Issued(token.view(), secret);
  }

  /** The public byline of the token's publishes; null when it has none (or is unknown). */
  @Transactional
  public String byline(UUID tokenId) {
    Optional<String> known = bylines.get(tokenId);
    if (known != null) {
      return known.orElse(null);
    }
    Optional<EditorialToken> token = tokens.findByIdOptional(tokenId);
    token.ifPresent(t -> bylines.put(tokenId, Optional.ofNullable(t.byline())));
    return token.map(EditorialToken::byline).orElse(null);
  }

  @Transactional
  public List<TokenView> list() {
    return tokens.listAll().stream()
        .map(EditorialToken::view)
        .sorted((a, b) -> a.createdAt().compareTo(b.createdAt()))
        .toList();
  }

  @Transactional
  public TokenView revoke(UUID id, Actor by) {
    EditorialToken token =
        tokens
            .findByIdOptional(id)
            .orElseThrow(() -> ApiProblem.notFound("No token has the id " + id + "."));
    if (token.isBootstrap()) {
      throw ApiProblem.conflict(
          "The bootstrap token is controlled by CONTENT_ADMIN_TOKEN: set it to a new secret and"
              + " restart to replace it.");
    }
    if (!token.isRevoked()) {
      token.revoke(clock.instant());
      audit.record(by, "token.revoke", "token", id.toString(), token.view().name());
    }
    return token.view();
  }

  /** The caller a secret belongs to, if it names a token that is neither expired nor revoked. */
  @Transactional
  public Optional<Actor> authenticate(String secret) {
    return tokens
        .findByHash(Secrets.hash(secret))
        .filter(t -> t.usableAt(clock.instant()))
        .map(EditorialToken::actor);
  }

  /**
   * The caller a token stands for now, if it is neither expired nor revoked: its current role, not
   * the one it had when it was used earlier. For work done later on a token's authority, such as a
   * scheduled publish, which must not outlive the token or its role.
   */
  @Transactional
  public Optional<Actor> standing(UUID tokenId) {
    if (tokenId == null) {
      return Optional.empty();
    }
    return tokens
        .findByIdOptional(tokenId)
        .filter(t -> t.usableAt(clock.instant()))
        .map(EditorialToken::actor);
  }

  /**
   * Makes the bootstrap admin token match CONTENT_ADMIN_TOKEN: created when there is none, rotated
   * (and so made usable again) when there is. Every start does this, so the usual case, a stored
   * token, is one plain UPDATE: the first Hibernate query (parsing HQL, building its SQL) would
   * cost a tenth of the start-up, and no request needs it before the first editorial call.
   */
  void applyBootstrap(String secret) {
    String hash = Secrets.hash(secret);
    if (rotateStoredBootstrap(hash) == 0) {
      QuarkusTransaction.requiringNew().run(() -> createOrRotateBootstrap(hash));
    }
  }

  private int rotateStoredBootstrap(String hash) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement update =
            c.prepareStatement(
                "update api_token set token_hash = ?, revoked_at = null where bootstrap = true")) {
      update.setString(1, hash);
      return update.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not store the admin token", e);
    }
  }

  /** The first start: no bootstrap token yet (or another instance creates it at the same time). */
  private void createOrRotateBootstrap(String hash) {
    Optional<EditorialToken> existing = tokens.findBootstrap();
    if (existing.isPresent()) {
      existing.get().rotate(hash);
    } else {
      tokens.persist(EditorialToken.bootstrap(hash, clock.instant()));
    }
  }

  /** Whether a bootstrap admin token is stored and usable. */
  @Transactional
  boolean bootstrapActive() {
    return tokens.findBootstrap().filter(t -> t.usableAt(clock.instant())).isPresent();
  }
}

package com.renovare.content.partner;

import com.renovare.content.audit.Actor;
import com.renovare.content.audit.AuditLog;
import com.renovare.content.platform.config.ContentConfig;
import com.renovare.content.platform.database.DatabaseUnreachable;
import com.renovare.content.platform.problem.ApiProblem;
import com.renovare.content.platform.security.Secrets;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Issuing, listing and revoking partner keys, and recognising them on the delivery path. The usable
 * keys are held in memory, so checking one never waits for the database: this instance sees its own
 * changes at once and other instances' within {@code content.partners.refresh-every}.
 */
@ApplicationScoped
public class PartnerKeys {

  /** The prefix makes leaked keys easy to recognise in logs and secret scanners. */
  static final String PREFIX = "rck_";

  private static final Logger LOG = Logger.getLogger(PartnerKeys.class);

  private final PartnerKeyRepository keys;
  private final AuditLog audit;
  private final Clock clock;
  private final ContentConfig.Partners config;
  private final DataSource dataSource;

  /**
   * The usable keys as one load found them: by the hash of their secret, and by the secret as they
   * were recognised since (spares hashing each request's key; only usable keys get in, so it holds
   * no more entries than there are keys). Each load comes with its own, empty, cache, so a check
   * that found a key in an earlier load can only cache it there, never in a later one.
   */
  private record Loaded(
      long number, Map<String, ActiveKey> byHash, Map<String, ActiveKey> bySecret) {}

  /** Numbers the loads in the order they begin. */
  private final AtomicLong loads = new AtomicLong();

  /** The keys of the latest-begun load that has finished; replaced whole. */
  private final AtomicReference<Loaded> current =
      new AtomicReference<>(new Loaded(0, Map.of(), new ConcurrentHashMap<>()));

  PartnerKeys(
      PartnerKeyRepository keys,
      AuditLog audit,
      Clock clock,
      ContentConfig config,
      DataSource dataSource) {
    this.dataSource = dataSource;
    this.keys = keys;
    this.audit = audit;
    this.clock = clock;
    this.config = config.partners();
  }

  public PartnerKeyViews.Issued issue(PartnerKeyRequest request, Actor by) {
    String name = request.name();
    Instant expiresAt = request.expiresAt();
    String tier = request.tier() == null ? config.defaultTier() : request.tier();
    if (!config.tiers().containsKey(tier)) {
      throw ApiProblem.invalidParameter(
          "tier", "must be one of the configured tiers: " + String.join(", ", tierNames()));
    }
    Instant now = clock.instant();
    if (expiresAt != null && !expiresAt.isAfter(now)) {
      throw ApiProblem.invalidParameter("expiresAt", "must be in the future");
    }
    String secret = Secrets.generate(PREFIX);
    PartnerKey key =
        QuarkusTransaction.requiringNew()
            .call(
                () -> {
                  PartnerKey issued =
                      PartnerKey.issue(name, tier, Secrets.hash(secret), expiresAt, by.name(), now);
                  keys.persist(issued);
                  audit.record(
                      by, "partner-key.issue", "partner-key", issued.id().toString(), name);
                  return issued;
                });
    reload();
    return new PartnerKeyViews.Issued(key.view(), secret);
  }

  public PartnerKeyViews.KeyList list() {
    return new PartnerKeyViews.KeyList(
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    keys.listAll().stream()
                        .map(PartnerKey::view)
                        .sorted(Comparator.comparing(PartnerKeyView::createdAt))
                        .toList()),
        tierNames());
  }

  private List<String> tierNames() {
    return config.tiers().keySet().stream().sorted().toList();
  }

  /** Revokes the key; it stops working at once here and within the refresh interval elsewhere. */
  public PartnerKeyView revoke(UUID id, Actor by) {
    PartnerKeyView view =
        QuarkusTransaction.requiringNew()
            .call(
                () -> {
                  PartnerKey key =
                      keys.findByIdOptional(id)
                          .orElseThrow(
                              () -> ApiProblem.notFound("No partner key has the id " + id + "."));
                  if (key.revoke(clock.instant())) {
                    audit.record(by, "partner-key.revoke", "partner-key", id.toString(), null);
                  }
                  return key.view();
                });
    reload();
    return view;
  }

  /** The usable key a secret belongs to, from memory. */
  Optional<ActiveKey> recognise(String secret) {
    Loaded keys = current.get();
    ActiveKey key = keys.bySecret().get(secret);
    if (key == null) {
      key = keys.byHash().get(Secrets.hash(secret));
      if (key == null) {
        return Optional.empty();
      }
      keys.bySecret().put(secret, key);
    }
    return key.expiredAt(clock.instant()) ? Optional.empty() : Optional.of(key);
  }

  void onStart(@Observes StartupEvent event) {
    reload();
  }

  @Scheduled(
      identity = "partner-key-refresh",
      every = "${content.partners.refresh-every:5s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = DatabaseUnreachable.class)
  void refresh() {
    try {
      reload();
    } catch (RuntimeException e) {
      // The database may be away for a while; the keys known so far keep working meanwhile.
      LOG.debugf("Partner keys not reloaded: %s", e.getMessage());
    }
  }

  /**
   * Loads the usable keys. Loads run at the same time (the scheduled refresh, an issue or revoke
   * here), and one that began before a revoke committed may finish after the revoke's own load:
   * what it found is kept only if no load that began later has been kept already. A revoke's load
   * begins after its commit, so once the revoke returns, no earlier view of the keys comes back.
   *
   * <p>Plain SQL rather than a query through the ORM: it runs at start-up, where time counts.
   */
  private void reload() {
    long number = loads.incrementAndGet();
    Map<String, ActiveKey> loaded = new HashMap<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "select secret_hash, id, name, tier, expires_at from partner_key"
                    + " where revoked_at is null");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        OffsetDateTime expires = rs.getObject(5, OffsetDateTime.class);
        loaded.put(
            rs.getString(1),
            new ActiveKey(
                rs.getObject(2, UUID.class),
                rs.getString(3),
                rs.getString(4),
                expires == null ? null : expires.toInstant()));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not load the partner keys", e);
    }
    Loaded fresh = new Loaded(number, Map.copyOf(loaded), new ConcurrentHashMap<>());
    current.accumulateAndGet(fresh, (kept, next) -> next.number() > kept.number() ? next : kept);
  }
}

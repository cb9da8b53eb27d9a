package com.renovare.content.partner;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.renovare.content.platform.config.ContentConfig;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-instance request budgets: one Bucket4j bucket per partner key, and per client address for
 * requests without a key. Each tier allows {@code requests} per {@code window}, in windows aligned
 * to the clock, so a client can be told exactly how many requests it has left and when the window
 * resets (the IETF RateLimit and RateLimit-Policy header fields).
 */
@Singleton
public class RateLimits {

  /**
   * Bound on the buckets held for client addresses per tier, so many addresses cannot exhaust
   * memory.
   */
  private static final long MAX_BUCKETS = 100_000;

  /** The longest tier name; PartnerKeyRequest accepts no longer one. */
  public static final int TIER_NAME_MAX = 40;

  /** A tier and its ready-made RateLimit-Policy value. */
  public record Tier(String name, long requests, Duration window, String policy) {

    static Tier of(String name, ContentConfig.Tier config) {
      // A name a key request could not send would make a tier no key can be given.
      if (!name.matches("[a-z0-9-]{1," + TIER_NAME_MAX + "}")) {
        throw new IllegalArgumentException(
            "Rate-limit tier name "
                + name
                + " must be 1 to "
                + TIER_NAME_MAX
                + " lower-case letters, digits or hyphens");
      }
      if (config.requests() < 1 || config.window().toMillis() < 1000) {
        throw new IllegalArgumentException(
            "Rate-limit tier "
                + name
                + " needs at least 1 request per window of at least 1s in its configuration");
      }
      return new Tier(
          name,
          config.requests(),
          config.window(),
          "\"" + name + "\";q=" + config.requests() + ";w=" + config.window().toSeconds());
    }

    /** Seconds until the current window ends, at least 1. */
    long secondsToReset(long nowMillis) {
      long window = this.window.toMillis();
      long left = window - Math.floorMod(nowMillis, window);
      return Math.max(1, (left + 999) / 1000);
    }
  }

  /** The outcome of one check: whether the request may go on, and the RateLimit header value. */
  public record Verdict(boolean allowed, long remaining, long resetSeconds, Tier tier) {

    public String header() {
      return "\"" + tier.name() + "\";r=" + remaining + ";t=" + resetSeconds;
    }
  }

  private final Map<String, Tier> tiers;
  private final Tier defaultTier;

  /** Buckets of partner keys: few, and looked up on every request, so a plain map. */
  private final Map<UUID, Bucket> keyBuckets = new ConcurrentHashMap<>();

  /**
   * Buckets of client addresses by tier name: any number, so bounded and expiring. One cache per
   * tier, so that the lookup on every anonymous read is by the address text alone.
   */
  private final Map<String, Cache<String, Bucket>> addressBuckets;

  RateLimits(ContentConfig config) {
    Map<String, Tier> byName = new HashMap<>();
    config.partners().tiers().forEach((name, tier) -> byName.put(name, Tier.of(name, tier)));
    this.tiers = byName;
    this.defaultTier = tier(config.partners().defaultTier());
    tier(config.partners().anonymousTier());
    // A bucket unused for two windows is full again; dropping it loses nothing.
    Map<String, Cache<String, Bucket>> byTier = new HashMap<>();
    byName.forEach(
        (name, tier) ->
            byTier.put(
                name,
                Caffeine.newBuilder()
                    .maximumSize(MAX_BUCKETS)
                    .expireAfterAccess(tier.window().multipliedBy(2))
                    // Upkeep on the reading thread: handing it to the common pool cost every
                    // anonymous read more than the lookup itself (a task and a wake-up).
                    .executor(Runnable::run)
                    .build()));
    this.addressBuckets = byTier;
  }

  /** The configured tier; start-up fails when a tier the configuration refers to is missing. */
  public Tier tier(String name) {
    Tier tier = tiers.get(name);
    if (tier == null) {
      throw new IllegalStateException("No rate-limit tier is configured under the name " + name);
    }
    return tier;
  }

  /**
   * The tier of a key: its own, or the default tier when the configuration no longer has it (a tier
   * removed after keys were issued must not turn their requests into errors).
   */
  public Tier tierOfKey(String name) {
    Tier tier = tiers.get(name);
    return tier != null ? tier : defaultTier;
  }

  /** A key's budget, or a client address's (at the given tier). */
  public Bucket bucket(UUID key, Tier tier) {
    Bucket bucket = keyBuckets.get(key);
    return bucket != null ? bucket : keyBuckets.computeIfAbsent(key, k -> newBucket(tier));
  }

  public Bucket bucket(String address, Tier tier) {
    return addressBuckets.get(tier.name()).get(address, k -> newBucket(tier));
  }

  /** Takes one request from the budget, if there is one left. */
  public Verdict consume(Bucket bucket, Tier tier) {
    ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
    return new Verdict(
        probe.isConsumed(),
        probe.getRemainingTokens(),
        tier.secondsToReset(System.currentTimeMillis()),
        tier);
  }

  private static Bucket newBucket(Tier tier) {
    long window = tier.window().toMillis();
    Instant nextWindow = Instant.ofEpochMilli((System.currentTimeMillis() / window + 1) * window);
    return Bucket.builder()
        .withMillisecondPrecision()
        .addLimit(
            limit ->
                limit
                    .capacity(tier.requests())
                    .refillIntervallyAligned(tier.requests(), tier.window(), nextWindow))
        .build();
  }
}

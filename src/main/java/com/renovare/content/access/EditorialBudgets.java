package com.renovare.content.access;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.renovare.content.platform.config.ContentConfig;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Request budgets of the editorial API, per instance: one per token, and one per client address for
 * requests with a wrong token, so that a leaked token cannot hammer the write path and guessing
 * tokens is slow. Only wrong tokens spend an address's budget, and a valid token is never refused
 * because of it. Windows are aligned to the clock so the RateLimit header can say when one resets.
 */
@Singleton
public class EditorialBudgets {

  static final String POLICY_HEADER = "RateLimit-Policy";
  static final String LIMIT_HEADER = "RateLimit";

  /** Bound on the buckets kept, so many tokens or addresses cannot exhaust memory. */
  private static final long MAX_BUCKETS = 100_000;

  /** A named quota: {@code requests} per {@code window}. */
  record Policy(String name, long requests, Duration window) {

    Policy {
      if (requests < 1 || window.toMillis() < 1000) {
        throw new IllegalArgumentException(
            "The editorial budget " + name + " needs at least 1 request per window of 1s or more");
      }
    }

    String header() {
      return "\"" + name + "\";q=" + requests + ";w=" + window.toSeconds();
    }

    long secondsToReset(long nowMillis) {
      long length = window.toMillis();
      long left = length - Math.floorMod(nowMillis, length);
      return Math.max(1, (left + 999) / 1000);
    }
  }

  /** What one check found: whether the request may go on, and the header values to send. */
  public record Verdict(boolean allowed, long remaining, long resetSeconds, Policy policy) {

    /** RateLimit and RateLimit-Policy, plus Retry-After and no-store when the budget is spent. */
    Map<String, String> headers() {
      String limit = "\"" + policy.name() + "\";r=" + remaining + ";t=" + resetSeconds;
      if (allowed) {
        return Map.of(POLICY_HEADER, policy.header(), LIMIT_HEADER, limit);
      }
      return Map.of(
          POLICY_HEADER,
          policy.header(),
          LIMIT_HEADER,
          limit,
          "Retry-After",
          Long.toString(resetSeconds),
          "Cache-Control",
          "no-store");
    }
  }

  private final Policy tokens;
  private final Policy failedAuth;
  private final Cache<String, Bucket> tokenBuckets;
  private final Cache<String, Bucket> addressBuckets;

  EditorialBudgets(ContentConfig config) {
    ContentConfig.EditorialLimits limits = config.editorial().limits();
    this.tokens = new Policy("editorial", limits.requests(), limits.window());
    this.failedAuth =
        new Policy("failed-auth", limits.failedAuthRequests(), limits.failedAuthWindow());
    // A bucket unused for two windows is full again; dropping it loses nothing.
    this.tokenBuckets = cache(tokens.window());
    this.addressBuckets = cache(failedAuth.window());
  }

  /** Takes one request from the token's budget. */
  Verdict chargeToken(String tokenKey) {
    return consume(tokenBuckets.get(tokenKey, k -> newBucket(tokens)), tokens);
  }

  /** The address's budget of wrong tokens, without taking from it (for answers that say it). */
  Verdict failuresOf(String address) {
    Bucket bucket = addressBuckets.getIfPresent(address);
    long remaining = bucket == null ? failedAuth.requests() : bucket.getAvailableTokens();
    return new Verdict(
        remaining > 0,
        remaining,
        failedAuth.secondsToReset(System.currentTimeMillis()),
        failedAuth);
  }

  /** Counts one wrong token against the address. */
  Verdict chargeFailure(String address) {
    return consume(addressBuckets.get(address, k -> newBucket(failedAuth)), failedAuth);
  }

  private static Verdict consume(Bucket bucket, Policy policy) {
    ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
    return new Verdict(
        probe.isConsumed(),
        probe.getRemainingTokens(),
        policy.secondsToReset(System.currentTimeMillis()),
        policy);
  }

  private static Cache<String, Bucket> cache(Duration window) {
    return Caffeine.newBuilder()
        .maximumSize(MAX_BUCKETS)
        .expireAfterAccess(window.multipliedBy(2))
        .build();
  }

  private static Bucket newBucket(Policy policy) {
    long window = policy.window().toMillis();
    Instant nextWindow = Instant.ofEpochMilli((System.currentTimeMillis() / window + 1) * window);
    return Bucket.builder()
        .withMillisecondPrecision()
        .addLimit(
            limit ->
                limit
                    .capacity(policy.requests())
                    .refillIntervallyAligned(policy.requests(), policy.window(), nextWindow))
        .build();
  }
}

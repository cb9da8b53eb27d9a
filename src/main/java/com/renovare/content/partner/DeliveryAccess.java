package com.renovare.content.partner;

import com.renovare.content.platform.config.ContentConfig;
import com.renovare.content.platform.net.ClientAddress;
import com.renovare.content.platform.problem.ApiProblem;
import io.github.bucket4j.Bucket;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Who may read the delivery API and how much: a partner key (Authorization: Bearer or X-API-Key)
 * or, when anonymous reads are allowed, the client's address ({@link ClientAddress}). Every request
 * takes one from the caller's budget before it is handled, whatever its headers: a revalidation
 * answered 304 counts like any other, so a spent budget is refused with 429 before the request
 * costs anything. Every answer carries the RateLimit-Policy and RateLimit header fields. All of it
 * is in memory: no database work here.
 */
public class DeliveryAccess {

  public static final String API_KEY_HEADER = "X-API-Key";
  public static final String POLICY_HEADER = "RateLimit-Policy";
  public static final String LIMIT_HEADER = "RateLimit";

  private static final String STATE = DeliveryAccess.class.getName();
  private static final int MAX_SECRET_LENGTH = 256;
  private static final List<String> DELIVERY_PATHS =
      List.of("/v1/articles", "/v1/products", "/v1/citations", "/v1/safety-notes", "/v1/changes");

  private final PartnerKeys keys;
  private final RateLimits limits;
  private final ContentConfig.Partners config;
  private final RateLimits.Tier anonymousTier;

  DeliveryAccess(PartnerKeys keys, RateLimits limits, ContentConfig config) {
    this.keys = keys;
    this.limits = limits;
    this.config = config.partners();
    this.anonymousTier = limits.tier(this.config.anonymousTier());
  }

  @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
  public void admit(ContainerRequestContext request, RoutingContext http) {
    if (!isDelivery(request.getUriInfo().getPath())) {
      return;
    }
    // A request the prepared-response route already charged, and left to the REST layer to answer,
    // is not charged twice.
    Admission admission = http.get(STATE);
    if (admission == null) {
      admission =
          admit(
              request.getHeaderString(API_KEY_HEADER),
              request.getHeaderString(HttpHeaders.AUTHORIZATION),
              ClientAddress.of(http.request()));
    }
    if (admission.refusal() != null) {
      throw admission.refusal();
    }
    if (admission.verdict() != null) {
      request.setProperty(STATE, admission.verdict());
    }
  }

  /**
   * Charges the request to its caller's budget: from the key it presents ({@code apiKey} or {@code
   * authorization}, either may be null) or, without one, from its client address. Never throws; a
   * refusal is returned for the caller to answer.
   */
  public Admission admit(String apiKey, String authorization, String address) {
    Optional<String> secret;
    try {
      secret = presentedSecret(apiKey, authorization);
    } catch (ApiProblem unauthorized) {
      return Admission.refused(refused(unauthorized, address));
    }
    RateLimits.Tier tier;
    ActiveKey key = null;
    if (secret.isPresent()) {
      Optional<ActiveKey> known = keys.recognise(secret.get());
      if (known.isEmpty()) {
        return Admission.refused(
            refused(
                ApiProblem.unauthorized("The API key is unknown, expired or revoked.", "delivery"),
                address));
      }
      key = known.get();
      tier = limits.tierOfKey(key.tier());
    } else if (config.anonymousReads()) {
      tier = anonymousTier;
    } else {
      return Admission.refused(
          refused(
              ApiProblem.unauthorized(
                  "The delivery API needs an API key: send 'X-API-Key: <key>' or 'Authorization:"
                      + " Bearer <key>'.",
                  "delivery"),
              address));
    }
    if (!config.rateLimits()) {
      return Admission.UNLIMITED;
    }
    Bucket bucket = key != null ? limits.bucket(key.id(), tier) : limits.bucket(address, tier);
    RateLimits.Verdict verdict = limits.consume(bucket, tier);
    return verdict.allowed() ? new Admission(verdict, null) : Admission.refused(tooMany(verdict));
  }

  /**
   * What {@link #admit(String, String, String)} decided: a refusal to answer (401 or 429), or
   * admitted with the budget left ({@code verdict}, null when rate limits are off).
   */
  public record Admission(RateLimits.Verdict verdict, ApiProblem refusal) {

    static final Admission UNLIMITED = new Admission(null, null);

    static Admission refused(ApiProblem refusal) {
      return new Admission(null, refusal);
    }

    /** Hands the decision to the REST layer's filter, which answers it without charging again. */
    public void handOver(RoutingContext ctx) {
      ctx.put(STATE, this);
    }
  }

  @ServerResponseFilter
  public void account(ContainerRequestContext request, ContainerResponseContext response) {
    if (!(request.getProperty(STATE) instanceof RateLimits.Verdict verdict)) {
      return;
    }
    MultivaluedMap<String, Object> headers = response.getHeaders();
    headers.putSingle(POLICY_HEADER, verdict.tier().policy());
    headers.putSingle(LIMIT_HEADER, verdict.header());
  }

  /**
   * A refused credential is charged to the caller's address at the anonymous tier, so guessing keys
   * is throttled like anonymous reading, and the 401 says what budget is left.
   */
  private ApiProblem refused(ApiProblem unauthorized, String address) {
    if (!config.rateLimits()) {
      return unauthorized;
    }
    RateLimits.Verdict verdict =
        limits.consume(limits.bucket(address, anonymousTier), anonymousTier);
    if (!verdict.allowed()) {
      return tooMany(verdict);
    }
    return unauthorized.withHeaders(
        Map.of(POLICY_HEADER, verdict.tier().policy(), LIMIT_HEADER, verdict.header()));
  }

  public static boolean isDelivery(String path) {
    for (String prefix : DELIVERY_PATHS) {
      if (path.startsWith(prefix)
          && (path.length() == prefix.length() || path.charAt(prefix.length()) == '/')) {
        return true;
      }
    }
    return false;
  }

  /** The key from X-API-Key or a Bearer Authorization header; empty when neither is sent. */
  private static Optional<String> presentedSecret(String apiKey, String authorization) {
    if (apiKey == null && authorization == null) {
      return Optional.empty();
    }
    String secret;
    if (apiKey != null) {
      secret = apiKey.strip();
    } else if (authorization.length() > 7
        && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      secret = authorization.substring(7).strip();
    } else {
      throw ApiProblem.unauthorized(
          "The Authorization header must use the Bearer scheme with an API key.", "delivery");
    }
    if (secret.isEmpty() || secret.length() > MAX_SECRET_LENGTH) {
      throw ApiProblem.unauthorized("The API key is unknown, expired or revoked.", "delivery");
    }
    return Optional.of(secret);
  }

  private static ApiProblem tooMany(RateLimits.Verdict verdict) {
    return ApiProblem.tooManyRequests(detail(verdict), limitHeaders(verdict));
  }

  private static String detail(RateLimits.Verdict verdict) {
    RateLimits.Tier tier = verdict.tier();
    return "The "
        + tier.name()
        + " tier allows "
        + tier.requests()
        + " requests per "
        + tier.window().toSeconds()
        + " s; the next window starts in "
        + verdict.resetSeconds()
        + " s.";
  }

  private static Map<String, String> limitHeaders(RateLimits.Verdict verdict) {
    return Map.of(
        "Retry-After",
        Long.toString(verdict.resetSeconds()),
        POLICY_HEADER,
        verdict.tier().policy(),
        LIMIT_HEADER,
        verdict.header(),
        HttpHeaders.CACHE_CONTROL,
        "no-store");
  }
}

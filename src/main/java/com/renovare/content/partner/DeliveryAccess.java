package com.renovare.content.partner;

import com.renovare.content.platform.config.ContentConfig;
import com.renovare.content.platform.net.ClientAddress;
import com.renovare.content.platform.problem.ApiProblem;
import io.github.bucket4j.Bucket;
import io.vertx.core.http.HttpServerRequest;
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
  static final String POLICY_HEADER = "RateLimit-Policy";
  static final String LIMIT_HEADER = "RateLimit";

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
  public void admit(ContainerRequestContext request, HttpServerRequest http) {
    if (!isDelivery(request.getUriInfo().getPath())) {
      return;
    }
    String address = ClientAddress.of(http);
    Optional<String> secret;
    try {
      secret = presentedSecret(request);
    } catch (ApiProblem unauthorized) {
      throw refused(unauthorized, address);
    }
    RateLimits.Tier tier;
    ActiveKey key = null;
    if (secret.isPresent()) {
      Optional<ActiveKey> known = keys.recognise(secret.get());
      if (known.isEmpty()) {
        throw refused(
            ApiProblem.unauthorized("The API key is unknown, expired or revoked.", "delivery"),
            address);
      }
      key = known.get();
      tier = limits.tierOfKey(key.tier());
    } else if (config.anonymousReads()) {
      tier = anonymousTier;
    } else {
      throw refused(
          ApiProblem.unauthorized(
              "The delivery API needs an API key: send 'X-API-Key: <key>' or 'Authorization:"
                  + " Bearer <key>'.",
              "delivery"),
          address);
    }
    if (!config.rateLimits()) {
      return;
    }
    Bucket bucket = key != null ? limits.bucket(key.id(), tier) : limits.bucket(address, tier);
    RateLimits.Verdict verdict = limits.consume(bucket, tier);
    if (!verdict.allowed()) {
      throw tooMany(verdict);
    }
    request.setProperty(STATE, verdict);
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
  private static Optional<String> presentedSecret(ContainerRequestContext request) {
    String apiKey = request.getHeaderString(API_KEY_HEADER);
    String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
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

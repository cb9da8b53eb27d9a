package com.renovare.content.delivery;

import com.renovare.content.partner.DeliveryAccess;
import com.renovare.content.platform.config.ContentConfig;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * CORS for the delivery API only: pages on the configured storefront origins may read delivery
 * answers from a browser; any other origin, and every editorial or management path, gets no
 * Access-Control-Allow-Origin at all. No credentials mode: keys travel in headers, never cookies.
 */
@Singleton
public class StorefrontCors {

  public static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";
  public static final String EXPOSE_HEADERS = "Access-Control-Expose-Headers";

  /** Response headers a storefront script may read, beyond the CORS-safelisted ones. */
  public static final String EXPOSED =
      "ETag, Content-Location, Link, RateLimit, RateLimit-Policy, Retry-After, Content-Stale";

  static final String ALLOWED_METHODS = "GET, HEAD";
  static final String ALLOWED_HEADERS = "Accept, Authorization, If-None-Match, X-API-Key";

  /** After the TRACE refusal, ahead of every route. */
  private static final int PRIORITY = 900;

  private final Set<String> origins;
  private final String maxAge;

  StorefrontCors(ContentConfig config) {
    ContentConfig.Cors cors = config.delivery().cors();
    this.origins =
        Set.copyOf(cors.origins().orElse(List.of()).stream().map(o -> valid(o)).toList());
    this.maxAge = Long.toString(cors.maxAge().toSeconds());
  }

  void register(@Observes Filters filters) {
    if (!origins.isEmpty()) {
      filters.register(this::apply, PRIORITY);
    }
  }

  private void apply(RoutingContext ctx) {
    HttpServerRequest request = ctx.request();
    if (!DeliveryAccess.isDelivery(request.path())) {
      ctx.next();
      return;
    }
    String origin = request.getHeader("Origin");
    boolean allowed = origin != null && origins.contains(origin);
    if (allowed
        && request.method() == HttpMethod.OPTIONS
        && request.getHeader("Access-Control-Request-Method") != null) {
      // A preflight is answered here, before key checks and rate limits: browsers send it without
      // the X-API-Key it asks about.
      ctx.response()
          .setStatusCode(204)
          .putHeader(ALLOW_ORIGIN, origin)
          .putHeader("Access-Control-Allow-Methods", ALLOWED_METHODS)
          .putHeader("Access-Control-Allow-Headers", ALLOWED_HEADERS)
          .putHeader("Access-Control-Max-Age", maxAge)
          .putHeader(
              "Vary", "Origin, Access-Control-Request-Method, Access-Control-Request-Headers")
          .end();
      return;
    }
    ctx.addHeadersEndHandler(
        ignored -> {
          MultiMap headers = ctx.response().headers();
          // Shared caches (the CDN) must keep answers for different origins apart.
          headers.set("Vary", withOrigin(headers.getAll("Vary")));
          if (allowed) {
            headers.set(ALLOW_ORIGIN, origin);
            headers.set(EXPOSE_HEADERS, EXPOSED);
          }
        });
    ctx.next();
  }

  private static String withOrigin(List<String> vary) {
    List<String> names = new ArrayList<>();
    for (String value : vary) {
      for (String name : value.split(",")) {
        if (!name.isBlank()) {
          names.add(name.strip());
        }
      }
    }
    if (names.stream().noneMatch(n -> n.equalsIgnoreCase("Origin"))) {
      names.add("Origin");
    }
    return String.join(", ", names);
  }

  /**
   * An origin as browsers send it: scheme://host[:port], nothing more; anything else stops start.
   */
  private static String valid(String origin) {
    URI uri;
    try {
      uri = URI.create(origin.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("content.delivery.cors.origins: not an origin: " + origin);
    }
    boolean bare =
        ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
            && uri.getHost() != null
            && uri.getRawUserInfo() == null
            && (uri.getRawPath() == null || uri.getRawPath().isEmpty())
            && uri.getRawQuery() == null
            && uri.getRawFragment() == null;
    if (!bare) {
      throw new IllegalArgumentException(
          "content.delivery.cors.origins: '"
              + origin
              + "' is not an origin of the form scheme://host[:port]");
    }
    return origin.strip();
  }
}

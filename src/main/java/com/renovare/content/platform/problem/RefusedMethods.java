package com.renovare.content.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.ManagementInterface;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Set;

/**
 * TRACE and TRACK are refused with 405 on every path, /q/* and unknown paths included, on the API
 * port and on the management port, before any route sees them: echoing a request back would hand
 * its cookies and credentials to whatever script could send it (cross-site tracing), and no client
 * of this API, nor any probe or scraper, has a use for either.
 */
@Singleton
public class RefusedMethods {

  private static final Set<String> REFUSED = Set.of("TRACE", "TRACK");

  /** Ahead of every route of the API port, /q/openapi included. */
  private static final int PRIORITY = 1_000;

  /** Ahead of the health and metrics routes of the management port. */
  private static final int MANAGEMENT_ORDER = Integer.MIN_VALUE;

  private final ObjectMapper mapper;
  private final AllowedMethods allowed;

  RefusedMethods(ObjectMapper mapper, AllowedMethods allowed) {
    this.mapper = mapper;
    this.allowed = allowed;
  }

  void register(@Observes Filters filters) {
    filters.register(this::refuse, PRIORITY);
  }

  void register(@Observes ManagementInterface management) {
    management.router().route().order(MANAGEMENT_ORDER).handler(this::refuse);
  }

  private void refuse(RoutingContext ctx) {
    String method = ctx.request().method().name().toUpperCase(Locale.ROOT);
    if (!REFUSED.contains(method)) {
      ctx.next();
      return;
    }
    String path = ctx.request().path();
    // The body names the method and the path only; nothing of the request's headers comes back.
    Problem problem =
        new Problem(
            "/problems/method-not-allowed",
            "Method Not Allowed",
            405,
            "The method " + method + " is not allowed on this server.",
            path,
            null);
    String allow = allowed.on(path);
    ctx.response()
        .setStatusCode(405)
        .putHeader("Content-Type", Problem.MEDIA_TYPE)
        .putHeader("Allow", allow == null ? "GET, HEAD" : allow)
        .putHeader("Cache-Control", "no-store")
        .end(write(problem));
  }

  private String write(Problem problem) {
    try {
      return mapper.writeValueAsString(problem);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}

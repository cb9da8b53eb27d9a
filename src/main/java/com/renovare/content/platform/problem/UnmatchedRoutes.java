package com.renovare.content.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.ManagementInterface;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * Paths that no resource (and no /q endpoint) serves fall through the REST layer to Vert.x; this
 * last route answers them with the same problem+json 404 the resources use, on the API port and on
 * the management port.
 */
@Singleton
public class UnmatchedRoutes {

  private final ObjectMapper mapper;

  UnmatchedRoutes(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  void register(@Observes Router router) {
    router.route().last().handler(this::notFound);
  }

  void register(@Observes ManagementInterface management) {
    management.router().route().last().handler(this::notFound);
  }

  private void notFound(RoutingContext ctx) {
    String path = ctx.request().path();
    Problem problem =
        new Problem(
            "/problems/not-found",
            "Not Found",
            404,
            "Nothing is served at " + path + ".",
            path,
            null);
    ctx.response()
        .setStatusCode(404)
        .putHeader("Content-Type", Problem.MEDIA_TYPE)
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

package com.renovare.content.platform.http;

import io.quarkus.vertx.http.ManagementInterface;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * The management port (health, metrics) answers no browser script: Quarkus gives its router a CORS
 * handler that allows every origin, which would let any page that a browser on the operators'
 * network opens read the metrics. The Access-Control headers are taken off every answer, as the API
 * port never sends them for management paths either. Only a preflight keeps the handler's
 * "Access-Control-Allow-Origin: *", because the handler ends it before any later route runs; a
 * preflight only lets the browser send its request, whose answer the script then may not read.
 */
@Singleton
public class NoCorsOnManagement {

  private static final List<String> CORS_HEADERS =
      List.of(
          "Access-Control-Allow-Origin",
          "Access-Control-Allow-Credentials",
          "Access-Control-Allow-Methods",
          "Access-Control-Allow-Headers",
          "Access-Control-Allow-Private-Network",
          "Access-Control-Expose-Headers",
          "Access-Control-Max-Age");

  void register(@Observes ManagementInterface management) {
    management.router().route().order(Integer.MIN_VALUE).handler(this::strip);
  }

  private void strip(RoutingContext ctx) {
    ctx.addHeadersEndHandler(
        ignored -> {
          MultiMap headers = ctx.response().headers();
          CORS_HEADERS.forEach(headers::remove);
        });
    ctx.next();
  }
}

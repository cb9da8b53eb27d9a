package com.renovare.content.delivery.rest;

import com.renovare.content.delivery.Delivered;
import com.renovare.content.platform.config.ContentConfig;
import com.renovare.content.platform.http.ETags;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Turns a delivered body into a 200 or a 304 with the caching headers its freshness calls for. */
@Singleton
public class HttpCaching {

  static final String IMMUTABLE = "public, max-age=31536000, immutable";

  private final String current;

  HttpCaching(ContentConfig config) {
    ContentConfig.Caching caching = config.delivery().caching();
    this.current =
        "public, max-age="
            + caching.maxAge().toSeconds()
            + ", stale-while-revalidate="
            + caching.staleWhileRevalidate().toSeconds()
            + ", stale-if-error="
            + caching.staleIfError().toSeconds();
  }

  Response respond(Delivered delivered, HttpHeaders request) {
    String cacheControl =
        delivered.freshness() == Delivered.Freshness.IMMUTABLE ? IMMUTABLE : current;
    Response.ResponseBuilder response =
        ETags.matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), delivered.etag())
            ? Response.notModified()
            : Response.ok(delivered.body(), MediaType.APPLICATION_JSON_TYPE);
    response
        .header(HttpHeaders.ETAG, delivered.etag())
        .header(HttpHeaders.CACHE_CONTROL, cacheControl);
    if (delivered.contentLocation() != null) {
      response.header(HttpHeaders.CONTENT_LOCATION, delivered.contentLocation());
    }
    return response.build();
  }
}

package com.renovare.content.delivery.rest;

import com.renovare.content.delivery.Delivered;
import com.renovare.content.platform.config.ContentConfig;
import com.renovare.content.platform.http.ETags;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.regex.Pattern;

/** Turns a delivered body into a 200 or a 304 with the caching headers its freshness calls for. */
@Singleton
public class HttpCaching {

  private static final Pattern ZERO_QUALITY = Pattern.compile("[qQ]\\s*=\\s*0(?:\\.0{0,3})?");

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
    boolean gzip =
        delivered.gzip() != null
            && acceptsGzip(request.getHeaderString(HttpHeaders.ACCEPT_ENCODING));
    String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
    boolean notModified =
        ETags.matches(ifNoneMatch, delivered.etag())
            || (delivered.gzipEtag() != null && ETags.matches(ifNoneMatch, delivered.gzipEtag()));
    Response.ResponseBuilder response;
    if (notModified) {
      response = Response.notModified();
    } else if (gzip) {
      response =
          Response.ok(delivered.gzip(), MediaType.APPLICATION_JSON_TYPE)
              .header(HttpHeaders.CONTENT_ENCODING, "gzip");
    } else {
      response = Response.ok(delivered.body(), MediaType.APPLICATION_JSON_TYPE);
    }
    response
        .header(HttpHeaders.ETAG, gzip ? delivered.gzipEtag() : delivered.etag())
        .header(
            HttpHeaders.CACHE_CONTROL,
            delivered.freshness() == Delivered.Freshness.IMMUTABLE ? IMMUTABLE : current)
        .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
    if (delivered.contentLocation() != null) {
      response.header(HttpHeaders.CONTENT_LOCATION, delivered.contentLocation());
    }
    if (delivered.surrogateKey() != null) {
      response
          .header("Surrogate-Key", delivered.surrogateKey())
          .header("Cache-Tag", delivered.cacheTag());
    }
    return response.build();
  }

  /** Whether Accept-Encoding allows gzip (RFC 9110 §12.5.3: named or "*", and not with q=0). */
  static boolean acceptsGzip(String acceptEncoding) {
    if (acceptEncoding == null) {
      return false;
    }
    for (String coding : acceptEncoding.split(",")) {
      String[] parts = coding.split(";");
      String name = parts[0].trim().toLowerCase(Locale.ROOT);
      if (name.equals("gzip") || name.equals("x-gzip") || name.equals("*")) {
        for (int i = 1; i < parts.length; i++) {
          if (ZERO_QUALITY.matcher(parts[i].trim()).matches()) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }
}

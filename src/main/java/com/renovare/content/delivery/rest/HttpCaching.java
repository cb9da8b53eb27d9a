package com.renovare.content.delivery.rest;

import com.renovare.content.citation.CslJson;
import com.renovare.content.delivery.ReadyResponse;
import com.renovare.content.platform.config.ContentConfig;
import com.renovare.content.platform.database.DatabaseStatus;
import com.renovare.content.platform.database.OutageContract;
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
  private final DatabaseStatus database;

  HttpCaching(ContentConfig config, DatabaseStatus database) {
    this.database = database;
    ContentConfig.Caching caching = config.delivery().caching();
    this.current =
        "public, max-age="
            + caching.maxAge().toSeconds()
            + ", stale-while-revalidate="
            + caching.staleWhileRevalidate().toSeconds()
            + ", stale-if-error="
            + caching.staleIfError().toSeconds();
  }

  /** Cache-Control of responses that change when something is published. */
  String currentCacheControl() {
    return current;
  }

  /** Vary of the resources served in more than one media type, chosen by Accept. */
  static final String VARY_ACCEPT = "Accept, Accept-Encoding";

  static final MediaType CSL_JSON = MediaType.valueOf(CslJson.MEDIA_TYPE);

  /** schema.org JSON-LD, the second representation of articles. */
  static final String LD_JSON_TYPE = "application/ld+json";

  static final MediaType LD_JSON = MediaType.valueOf(LD_JSON_TYPE);

  Response respond(ReadyResponse delivered, HttpHeaders request) {
    return respond(
        delivered, request, MediaType.APPLICATION_JSON_TYPE, HttpHeaders.ACCEPT_ENCODING);
  }

  /**
   * For resources served in more than one media type (see {@link #prefers}): says which one this
   * is, and that the choice depends on Accept.
   */
  Response respond(ReadyResponse delivered, MediaType type, HttpHeaders request) {
    return respond(delivered, request, type, VARY_ACCEPT);
  }

  private Response respond(
      ReadyResponse delivered, HttpHeaders request, MediaType type, String vary) {
    boolean gzip = sendsGzip(delivered, request.getHeaderString(HttpHeaders.ACCEPT_ENCODING));
    boolean notModified =
        notModified(delivered, request.getHeaderString(HttpHeaders.IF_NONE_MATCH));
    Response.ResponseBuilder response;
    if (notModified) {
      response = Response.notModified();
    } else if (gzip) {
      response = Response.ok(delivered.gzip(), type).header(HttpHeaders.CONTENT_ENCODING, "gzip");
    } else {
      response = Response.ok(delivered.body(), type);
    }
    response
        .header(HttpHeaders.ETAG, gzip ? delivered.gzipEtag() : delivered.etag())
        .header(HttpHeaders.CACHE_CONTROL, cacheControl(delivered))
        .header(HttpHeaders.VARY, vary);
    if (marksStale(delivered)) {
      response.header(OutageContract.STALE_HEADER, "true");
    }
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

  /** Whether If-None-Match names either representation's tag (so a 304 is the answer). */
  static boolean notModified(ReadyResponse delivered, String ifNoneMatch) {
    return ETags.matches(ifNoneMatch, delivered.etag())
        || (delivered.gzipEtag() != null && ETags.matches(ifNoneMatch, delivered.gzipEtag()));
  }

  /**
   * Whether the gzip representation is the one to name and send: there is one and the client takes
   * it. A 304 names it too.
   */
  static boolean sendsGzip(ReadyResponse delivered, String acceptEncoding) {
    return delivered.gzip() != null && acceptsGzip(acceptEncoding);
  }

  /** Immutable for a version URL, the configured freshness for what a publish changes. */
  String cacheControl(ReadyResponse delivered) {
    return delivered.freshness() == ReadyResponse.Freshness.IMMUTABLE ? IMMUTABLE : current;
  }

  /** Served from memory while publishes cannot be seen: one volatile read, no I/O. */
  boolean marksStale(ReadyResponse delivered) {
    return delivered.freshness() == ReadyResponse.Freshness.CURRENT && !database.reachable();
  }

  /**
   * Whether the client prefers {@code alternative} to JSON: the first acceptable type (JAX-RS
   * orders them by quality and specificity) that either answers. Wildcards mean JSON, the default.
   */
  static boolean prefers(HttpHeaders request, MediaType alternative) {
    for (MediaType acceptable : request.getAcceptableMediaTypes()) {
      if (acceptable.isWildcardType() || acceptable.isWildcardSubtype()) {
        return false;
      }
      if (acceptable.isCompatible(alternative)) {
        return true;
      }
      if (acceptable.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
        return false;
      }
    }
    return false;
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

package com.renovare.content.delivery.rest;

import com.renovare.content.delivery.ArticleDelivery;
import com.renovare.content.delivery.ReadyResponse;
import com.renovare.content.partner.DeliveryAccess;
import com.renovare.content.platform.database.OutageContract;
import com.renovare.content.platform.net.ClientAddress;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.netty.buffer.Unpooled;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.concurrent.atomic.LongAdder;

/**
 * The hottest reads, an article's current version and its version URLs, answered straight from the
 * delivery cache on the event loop, without the REST layer: the body, its gzip form, ETags and
 * purge keys were prepared once when the version was loaded, so a hit costs a budget check, a few
 * header writes and a copy of bytes. A miss is loaded through the same cache (one indexed read of
 * the stored bytes and their gzip form) and answered here too.
 *
 * <p>It answers only what it can answer exactly as {@link ArticleResource} would: GET or HEAD, no
 * query string, JSON asked for (no Accept, {@code *}{@code /*} or {@code application/json}) and a
 * version that loads. Everything else, JSON-LD, a malformed slug, an article that is not there,
 * goes on to the resource, which validates and answers it. The request is charged to its caller's
 * budget here, once; a refusal or anything left to the resource is answered there with the charge
 * handed over. The filters ahead of every route still run (TRACE refusal, CORS, security headers),
 * the HTTP metrics record it under the same URI template, and {@code PreparedArticleRouteTest}
 * holds it to the resource's answers header for header.
 */
@Singleton
public class PreparedArticleRoute {

  private static final String CURRENT = "/v1/articles/:slug";
  private static final String VERSION = "/v1/articles/:slug/versions/:version";

  // Header names spelled as the REST layer spells them: clients may compare them case-sensitively.
  private static final CharSequence CONTENT_TYPE = HttpHeaders.createOptimized("Content-Type");
  private static final CharSequence CONTENT_ENCODING =
      HttpHeaders.createOptimized("Content-Encoding");
  private static final CharSequence CONTENT_LOCATION =
      HttpHeaders.createOptimized("Content-Location");
  private static final CharSequence ETAG = HttpHeaders.createOptimized("ETag");
  private static final CharSequence CACHE_CONTROL = HttpHeaders.createOptimized("Cache-Control");
  private static final CharSequence VARY_HEADER = HttpHeaders.createOptimized("Vary");

  private static final CharSequence JSON = HttpHeaders.createOptimized("application/json");
  private static final CharSequence GZIP = HttpHeaders.createOptimized("gzip");
  private static final CharSequence VARY = HttpHeaders.createOptimized(HttpCaching.VARY_ACCEPT);
  private static final CharSequence IMMUTABLE = HttpHeaders.createOptimized(HttpCaching.IMMUTABLE);
  private static final CharSequence TRUE = HttpHeaders.createOptimized("true");
  private static final CharSequence POLICY =
      HttpHeaders.createOptimized(DeliveryAccess.POLICY_HEADER);
  private static final CharSequence LIMIT =
      HttpHeaders.createOptimized(DeliveryAccess.LIMIT_HEADER);
  private static final CharSequence STALE =
      HttpHeaders.createOptimized(OutageContract.STALE_HEADER);
  private static final CharSequence SURROGATE_KEY = HttpHeaders.createOptimized("Surrogate-Key");
  private static final CharSequence CACHE_TAG = HttpHeaders.createOptimized("Cache-Tag");
  private static final CharSequence API_KEY =
      HttpHeaders.createOptimized(DeliveryAccess.API_KEY_HEADER);

  private final ArticleDelivery delivery;
  private final DeliveryAccess access;
  private final HttpCaching caching;
  private final CharSequence current;

  /** Striped, so that event loops counting at once do not contend for one memory word. */
  private final LongAdder served = new LongAdder();

  PreparedArticleRoute(
      ArticleDelivery delivery,
      DeliveryAccess access,
      HttpCaching caching,
      MeterRegistry registry) {
    this.delivery = delivery;
    this.access = access;
    this.caching = caching;
    this.current = HttpHeaders.createOptimized(caching.currentCacheControl());
    FunctionCounter.builder("content.delivery.prepared.responses", served, LongAdder::sum)
        .description(
            "Article reads answered by the prepared-response route, without the REST layer")
        .register(registry);
  }

  void register(@Observes Router router) {
    // After the filters every request passes (TRACE refusal, CORS, headers), before the REST layer.
    int order = RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT;
    router.get(CURRENT).order(order).handler(ctx -> serve(ctx, false));
    router.head(CURRENT).order(order).handler(ctx -> serve(ctx, false));
    router.get(VERSION).order(order).handler(ctx -> serve(ctx, true));
    router.head(VERSION).order(order).handler(ctx -> serve(ctx, true));
  }

  private void serve(RoutingContext ctx, boolean version) {
    HttpServerRequest request = ctx.request();
    if (request.query() != null || !asksForJson(request.getHeader(HttpHeaders.ACCEPT))) {
      ctx.next();
      return;
    }
    String slug = ctx.pathParam("slug");
    String rawVersion = version ? ctx.pathParam("version") : null;
    ReadyResponse prepared =
        version ? delivery.prepared(slug, rawVersion) : delivery.prepared(slug);
    DeliveryAccess.Admission admission =
        access.admit(
            request.getHeader(API_KEY),
            request.getHeader(HttpHeaders.AUTHORIZATION),
            ClientAddress.of(request));
    if (admission.refusal() != null) {
      admission.handOver(ctx);
      ctx.next();
      return;
    }
    if (prepared != null) {
      respond(ctx, prepared, admission);
      return;
    }
    Uni<ReadyResponse> load;
    try {
      load =
          version
              ? delivery.versionNotPrepared(slug, rawVersion)
              : delivery.currentNotPrepared(slug);
    } catch (RuntimeException invalid) {
      admission.handOver(ctx);
      ctx.next();
      return;
    }
    // The load runs on the delivery cache's loader threads; the answer is written back on this
    // request's event loop. Whatever fails (absent, redacted, database away) is the resource's to
    // answer as problem+json, with the charge handed over.
    Context context = Vertx.currentContext();
    load.subscribe()
        .with(
            loaded -> context.runOnContext(v -> respond(ctx, loaded, admission)),
            failure ->
                context.runOnContext(
                    v -> {
                      admission.handOver(ctx);
                      ctx.next();
                    }));
  }

  private void respond(
      RoutingContext ctx, ReadyResponse prepared, DeliveryAccess.Admission admission) {
    HttpServerRequest request = ctx.request();
    if (ctx.response().closed()) {
      return;
    }
    served.increment();
    HttpServerResponse response = ctx.response();
    MultiMap headers = response.headers();
    boolean notModified =
        HttpCaching.notModified(prepared, request.getHeader(HttpHeaders.IF_NONE_MATCH));
    boolean gzip = HttpCaching.sendsGzip(prepared, request.getHeader(HttpHeaders.ACCEPT_ENCODING));
    if (!notModified) {
      headers.set(CONTENT_TYPE, JSON);
      if (gzip) {
        headers.set(CONTENT_ENCODING, GZIP);
      }
    }
    headers
        .set(ETAG, gzip ? prepared.gzipEtag() : prepared.etag())
        .set(
            CACHE_CONTROL,
            prepared.freshness() == ReadyResponse.Freshness.IMMUTABLE ? IMMUTABLE : current)
        .set(VARY_HEADER, VARY);
    if (caching.marksStale(prepared)) {
      headers.set(STALE, TRUE);
    }
    if (prepared.contentLocation() != null) {
      headers.set(CONTENT_LOCATION, prepared.contentLocation());
    }
    if (prepared.surrogateKey() != null) {
      headers.set(SURROGATE_KEY, prepared.surrogateKey()).set(CACHE_TAG, prepared.cacheTag());
    }
    if (admission.verdict() != null) {
      headers
          .set(POLICY, admission.verdict().tier().policy())
          .set(LIMIT, admission.verdict().header());
    }
    if (notModified) {
      response.setStatusCode(304).end();
      return;
    }
    byte[] body = gzip ? prepared.gzip() : prepared.body();
    if (request.method() == HttpMethod.HEAD) {
      // The length GET would send, spelled as Vert.x spells it there; Vert.x leaves it out of a
      // HEAD answer ended without a body.
      response.putHeader(HttpHeaders.CONTENT_LENGTH, Integer.toString(body.length)).end();
      return;
    }
    // Wrapped, not copied; unreleasable, since every hit writes the same bytes.
    response.end(Buffer.buffer(Unpooled.unreleasableBuffer(Unpooled.wrappedBuffer(body))));
  }

  /** Whether JSON is what the client asks for in a way this route can tell without negotiating. */
  private static boolean asksForJson(String accept) {
    return accept == null || accept.equals("*/*") || accept.equals("application/json");
  }
}

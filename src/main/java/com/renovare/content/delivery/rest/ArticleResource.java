package com.renovare.content.delivery.rest;

import com.renovare.content.citation.CitationData;
import com.renovare.content.citation.CslJson;
import com.renovare.content.delivery.ArticleDelivery;
import com.renovare.content.platform.openapi.ApiDefinition;
import com.renovare.content.publishing.ArticleSummary;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Published articles: the current version, any past version, one section, the history, lists. */
@Path("/v1/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles")
@APIResponse(responseCode = "503", ref = ApiDefinition.UNAVAILABLE)
public class ArticleResource {

  private final ArticleDelivery delivery;
  private final HttpCaching caching;

  ArticleResource(ArticleDelivery delivery, HttpCaching caching) {
    this.delivery = delivery;
    this.caching = caching;
  }

  @GET
  public Uni<Response> list(
      @QueryParam("topic") String topic,
      @QueryParam("product") String product,
      @QueryParam("locale") String locale,
      @Parameter(ref = ApiDefinition.LIMIT) @QueryParam("limit") String limit,
      @Parameter(ref = ApiDefinition.CURSOR) @QueryParam("cursor") String cursor,
      @Context HttpHeaders headers) {
    return delivery
        .list(topic, product, locale, limit, cursor)
        .map(d -> caching.respond(d, headers));
  }

  @GET
  @Produces({MediaType.APPLICATION_JSON, HttpCaching.LD_JSON_TYPE})
  @Path("/{slug}")
  public Uni<Response> current(
      @Parameter(ref = ApiDefinition.SLUG) @PathParam("slug") String slug,
      @Context HttpHeaders headers) {
    boolean ld = HttpCaching.prefers(headers, HttpCaching.LD_JSON);
    return (ld ? delivery.currentLinkedData(slug) : delivery.current(slug))
        .map(d -> caching.respond(d, ld ? HttpCaching.LD_JSON : JSON, headers));
  }

  @GET
  @Path("/{slug}/versions")
  public Uni<Response> versions(
      @Parameter(ref = ApiDefinition.SLUG) @PathParam("slug") String slug,
      @Parameter(ref = ApiDefinition.LIMIT) @QueryParam("limit") String limit,
      @Parameter(ref = ApiDefinition.CURSOR) @QueryParam("cursor") String cursor,
      @Context HttpHeaders headers) {
    return delivery.versions(slug, limit, cursor).map(d -> caching.respond(d, headers));
  }

  @GET
  @Produces({MediaType.APPLICATION_JSON, HttpCaching.LD_JSON_TYPE})
  @Path("/{slug}/versions/{version}")
  public Uni<Response> version(
      @Parameter(ref = ApiDefinition.SLUG) @PathParam("slug") String slug,
      @Parameter(ref = ApiDefinition.VERSION) @PathParam("version") String version,
      @Context HttpHeaders headers) {
    boolean ld = HttpCaching.prefers(headers, HttpCaching.LD_JSON);
    return (ld ? delivery.versionLinkedData(slug, version) : delivery.version(slug, version))
        .map(d -> caching.respond(d, ld ? HttpCaching.LD_JSON : JSON, headers));
  }

  @GET
  @Path("/{slug}/sections/{key}")
  public Uni<Response> section(
      @Parameter(ref = ApiDefinition.SLUG) @PathParam("slug") String slug,
      @PathParam("key") String key,
      @Context HttpHeaders headers) {
    return delivery.section(slug, key).map(d -> caching.respond(d, headers));
  }

  @GET
  @Path("/{slug}/citations")
  @Produces({MediaType.APPLICATION_JSON, CslJson.MEDIA_TYPE})
  public Uni<Response> citations(
      @Parameter(ref = ApiDefinition.SLUG) @PathParam("slug") String slug,
      @Context HttpHeaders headers) {
    boolean csl = HttpCaching.prefers(headers, HttpCaching.CSL_JSON);
    return delivery
        .citations(slug, csl)
        .map(
            d ->
                caching.respond(
                    d, csl ? HttpCaching.CSL_JSON : MediaType.APPLICATION_JSON_TYPE, headers));
  }

  private static final MediaType JSON = MediaType.APPLICATION_JSON_TYPE;

  /** The article's citations. */
  @Schema(name = "ArticleCitations")
  public record CitationList(@Schema(maxItems = 200, required = true) List<CitationData> items) {}

  /** A page of article summaries. */
  @Schema(name = "ArticleList")
  record ArticleList(
      @Schema(maxItems = 100, required = true) List<ArticleSummary> items,
      @Schema(
              description = "Cursor of the next page; null on the last page.",
              maxLength = 512,
              nullable = true,
              required = true)
          String next) {}
}

package com.renovare.content.delivery.rest;

import com.renovare.content.citation.CitationData;
import com.renovare.content.citation.CslJson;
import com.renovare.content.delivery.ArticleDelivery;
import com.renovare.content.platform.ApiDefinition;
import com.renovare.content.platform.Identifiers;
import com.renovare.content.publishing.ArticleDocument;
import com.renovare.content.publishing.ArticleSummary;
import com.renovare.content.publishing.SectionView;
import com.renovare.content.publishing.VersionHistory;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Published articles: the current version, any past version, one section, the history, lists. */
@Path("/v1/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles")
public class ArticleResource {

  private final ArticleDelivery delivery;
  private final HttpCaching caching;

  ArticleResource(ArticleDelivery delivery, HttpCaching caching) {
    this.delivery = delivery;
    this.caching = caching;
  }

  @GET
  @Operation(
      operationId = "listArticles",
      summary = "List published articles",
      description =
          "Summaries of the live articles, newest first (by first publication), optionally"
              + " filtered. Follow `next` until it is null to read them all.")
  @APIResponse(
      responseCode = "200",
      description = "A page of article summaries.",
      headers = {
        @Header(name = "ETag", ref = ApiDefinition.ETAG),
        @Header(name = "Vary", ref = ApiDefinition.VARY),
        @Header(name = "Cache-Control", ref = ApiDefinition.CACHE_CONTROL_CURRENT)
      },
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ArticleList.class),
              examples = @ExampleObject(name = "one article", value = Examples.ARTICLE_LIST)))
  @APIResponse(responseCode = "304", ref = ApiDefinition.NOT_MODIFIED)
  @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
  @APIResponse(responseCode = "406", ref = ApiDefinition.NOT_ACCEPTABLE)
  @APIResponse(responseCode = "503", ref = ApiDefinition.UNAVAILABLE)
  public Uni<Response> list(
      @Parameter(
              description = "Only articles tagged with this topic.",
              example = "bone-health",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      pattern = Identifiers.TOPIC,
                      maxLength = Identifiers.TOPIC_MAX))
          @QueryParam("topic")
          String topic,
      @Parameter(
              description = "Only articles that link the product with this SKU.",
              example = "SAMPLE-K2-MK7-100",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      pattern = Identifiers.SKU,
                      maxLength = Identifiers.SKU_MAX))
          @QueryParam("product")
          String product,
      @Parameter(
              description = "Only articles in this locale.",
              example = "en-US",
              schema =
                  @Schema(type = SchemaType.STRING, pattern = Identifiers.LOCALE, maxLength = 6))
          @QueryParam("locale")
          String locale,
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
  @Operation(
      operationId = "getArticle",
      summary = "Get the current version of an article",
      description =
          "The whole article as published: sections and blocks, linked products, citations,"
              + " credits and disclaimers. The same bytes as its version URL, named by"
              + " Content-Location.")
  @APIResponse(
      responseCode = "200",
      description = "The current version.",
      headers = {
        @Header(name = "ETag", ref = ApiDefinition.ETAG),
        @Header(name = "Vary", ref = ApiDefinition.VARY),
        @Header(name = "Cache-Control", ref = ApiDefinition.CACHE_CONTROL_CURRENT),
        @Header(name = "Content-Location", ref = ApiDefinition.CONTENT_LOCATION),
        @Header(name = "Surrogate-Key", ref = ApiDefinition.SURROGATE_KEY),
        @Header(name = "Cache-Tag", ref = ApiDefinition.CACHE_TAG)
      },
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ArticleDocument.class),
            examples = @ExampleObject(name = "trimmed", value = Examples.ARTICLE)),
        @Content(
            mediaType = HttpCaching.LD_JSON_TYPE,
            schema = @Schema(implementation = LinkedDataSchema.class),
            examples = @ExampleObject(name = "trimmed", value = Examples.ARTICLE_LD))
      })
  @APIResponse(responseCode = "304", ref = ApiDefinition.NOT_MODIFIED)
  @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
  @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
  @APIResponse(responseCode = "406", ref = ApiDefinition.NOT_ACCEPTABLE)
  @APIResponse(responseCode = "410", ref = ApiDefinition.GONE)
  @APIResponse(responseCode = "503", ref = ApiDefinition.UNAVAILABLE)
  public Uni<Response> current(
      @Parameter(
              description = "The article's stable URL name.",
              example = "vitamin-k2-mk7",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      pattern = Identifiers.SLUG,
                      maxLength = Identifiers.SLUG_MAX))
          @PathParam("slug")
          String slug,
      @Context HttpHeaders headers) {
    boolean ld = HttpCaching.prefers(headers, HttpCaching.LD_JSON);
    return (ld ? delivery.currentLinkedData(slug) : delivery.current(slug))
        .map(d -> caching.respond(d, ld ? HttpCaching.LD_JSON : JSON, headers));
  }

  @GET
  @Path("/{slug}/versions")
  @Operation(
      operationId = "listArticleVersions",
      summary = "List an article's published versions",
      description =
          "Newest first: under which public byline each version was published, when, and why."
              + " The change notes are public. A redacted version keeps its number and date and"
              + " says when and why it was redacted; its content is gone.")
  @APIResponse(
      responseCode = "200",
      description = "A page of the version history.",
      headers = {
        @Header(name = "ETag", ref = ApiDefinition.ETAG),
        @Header(name = "Vary", ref = ApiDefinition.VARY),
        @Header(name = "Cache-Control", ref = ApiDefinition.CACHE_CONTROL_CURRENT)
      },
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = VersionHistory.Page.class),
              examples = @ExampleObject(name = "one version", value = Examples.VERSION_LIST)))
  @APIResponse(responseCode = "304", ref = ApiDefinition.NOT_MODIFIED)
  @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
  @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
  @APIResponse(responseCode = "406", ref = ApiDefinition.NOT_ACCEPTABLE)
  @APIResponse(responseCode = "503", ref = ApiDefinition.UNAVAILABLE)
  public Uni<Response> versions(
      @Parameter(
              description = "The article's stable URL name.",
              example = "vitamin-k2-mk7",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      pattern = Identifiers.SLUG,
                      maxLength = Identifiers.SLUG_MAX))
          @PathParam("slug")
          String slug,
      @Parameter(ref = ApiDefinition.LIMIT) @QueryParam("limit") String limit,
      @Parameter(ref = ApiDefinition.CURSOR) @QueryParam("cursor") String cursor,
      @Context HttpHeaders headers) {
    return delivery.versions(slug, limit, cursor).map(d -> caching.respond(d, headers));
  }

  @GET
  @Produces({MediaType.APPLICATION_JSON, HttpCaching.LD_JSON_TYPE})
  @Path("/{slug}/versions/{version}")
  @Operation(
      operationId = "getArticleVersion",
      summary = "Get one published version of an article",
      description =
          "Byte for byte what was delivered when the version was current. Never changes, so"
              + " caches may keep it for a year, unless an admin redacts it for a legal or medical"
              + " takedown: it then answers 410 for good, announced by the article.redacted"
              + " webhook event with the surrogate keys to purge.")
  @APIResponse(
      responseCode = "200",
      description = "The version.",
      headers = {
        @Header(name = "ETag", ref = ApiDefinition.ETAG),
        @Header(name = "Vary", ref = ApiDefinition.VARY),
        @Header(name = "Cache-Control", ref = ApiDefinition.CACHE_CONTROL_IMMUTABLE),
        @Header(name = "Surrogate-Key", ref = ApiDefinition.SURROGATE_KEY),
        @Header(name = "Cache-Tag", ref = ApiDefinition.CACHE_TAG)
      },
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ArticleDocument.class),
            examples = @ExampleObject(name = "trimmed", value = Examples.ARTICLE)),
        @Content(
            mediaType = HttpCaching.LD_JSON_TYPE,
            schema = @Schema(implementation = LinkedDataSchema.class),
            examples = @ExampleObject(name = "trimmed", value = Examples.ARTICLE_LD))
      })
  @APIResponse(responseCode = "304", ref = ApiDefinition.NOT_MODIFIED)
  @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
  @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
  @APIResponse(responseCode = "406", ref = ApiDefinition.NOT_ACCEPTABLE)
  @APIResponse(responseCode = "410", ref = ApiDefinition.GONE)
  @APIResponse(responseCode = "503", ref = ApiDefinition.UNAVAILABLE)
  public Uni<Response> version(
      @Parameter(
              description = "The article's stable URL name.",
              example = "vitamin-k2-mk7",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      pattern = Identifiers.SLUG,
                      maxLength = Identifiers.SLUG_MAX))
          @PathParam("slug")
          String slug,
      @Parameter(
              description = "The version number, from 1.",
              example = "1",
              schema =
                  @Schema(type = SchemaType.STRING, pattern = "^[1-9][0-9]{0,8}$", maxLength = 9))
          @PathParam("version")
          String version,
      @Context HttpHeaders headers) {
    boolean ld = HttpCaching.prefers(headers, HttpCaching.LD_JSON);
    return (ld ? delivery.versionLinkedData(slug, version) : delivery.version(slug, version))
        .map(d -> caching.respond(d, ld ? HttpCaching.LD_JSON : JSON, headers));
  }

  @GET
  @Path("/{slug}/sections/{key}")
  @Operation(
      operationId = "getArticleSection",
      summary = "Get one section of the current version",
      description =
          "The section with the products it links and the citations its blocks refer to, for"
              + " pages that show one part of an article.")
  @APIResponse(
      responseCode = "200",
      description = "The section.",
      headers = {
        @Header(name = "ETag", ref = ApiDefinition.ETAG),
        @Header(name = "Vary", ref = ApiDefinition.VARY),
        @Header(name = "Cache-Control", ref = ApiDefinition.CACHE_CONTROL_CURRENT)
      },
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = SectionView.class),
              examples = @ExampleObject(name = "trimmed", value = Examples.SECTION)))
  @APIResponse(responseCode = "304", ref = ApiDefinition.NOT_MODIFIED)
  @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
  @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
  @APIResponse(responseCode = "406", ref = ApiDefinition.NOT_ACCEPTABLE)
  @APIResponse(responseCode = "410", ref = ApiDefinition.GONE)
  @APIResponse(responseCode = "503", ref = ApiDefinition.UNAVAILABLE)
  public Uni<Response> section(
      @Parameter(
              description = "The article's stable URL name.",
              example = "vitamin-k2-mk7",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      pattern = Identifiers.SLUG,
                      maxLength = Identifiers.SLUG_MAX))
          @PathParam("slug")
          String slug,
      @Parameter(
              description = "The section's stable key.",
              example = "bone-health",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      pattern = Identifiers.SECTION_KEY,
                      maxLength = Identifiers.SECTION_KEY_MAX))
          @PathParam("key")
          String key,
      @Context HttpHeaders headers) {
    return delivery.section(slug, key).map(d -> caching.respond(d, headers));
  }

  @GET
  @Path("/{slug}/citations")
  @Produces({MediaType.APPLICATION_JSON, CslJson.MEDIA_TYPE})
  @Operation(
      operationId = "getArticleCitations",
      summary = "Get the sources the current version cites",
      description =
          "The article's citation list as the current version shows it. Ask with `Accept:"
              + " application/vnd.citationstyles.csl+json` for an array of CSL-JSON items, ready"
              + " for reference managers and citation processors.")
  @APIResponse(
      responseCode = "200",
      description = "The citations.",
      headers = {
        @Header(name = "ETag", ref = ApiDefinition.ETAG),
        @Header(name = "Vary", ref = ApiDefinition.VARY),
        @Header(name = "Cache-Control", ref = ApiDefinition.CACHE_CONTROL_CURRENT)
      },
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CitationList.class),
            examples = @ExampleObject(name = "one web page", value = Examples.CITATION_LIST)),
        @Content(
            mediaType = CslJson.MEDIA_TYPE,
            schema =
                @Schema(
                    type = SchemaType.ARRAY,
                    maxItems = 200,
                    implementation = CslItemSchema.class),
            examples = @ExampleObject(name = "one web page", value = Examples.CSL_ITEMS))
      })
  @APIResponse(responseCode = "304", ref = ApiDefinition.NOT_MODIFIED)
  @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
  @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
  @APIResponse(responseCode = "406", ref = ApiDefinition.NOT_ACCEPTABLE)
  @APIResponse(responseCode = "410", ref = ApiDefinition.GONE)
  @APIResponse(responseCode = "503", ref = ApiDefinition.UNAVAILABLE)
  public Uni<Response> citations(
      @Parameter(
              description = "The article's stable URL name.",
              example = "vitamin-k2-mk7",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      pattern = Identifiers.SLUG,
                      maxLength = Identifiers.SLUG_MAX))
          @PathParam("slug")
          String slug,
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

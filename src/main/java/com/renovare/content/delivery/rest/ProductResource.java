package com.renovare.content.delivery.rest;

import com.renovare.content.delivery.CatalogDelivery;
import com.renovare.content.delivery.ProductArticle;
import com.renovare.content.delivery.ProductDetail;
import com.renovare.content.platform.ApiDefinition;
import com.renovare.content.platform.Identifiers;
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

/** Products the retailer carries, and the published articles that link them. */
@Path("/v1/products/{sku}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Products")
public class ProductResource {

  private final CatalogDelivery delivery;
  private final HttpCaching caching;

  ProductResource(CatalogDelivery delivery, HttpCaching caching) {
    this.delivery = delivery;
    this.caching = caching;
  }

  @GET
  @Operation(
      operationId = "getProduct",
      summary = "Get a product",
      description =
          "The product card as the catalogue holds it now, with the safety notes that apply to"
              + " its active ingredient now. A note written or changed shows here at once.")
  @APIResponse(
      responseCode = "200",
      description = "The product.",
      headers = {
        @Header(name = "ETag", ref = ApiDefinition.ETAG),
        @Header(name = "Vary", ref = ApiDefinition.VARY),
        @Header(name = "Cache-Control", ref = ApiDefinition.CACHE_CONTROL_CURRENT)
      },
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ProductDetail.class),
              examples = @ExampleObject(name = "sample product", value = Examples.PRODUCT)))
  @APIResponse(responseCode = "304", ref = ApiDefinition.NOT_MODIFIED)
  @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
  @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
  @APIResponse(responseCode = "406", ref = ApiDefinition.NOT_ACCEPTABLE)
  @APIResponse(responseCode = "503", ref = ApiDefinition.UNAVAILABLE)
  public Uni<Response> product(
      @Parameter(
              description = "The product's SKU.",
              example = "SAMPLE-K2-MK7-100",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      pattern = Identifiers.SKU,
                      maxLength = Identifiers.SKU_MAX))
          @PathParam("sku")
          String sku,
      @Context HttpHeaders headers) {
    return delivery.product(sku).map(d -> caching.respond(d, headers));
  }

  @GET
  @Path("/articles")
  @Operation(
      operationId = "listProductArticles",
      summary = "List the published articles that link a product",
      description =
          "Newest first, each with the sections that link the product and how. An empty list"
              + " when no live article links it.")
  @APIResponse(
      responseCode = "200",
      description = "A page of articles.",
      headers = {
        @Header(name = "ETag", ref = ApiDefinition.ETAG),
        @Header(name = "Vary", ref = ApiDefinition.VARY),
        @Header(name = "Cache-Control", ref = ApiDefinition.CACHE_CONTROL_CURRENT)
      },
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ProductArticleList.class),
              examples = @ExampleObject(name = "one article", value = Examples.PRODUCT_ARTICLES)))
  @APIResponse(responseCode = "304", ref = ApiDefinition.NOT_MODIFIED)
  @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
  @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
  @APIResponse(responseCode = "406", ref = ApiDefinition.NOT_ACCEPTABLE)
  @APIResponse(responseCode = "503", ref = ApiDefinition.UNAVAILABLE)
  public Uni<Response> articles(
      @Parameter(
              description = "The product's SKU.",
              example = "SAMPLE-K2-MK7-100",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      pattern = Identifiers.SKU,
                      maxLength = Identifiers.SKU_MAX))
          @PathParam("sku")
          String sku,
      @Parameter(ref = ApiDefinition.LIMIT) @QueryParam("limit") String limit,
      @Parameter(ref = ApiDefinition.CURSOR) @QueryParam("cursor") String cursor,
      @Context HttpHeaders headers) {
    return delivery.articlesLinking(sku, limit, cursor).map(d -> caching.respond(d, headers));
  }

  /** A page of articles linking a product. */
  @Schema(name = "ProductArticleList")
  record ProductArticleList(
      @Schema(maxItems = 100, required = true) List<ProductArticle> items,
      @Schema(
              description = "Cursor of the next page; null on the last page.",
              maxLength = 512,
              nullable = true,
              required = true)
          String next) {}
}

package com.renovare.content.delivery.rest;

import com.renovare.content.delivery.CatalogDelivery;
import com.renovare.content.delivery.ProductArticle;
import com.renovare.content.platform.openapi.ApiDefinition;
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

/** Products the retailer carries, and the published articles that link them. */
@Path("/v1/products/{sku}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Products")
@APIResponse(responseCode = "503", ref = ApiDefinition.UNAVAILABLE)
public class ProductResource {

  private final CatalogDelivery delivery;
  private final HttpCaching caching;

  ProductResource(CatalogDelivery delivery, HttpCaching caching) {
    this.delivery = delivery;
    this.caching = caching;
  }

  @GET
  public Uni<Response> product(@PathParam("sku") String sku, @Context HttpHeaders headers) {
    return delivery.product(sku).map(d -> caching.respond(d, headers));
  }

  @GET
  @Path("/articles")
  public Uni<Response> articles(
      @PathParam("sku") String sku,
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

package com.renovare.content.editorial.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.renovare.content.citation.CitationData;
import com.renovare.content.editorial.EditorialArticles;
import com.renovare.content.editorial.EditorialCatalog;
import com.renovare.content.editorial.Requests;
import com.renovare.content.editorial.Views;
import com.renovare.content.platform.ApiDefinition;
import com.renovare.content.platform.Identifiers;
import com.renovare.content.platform.security.CurrentActor;
import com.renovare.content.platform.security.RequiresRole;
import com.renovare.content.platform.security.Role;
import com.renovare.content.product.ProductData;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Products (synchronised from the commerce system) and citations, for editors. */
@Path("/v1/editorial")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Editorial")
@SecurityRequirement(name = ApiDefinition.BEARER)
@APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
public class EditorialCatalogResource {

  private final EditorialCatalog catalog;
  private final CurrentActor caller;

  EditorialCatalogResource(EditorialCatalog catalog, CurrentActor caller) {
    this.catalog = catalog;
    this.caller = caller;
  }

  @PUT
  @Path("/products")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresRole(Role.PUBLISHER)
  @Operation(
      operationId = "upsertProducts",
      summary = "Create or update products by SKU",
      description =
          "How the commerce system syncs its catalogue: all items in one transaction. A product"
              + " that becomes available or unavailable gets the live articles linking it"
              + " re-published, and product data is public at /v1/products/{sku}, so this needs"
              + " publisher authority: an editor cannot change what readers see without a"
              + " publisher. Give the commerce sync its own publisher token (see"
              + " src/docs/roles.md). A linked article whose live content may not be published"
              + " any more (findings in a market whose compliance policy is block) keeps its live"
              + " version and is listed in notRepublished with the reasons; the products are"
              + " stored and the other articles re-published all the same.")
  @Extension(name = "x-required-role", value = "publisher")
  @RequestBody(
      required = true,
      content =
          @Content(
              schema = @Schema(implementation = Requests.ProductUpsert.class),
              examples = @ExampleObject(name = "one product", value = EditorialExamples.PRODUCTS)))
  @APIResponse(
      responseCode = "200",
      description = "What changed.",
      content = @Content(schema = @Schema(implementation = Views.UpsertResult.class)))
  @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
  @APIResponse(responseCode = "413", ref = ApiDefinition.PAYLOAD_TOO_LARGE)
  @APIResponse(responseCode = "415", ref = ApiDefinition.UNSUPPORTED_MEDIA_TYPE)
  public Views.UpsertResult upsert(JsonNode body) {
    return catalog.upsert(body, caller.get());
  }

  @GET
  @Path("/products/{sku}")
  @RequiresRole(Role.EDITOR)
  @Operation(operationId = "getProductData", summary = "Get a product's master data")
  @Extension(name = "x-required-role", value = "editor")
  @APIResponse(
      responseCode = "200",
      description = "The product as last synchronised.",
      content = @Content(schema = @Schema(implementation = ProductData.class)))
  @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
  @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
  public ProductData product(
      @Parameter(
              description = "The SKU.",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      pattern = Identifiers.SKU,
                      maxLength = Identifiers.SKU_MAX))
          @PathParam("sku")
          String sku) {
    return catalog.product(sku);
  }

  @POST
  @Path("/products/{sku}/discontinue")
  @RequiresRole(Role.PUBLISHER)
  @Operation(
      operationId = "discontinueProduct",
      summary = "Discontinue a product",
      description =
          "Articles keep the link and show the product as unavailable: each live article linking"
              + " it is re-published from its current version, except one whose live content may"
              + " not be published any more, which keeps its version and is listed in"
              + " notRepublished. Needs publisher authority, since it changes what readers see.")
  @Extension(name = "x-required-role", value = "publisher")
  @APIResponse(
      responseCode = "200",
      description = "What changed.",
      content = @Content(schema = @Schema(implementation = Views.UpsertResult.class)))
  @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
  @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
  public Views.UpsertResult discontinue(
      @Parameter(
              description = "The SKU.",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      pattern = Identifiers.SKU,
                      maxLength = Identifiers.SKU_MAX))
          @PathParam("sku")
          String sku) {
    return catalog.discontinue(sku, caller.get());
  }

  @POST
  @Path("/citations")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresRole(Role.EDITOR)
  @Operation(operationId = "createCitation", summary = "Create a citation")
  @Extension(name = "x-required-role", value = "editor")
  @RequestBody(
      required = true,
      content =
          @Content(
              schema = @Schema(implementation = CitationData.class),
              examples = @ExampleObject(name = "a web page", value = EditorialExamples.CITATION)))
  @APIResponse(
      responseCode = "201",
      description = "Created; ETag names its version.",
      content = @Content(schema = @Schema(implementation = CitationData.class)))
  @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
  @APIResponse(responseCode = "409", ref = ApiDefinition.CONFLICT)
  @APIResponse(responseCode = "415", ref = ApiDefinition.UNSUPPORTED_MEDIA_TYPE)
  public Response createCitation(JsonNode body) {
    EditorialArticles.Written<CitationData> citation = catalog.createCitation(body, caller.get());
    return Response.created(URI.create("/v1/editorial/citations/" + citation.body().key()))
        .entity(citation.body())
        .header(HttpHeaders.ETAG, citation.etag())
        .build();
  }

  @GET
  @Path("/citations/{key}")
  @RequiresRole(Role.EDITOR)
  @Operation(operationId = "getCitationForEditing", summary = "Get a citation with its ETag")
  @Extension(name = "x-required-role", value = "editor")
  @APIResponse(
      responseCode = "200",
      description = "The citation.",
      content = @Content(schema = @Schema(implementation = CitationData.class)))
  @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
  @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
  public Response citation(
      @Parameter(
              description = "The citation key.",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      pattern = Identifiers.CITATION_KEY,
                      maxLength = Identifiers.CITATION_KEY_MAX))
          @PathParam("key")
          String key) {
    EditorialArticles.Written<CitationData> citation = catalog.citation(key);
    return Response.ok(citation.body()).header(HttpHeaders.ETAG, citation.etag()).build();
  }

  @PUT
  @Path("/citations/{key}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresRole(Role.EDITOR)
  @Operation(
      operationId = "updateCitation",
      summary = "Update a citation",
      description =
          "Needs If-Match. Published versions keep the citation as it was; the next publish of each article uses the new data.")
  @Extension(name = "x-required-role", value = "editor")
  @RequestBody(
      required = true,
      content =
          @Content(
              schema = @Schema(implementation = CitationData.class),
              examples = @ExampleObject(name = "a web page", value = EditorialExamples.CITATION)))
  @APIResponse(
      responseCode = "200",
      description = "Saved; ETag names the new version.",
      content = @Content(schema = @Schema(implementation = CitationData.class)))
  @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
  @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
  @APIResponse(responseCode = "412", ref = ApiDefinition.PRECONDITION_FAILED)
  @APIResponse(responseCode = "415", ref = ApiDefinition.UNSUPPORTED_MEDIA_TYPE)
  @APIResponse(responseCode = "428", ref = ApiDefinition.PRECONDITION_REQUIRED)
  public Response updateCitation(
      @Parameter(
              description = "The citation key.",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      pattern = Identifiers.CITATION_KEY,
                      maxLength = Identifiers.CITATION_KEY_MAX))
          @PathParam("key")
          String key,
      @Parameter(ref = ApiDefinition.IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      JsonNode body) {
    EditorialArticles.Written<CitationData> citation =
        catalog.updateCitation(key, ifMatch, body, caller.get());
    return Response.ok(citation.body()).header(HttpHeaders.ETAG, citation.etag()).build();
  }
}

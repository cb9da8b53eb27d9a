package com.renovare.content.editorial.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.renovare.content.access.CurrentActor;
import com.renovare.content.access.RequiresRole;
import com.renovare.content.access.Role;
import com.renovare.content.citation.CitationData;
import com.renovare.content.editorial.EditorialArticles;
import com.renovare.content.editorial.EditorialCatalog;
import com.renovare.content.editorial.EditorialRequests;
import com.renovare.content.editorial.EditorialResponses;
import com.renovare.content.platform.openapi.ApiDefinition;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBodySchema;
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
  @RequestBodySchema(EditorialRequests.ProductUpsert.class)
  public EditorialResponses.UpsertResult upsert(JsonNode body) {
    return catalog.upsert(body, caller.get());
  }

  @GET
  @Path("/products/{sku}")
  @RequiresRole(Role.EDITOR)
  public ProductData product(@PathParam("sku") String sku) {
    return catalog.product(sku);
  }

  @POST
  @Path("/products/{sku}/discontinue")
  @RequiresRole(Role.PUBLISHER)
  public EditorialResponses.UpsertResult discontinue(@PathParam("sku") String sku) {
    return catalog.discontinue(sku, caller.get());
  }

  @POST
  @Path("/citations")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresRole(Role.EDITOR)
  @RequestBodySchema(CitationData.class)
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
  public Response citation(@PathParam("key") String key) {
    EditorialArticles.Written<CitationData> citation = catalog.citation(key);
    return Response.ok(citation.body()).header(HttpHeaders.ETAG, citation.etag()).build();
  }

  @PUT
  @Path("/citations/{key}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresRole(Role.EDITOR)
  @RequestBodySchema(CitationData.class)
  public Response updateCitation(
      @PathParam("key") String key,
      @Parameter(ref = ApiDefinition.IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      JsonNode body) {
    EditorialArticles.Written<CitationData> citation =
        catalog.updateCitation(key, ifMatch, body, caller.get());
    return Response.ok(citation.body()).header(HttpHeaders.ETAG, citation.etag()).build();
  }
}

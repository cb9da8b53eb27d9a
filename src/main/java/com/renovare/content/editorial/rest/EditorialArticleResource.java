package com.renovare.content.editorial.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.renovare.content.access.CurrentActor;
import com.renovare.content.access.RequiresRole;
import com.renovare.content.access.Role;
import com.renovare.content.article.ArticleContent;
import com.renovare.content.compliance.ComplianceReport;
import com.renovare.content.editorial.EditorialArticles;
import com.renovare.content.editorial.EditorialResponses;
import com.renovare.content.platform.openapi.ApiDefinition;
import com.renovare.content.publishing.VersionHistory;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBodySchema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Drafts, for editors: writing them, previewing them and checking them against the rules. */
@Path("/v1/editorial/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Editorial")
@SecurityRequirement(name = ApiDefinition.BEARER)
@APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
public class EditorialArticleResource {

  private final EditorialArticles articles;
  private final CurrentActor caller;

  EditorialArticleResource(EditorialArticles articles, CurrentActor caller) {
    this.articles = articles;
    this.caller = caller;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresRole(Role.EDITOR)
  @RequestBodySchema(ArticleContent.class)
  public Response create(JsonNode body) {
    EditorialArticles.Written<EditorialResponses.Draft> draft = articles.create(body, caller.get());
    return Response.created(URI.create(draft.body().links().self()))
        .entity(draft.body())
        .header(HttpHeaders.ETAG, draft.etag())
        .build();
  }

  @GET
  @RequiresRole(Role.EDITOR)
  public EditorialResponses.DraftList list(
      @QueryParam("status") String status,
      @QueryParam("slug") String slug,
      @Parameter(ref = ApiDefinition.LIMIT) @QueryParam("limit") String limit,
      @Parameter(ref = ApiDefinition.CURSOR) @QueryParam("cursor") String cursor) {
    return articles.list(status, slug, limit, cursor);
  }

  @GET
  @Path("/{id}")
  @RequiresRole(Role.EDITOR)
  public Response get(@Parameter(ref = ApiDefinition.ARTICLE_ID) @PathParam("id") String id) {
    EditorialArticles.Written<EditorialResponses.Draft> draft = articles.get(id);
    return Response.ok(draft.body()).header(HttpHeaders.ETAG, draft.etag()).build();
  }

  @PUT
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresRole(Role.EDITOR)
  @RequestBodySchema(ArticleContent.class)
  public Response replace(
      @Parameter(ref = ApiDefinition.ARTICLE_ID) @PathParam("id") String id,
      @Parameter(ref = ApiDefinition.IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      JsonNode body) {
    EditorialArticles.Written<EditorialResponses.Draft> draft =
        articles.replace(id, ifMatch, body, caller.get());
    return Response.ok(draft.body()).header(HttpHeaders.ETAG, draft.etag()).build();
  }

  @DELETE
  @Path("/{id}")
  @RequiresRole(Role.EDITOR)
  public Response delete(
      @Parameter(ref = ApiDefinition.ARTICLE_ID) @PathParam("id") String id,
      @Parameter(ref = ApiDefinition.IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    articles.delete(id, ifMatch, caller.get());
    return Response.noContent().build();
  }

  @GET
  @Path("/{id}/preview")
  @RequiresRole(Role.EDITOR)
  public Response preview(@Parameter(ref = ApiDefinition.ARTICLE_ID) @PathParam("id") String id) {
    return Response.ok(articles.preview(id), MediaType.APPLICATION_JSON_TYPE).build();
  }

  @GET
  @Path("/{id}/versions")
  @RequiresRole(Role.EDITOR)
  public VersionHistory.Page versions(
      @Parameter(ref = ApiDefinition.ARTICLE_ID) @PathParam("id") String id,
      @Parameter(ref = ApiDefinition.LIMIT) @QueryParam("limit") String limit,
      @Parameter(ref = ApiDefinition.CURSOR) @QueryParam("cursor") String cursor) {
    return articles.versions(id, limit, cursor);
  }

  @GET
  @Path("/{id}/compliance")
  @RequiresRole(Role.EDITOR)
  public ComplianceReport compliance(
      @Parameter(ref = ApiDefinition.ARTICLE_ID) @PathParam("id") String id) {
    return articles.compliance(id);
  }

  @GET
  @Path("/{id}/versions/{version}/compliance")
  @RequiresRole(Role.EDITOR)
  public ComplianceReport versionCompliance(
      @Parameter(ref = ApiDefinition.ARTICLE_ID) @PathParam("id") String id,
      @Parameter(ref = ApiDefinition.VERSION) @PathParam("version") String version) {
    return articles.compliance(id, version);
  }
}

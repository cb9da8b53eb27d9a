package com.renovare.content.editorial.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.renovare.content.access.CurrentActor;
import com.renovare.content.access.RequiresRole;
import com.renovare.content.access.Role;
import com.renovare.content.editorial.EditorialArticles;
import com.renovare.content.editorial.EditorialRequests;
import com.renovare.content.editorial.EditorialResponses;
import com.renovare.content.platform.openapi.ApiDefinition;
import com.renovare.content.publishing.Redaction;
import com.renovare.content.publishing.ScheduleView;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

/**
 * Publishing drafts, for publishers: publish now or on schedule, withdraw, revert, and (admins)
 * redact published versions.
 */
@Path("/v1/editorial/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Editorial")
@SecurityRequirement(name = ApiDefinition.BEARER)
@APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
public class EditorialPublishingResource {

  private final EditorialArticles articles;
  private final CurrentActor caller;

  EditorialPublishingResource(EditorialArticles articles, CurrentActor caller) {
    this.articles = articles;
    this.caller = caller;
  }

  @POST
  @Path("/{id}/publish")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresRole(Role.PUBLISHER)
  @RequestBodySchema(EditorialRequests.Publish.class)
  public Response publish(
      @Parameter(ref = ApiDefinition.ARTICLE_ID) @PathParam("id") String id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      JsonNode body) {
    EditorialResponses.Published published = articles.publish(id, ifMatch, body, caller.get());
    return Response.created(URI.create(published.url())).entity(published).build();
  }

  @POST
  @Path("/{id}/unpublish")
  @RequiresRole(Role.PUBLISHER)
  public Response unpublish(@Parameter(ref = ApiDefinition.ARTICLE_ID) @PathParam("id") String id) {
    articles.unpublish(id, caller.get());
    return Response.noContent().build();
  }

  @PUT
  @Path("/{id}/schedule")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresRole(Role.PUBLISHER)
  @RequestBodySchema(EditorialRequests.Schedule.class)
  public ScheduleView schedule(
      @Parameter(ref = ApiDefinition.ARTICLE_ID) @PathParam("id") String id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      JsonNode body) {
    return articles.schedule(id, ifMatch, body, caller.get());
  }

  @DELETE
  @Path("/{id}/schedule")
  @RequiresRole(Role.PUBLISHER)
  public Response cancelSchedule(
      @Parameter(ref = ApiDefinition.ARTICLE_ID) @PathParam("id") String id) {
    articles.cancelSchedule(id, caller.get());
    return Response.noContent().build();
  }

  @POST
  @Path("/{id}/redactions")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresRole(Role.ADMIN)
  @RequestBodySchema(EditorialRequests.Redact.class)
  public Redaction redact(
      @Parameter(ref = ApiDefinition.ARTICLE_ID) @PathParam("id") String id, JsonNode body) {
    return articles.redact(id, body, caller.get());
  }

  @POST
  @Path("/{id}/revert")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresRole(Role.PUBLISHER)
  @RequestBodySchema(EditorialRequests.Revert.class)
  public Response revert(
      @Parameter(ref = ApiDefinition.ARTICLE_ID) @PathParam("id") String id,
      @Parameter(ref = ApiDefinition.IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      JsonNode body) {
    EditorialArticles.Written<EditorialResponses.Draft> draft =
        articles.revert(id, ifMatch, body, caller.get());
    return Response.ok(draft.body()).header(HttpHeaders.ETAG, draft.etag()).build();
  }
}

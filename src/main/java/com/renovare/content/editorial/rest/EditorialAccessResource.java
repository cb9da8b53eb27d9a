package com.renovare.content.editorial.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.renovare.content.access.CurrentActor;
import com.renovare.content.access.RequiresRole;
import com.renovare.content.access.Role;
import com.renovare.content.access.TokenView;
import com.renovare.content.editorial.EditorialAccess;
import com.renovare.content.editorial.EditorialRequests;
import com.renovare.content.editorial.EditorialResponses;
import com.renovare.content.platform.openapi.ApiDefinition;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBodySchema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Tokens and the audit log, for admins. */
@Path("/v1/editorial")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Editorial")
@SecurityRequirement(name = ApiDefinition.BEARER)
@APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
public class EditorialAccessResource {

  private final EditorialAccess access;
  private final CurrentActor caller;

  EditorialAccessResource(EditorialAccess access, CurrentActor caller) {
    this.access = access;
    this.caller = caller;
  }

  @POST
  @Path("/tokens")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresRole(Role.ADMIN)
  @RequestBodySchema(EditorialRequests.Token.class)
  public Response issue(JsonNode body) {
    return Response.status(Response.Status.CREATED)
        .entity(access.issue(body, caller.get()))
        .build();
  }

  @GET
  @Path("/tokens")
  @RequiresRole(Role.ADMIN)
  public EditorialResponses.TokenList tokens() {
    return access.tokens();
  }

  @DELETE
  @Path("/tokens/{id}")
  @RequiresRole(Role.ADMIN)
  public TokenView revoke(@PathParam("id") String id) {
    return access.revoke(id, caller.get());
  }

  @GET
  @Path("/audit")
  @RequiresRole(Role.ADMIN)
  public EditorialResponses.AuditPage audit(
      @Parameter(ref = ApiDefinition.LIMIT) @QueryParam("limit") String limit,
      @Parameter(ref = ApiDefinition.CURSOR) @QueryParam("cursor") String cursor) {
    return access.audit(limit, cursor);
  }
}

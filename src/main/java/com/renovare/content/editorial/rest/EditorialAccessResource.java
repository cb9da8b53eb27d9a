package com.renovare.content.editorial.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.renovare.content.editorial.EditorialAccess;
import com.renovare.content.editorial.Requests;
import com.renovare.content.editorial.Views;
import com.renovare.content.platform.ApiDefinition;
import com.renovare.content.platform.security.CurrentActor;
import com.renovare.content.platform.security.RequiresRole;
import com.renovare.content.platform.security.Role;
import com.renovare.content.platform.security.TokenView;
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
  @RequestBodySchema(Requests.Token.class)
  public Response issue(JsonNode body) {
    return Response.status(Response.Status.CREATED)
        .entity(access.issue(body, caller.get()))
        .build();
  }

  @GET
  @Path("/tokens")
  @RequiresRole(Role.ADMIN)
  public Views.TokenList tokens() {
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
  public Views.AuditPage audit(
      @Parameter(ref = ApiDefinition.LIMIT) @QueryParam("limit") String limit,
      @Parameter(ref = ApiDefinition.CURSOR) @QueryParam("cursor") String cursor) {
    return access.audit(limit, cursor);
  }
}

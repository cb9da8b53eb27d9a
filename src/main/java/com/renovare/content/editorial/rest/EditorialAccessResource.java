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
  @Operation(
      operationId = "issueToken",
      summary = "Issue a bearer token",
      description =
          "256 random bits. The secret is in this response only: it is stored as a hash and cannot be shown again.")
  @Extension(name = "x-required-role", value = "admin")
  @RequestBody(
      required = true,
      content =
          @Content(
              schema = @Schema(implementation = Requests.Token.class),
              examples =
                  @ExampleObject(
                      name = "a token for an editor",
                      value = EditorialExamples.TOKEN_REQUEST)))
  @APIResponse(
      responseCode = "201",
      description = "Issued.",
      content = @Content(schema = @Schema(implementation = Views.IssuedToken.class)))
  @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
  @APIResponse(responseCode = "415", ref = ApiDefinition.UNSUPPORTED_MEDIA_TYPE)
  public Response issue(JsonNode body) {
    return Response.status(Response.Status.CREATED)
        .entity(access.issue(body, caller.get()))
        .build();
  }

  @GET
  @Path("/tokens")
  @RequiresRole(Role.ADMIN)
  @Operation(
      operationId = "listTokens",
      summary = "List tokens",
      description = "Names, roles and lifetimes; never secrets.")
  @Extension(name = "x-required-role", value = "admin")
  @APIResponse(
      responseCode = "200",
      description = "All tokens, oldest first.",
      content = @Content(schema = @Schema(implementation = Views.TokenList.class)))
  public Views.TokenList tokens() {
    return access.tokens();
  }

  @DELETE
  @Path("/tokens/{id}")
  @RequiresRole(Role.ADMIN)
  @Operation(
      operationId = "revokeToken",
      summary = "Revoke a token",
      description = "It stops working at once. Revoking twice is harmless.")
  @Extension(name = "x-required-role", value = "admin")
  @APIResponse(
      responseCode = "200",
      description = "The revoked token.",
      content = @Content(schema = @Schema(implementation = TokenView.class)))
  @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
  @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
  @APIResponse(responseCode = "409", ref = ApiDefinition.CONFLICT)
  public TokenView revoke(
      @Parameter(
              description = "The token's id.",
              schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36))
          @PathParam("id")
          String id) {
    return access.revoke(id, caller.get());
  }

  @GET
  @Path("/audit")
  @RequiresRole(Role.ADMIN)
  @Operation(
      operationId = "readAuditLog",
      summary = "Read the audit log",
      description = "Every write, newest first: who, with which token, what, when.")
  @Extension(name = "x-required-role", value = "admin")
  @APIResponse(
      responseCode = "200",
      description = "A page of entries.",
      content = @Content(schema = @Schema(implementation = Views.AuditPage.class)))
  @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
  public Views.AuditPage audit(
      @Parameter(ref = ApiDefinition.LIMIT) @QueryParam("limit") String limit,
      @Parameter(ref = ApiDefinition.CURSOR) @QueryParam("cursor") String cursor) {
    return access.audit(limit, cursor);
  }
}

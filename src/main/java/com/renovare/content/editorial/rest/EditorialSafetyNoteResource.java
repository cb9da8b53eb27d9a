package com.renovare.content.editorial.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.renovare.content.access.CurrentActor;
import com.renovare.content.access.RequiresRole;
import com.renovare.content.access.Role;
import com.renovare.content.editorial.EditorialArticles;
import com.renovare.content.editorial.EditorialSafetyNotes;
import com.renovare.content.platform.openapi.ApiDefinition;
import com.renovare.content.safety.SafetyNoteData;
import jakarta.ws.rs.Consumes;
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

/**
 * Safety notes on ingredients, for editors. Writing one takes a publisher: a note reaches every
 * product with the ingredient at once and every article involving it at its next publish.
 */
@Path("/v1/editorial/safety-notes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Editorial")
@SecurityRequirement(name = ApiDefinition.BEARER)
@APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
public class EditorialSafetyNoteResource {

  private final EditorialSafetyNotes notes;
  private final CurrentActor caller;

  EditorialSafetyNoteResource(EditorialSafetyNotes notes, CurrentActor caller) {
    this.notes = notes;
    this.caller = caller;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresRole(Role.PUBLISHER)
  @RequestBodySchema(SafetyNoteData.class)
  public Response create(JsonNode body) {
    EditorialArticles.Written<SafetyNoteData> note = notes.create(body, caller.get());
    return Response.created(URI.create("/v1/editorial/safety-notes/" + note.body().key()))
        .entity(note.body())
        .header(HttpHeaders.ETAG, note.etag())
        .build();
  }

  @GET
  @RequiresRole(Role.EDITOR)
  public EditorialSafetyNotes.NoteList list(
      @Parameter(ref = ApiDefinition.LIMIT) @QueryParam("limit") String limit,
      @Parameter(ref = ApiDefinition.CURSOR) @QueryParam("cursor") String cursor) {
    return notes.list(limit, cursor);
  }

  @GET
  @Path("/{key}")
  @RequiresRole(Role.EDITOR)
  public Response get(@PathParam("key") String key) {
    EditorialArticles.Written<SafetyNoteData> note = notes.get(key);
    return Response.ok(note.body()).header(HttpHeaders.ETAG, note.etag()).build();
  }

  @PUT
  @Path("/{key}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresRole(Role.PUBLISHER)
  @RequestBodySchema(SafetyNoteData.class)
  public Response replace(
      @PathParam("key") String key,
      @Parameter(ref = ApiDefinition.IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      JsonNode body) {
    EditorialArticles.Written<SafetyNoteData> note =
        notes.replace(key, ifMatch, body, caller.get());
    return Response.ok(note.body()).header(HttpHeaders.ETAG, note.etag()).build();
  }
}

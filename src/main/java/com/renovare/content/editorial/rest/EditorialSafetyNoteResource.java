package com.renovare.content.editorial.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.renovare.content.editorial.EditorialArticles;
import com.renovare.content.editorial.EditorialSafetyNotes;
import com.renovare.content.platform.ApiDefinition;
import com.renovare.content.platform.Identifiers;
import com.renovare.content.platform.security.CurrentActor;
import com.renovare.content.platform.security.RequiresRole;
import com.renovare.content.platform.security.Role;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
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
  @Operation(
      operationId = "createSafetyNote",
      summary = "Create a safety note",
      description =
          "Products whose active ingredient matches one of the terms show the note at once;"
              + " articles that involve the ingredient carry it from their next publish. Every"
              + " citation named must exist.")
  @Extension(name = "x-required-role", value = "publisher")
  @RequestBody(
      required = true,
      content =
          @Content(
              schema = @Schema(implementation = SafetyNoteData.class),
              examples =
                  @ExampleObject(name = "an interaction", value = EditorialExamples.SAFETY_NOTE)))
  @APIResponse(
      responseCode = "201",
      description = "Created; ETag names its version.",
      headers =
          @Header(
              name = "ETag",
              description = "The note's version; send it in If-Match to replace the note.",
              schema = @Schema(type = SchemaType.STRING, examples = "\"r1\"", maxLength = 24)),
      content = @Content(schema = @Schema(implementation = SafetyNoteData.class)))
  @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
  @APIResponse(responseCode = "409", ref = ApiDefinition.CONFLICT)
  @APIResponse(responseCode = "413", ref = ApiDefinition.PAYLOAD_TOO_LARGE)
  @APIResponse(responseCode = "415", ref = ApiDefinition.UNSUPPORTED_MEDIA_TYPE)
  public Response create(JsonNode body) {
    EditorialArticles.Written<SafetyNoteData> note = notes.create(body, caller.get());
    return Response.created(URI.create("/v1/editorial/safety-notes/" + note.body().key()))
        .entity(note.body())
        .header(HttpHeaders.ETAG, note.etag())
        .build();
  }

  @GET
  @RequiresRole(Role.EDITOR)
  @Operation(operationId = "listSafetyNotes", summary = "List safety notes by key")
  @Extension(name = "x-required-role", value = "editor")
  @APIResponse(
      responseCode = "200",
      description = "A page of notes.",
      content = @Content(schema = @Schema(implementation = EditorialSafetyNotes.NoteList.class)))
  @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
  public EditorialSafetyNotes.NoteList list(
      @Parameter(ref = ApiDefinition.LIMIT) @QueryParam("limit") String limit,
      @Parameter(ref = ApiDefinition.CURSOR) @QueryParam("cursor") String cursor) {
    return notes.list(limit, cursor);
  }

  @GET
  @Path("/{key}")
  @RequiresRole(Role.EDITOR)
  @Operation(operationId = "getSafetyNoteForEditing", summary = "Get a safety note with its ETag")
  @Extension(name = "x-required-role", value = "editor")
  @APIResponse(
      responseCode = "200",
      description = "The note as editors write it.",
      headers =
          @Header(
              name = "ETag",
              description = "The note's version; send it in If-Match to replace the note.",
              schema = @Schema(type = SchemaType.STRING, examples = "\"r1\"", maxLength = 24)),
      content = @Content(schema = @Schema(implementation = SafetyNoteData.class)))
  @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
  @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
  public Response get(
      @Parameter(
              description = "The note's key.",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      pattern = Identifiers.SLUG,
                      maxLength = SafetyNoteData.KEY_MAX))
          @PathParam("key")
          String key) {
    EditorialArticles.Written<SafetyNoteData> note = notes.get(key);
    return Response.ok(note.body()).header(HttpHeaders.ETAG, note.etag()).build();
  }

  @PUT
  @Path("/{key}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresRole(Role.PUBLISHER)
  @Operation(
      operationId = "replaceSafetyNote",
      summary = "Replace a safety note",
      description =
          "Needs If-Match. Products show the new note at once; published article versions keep"
              + " the note as it was, and each article's next publish carries the new one.")
  @Extension(name = "x-required-role", value = "publisher")
  @RequestBody(
      required = true,
      content =
          @Content(
              schema = @Schema(implementation = SafetyNoteData.class),
              examples =
                  @ExampleObject(name = "an interaction", value = EditorialExamples.SAFETY_NOTE)))
  @APIResponse(
      responseCode = "200",
      description = "Saved; ETag names the new version.",
      headers =
          @Header(
              name = "ETag",
              description = "The note's version; send it in If-Match to replace the note.",
              schema = @Schema(type = SchemaType.STRING, examples = "\"r1\"", maxLength = 24)),
      content = @Content(schema = @Schema(implementation = SafetyNoteData.class)))
  @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
  @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
  @APIResponse(responseCode = "412", ref = ApiDefinition.PRECONDITION_FAILED)
  @APIResponse(responseCode = "413", ref = ApiDefinition.PAYLOAD_TOO_LARGE)
  @APIResponse(responseCode = "415", ref = ApiDefinition.UNSUPPORTED_MEDIA_TYPE)
  @APIResponse(responseCode = "428", ref = ApiDefinition.PRECONDITION_REQUIRED)
  public Response replace(
      @Parameter(
              description = "The note's key.",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      pattern = Identifiers.SLUG,
                      maxLength = SafetyNoteData.KEY_MAX))
          @PathParam("key")
          String key,
      @Parameter(ref = ApiDefinition.IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      JsonNode body) {
    EditorialArticles.Written<SafetyNoteData> note =
        notes.replace(key, ifMatch, body, caller.get());
    return Response.ok(note.body()).header(HttpHeaders.ETAG, note.etag()).build();
  }
}

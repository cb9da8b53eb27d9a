package com.renovare.content.delivery.rest;

import com.renovare.content.delivery.CatalogDelivery;
import com.renovare.content.platform.ApiDefinition;
import com.renovare.content.platform.Identifiers;
import com.renovare.content.safety.SafetyNoteData;
import com.renovare.content.safety.SafetyNoteView;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Safety notes on ingredients, by key. */
@Path("/v1/safety-notes/{key}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Products")
public class SafetyNoteResource {

  private final CatalogDelivery delivery;
  private final HttpCaching caching;

  SafetyNoteResource(CatalogDelivery delivery, HttpCaching caching) {
    this.delivery = delivery;
    this.caching = caching;
  }

  @GET
  @Operation(
      operationId = "getSafetyNote",
      summary = "Get a safety note",
      description =
          "A note as it is now, with its sources. Products show the current notes; an article"
              + " version keeps the notes as they were when it was published.")
  @APIResponse(
      responseCode = "200",
      description = "The note.",
      headers = {
        @Header(name = "ETag", ref = ApiDefinition.ETAG),
        @Header(name = "Vary", ref = ApiDefinition.VARY),
        @Header(name = "Cache-Control", ref = ApiDefinition.CACHE_CONTROL_CURRENT)
      },
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = SafetyNoteView.class),
              examples = @ExampleObject(name = "vitamin K", value = Examples.SAFETY_NOTE)))
  @APIResponse(responseCode = "304", ref = ApiDefinition.NOT_MODIFIED)
  @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
  @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
  @APIResponse(responseCode = "406", ref = ApiDefinition.NOT_ACCEPTABLE)
  @APIResponse(responseCode = "503", ref = ApiDefinition.UNAVAILABLE)
  public Uni<Response> safetyNote(
      @Parameter(
              description = "The note's stable key.",
              example = "vitamin-k-anticoagulants",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      pattern = Identifiers.SLUG,
                      maxLength = SafetyNoteData.KEY_MAX))
          @PathParam("key")
          String key,
      @Context HttpHeaders headers) {
    return delivery.safetyNote(key).map(d -> caching.respond(d, headers));
  }
}

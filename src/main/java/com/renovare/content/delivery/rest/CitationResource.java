package com.renovare.content.delivery.rest;

import com.renovare.content.citation.CslJson;
import com.renovare.content.delivery.CatalogDelivery;
import com.renovare.content.delivery.DeliveredCitation;
import com.renovare.content.platform.ApiDefinition;
import com.renovare.content.platform.Identifiers;
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

/** The sources articles cite. */
@Path("/v1/citations/{key}")
@Produces({MediaType.APPLICATION_JSON, CslJson.MEDIA_TYPE})
@Tag(name = "Citations")
public class CitationResource {

  private final CatalogDelivery delivery;
  private final HttpCaching caching;

  CitationResource(CatalogDelivery delivery, HttpCaching caching) {
    this.delivery = delivery;
    this.caching = caching;
  }

  @GET
  @Operation(
      operationId = "getCitation",
      summary = "Get a citation",
      description =
          "A source by its key, with the fields of a CSL-JSON item in camelCase and, for a web"
              + " source, `linkHealth`: what the scheduled link checker last saw at its URL"
              + " (status, final URL after redirects, when, a hash of the content and when that"
              + " last changed). Ask with `Accept: application/vnd.citationstyles.csl+json` for"
              + " the CSL-JSON item itself, which has no link health. A citation is public while"
              + " the current version of a live article cites it; any other key answers 404.")
  @APIResponse(
      responseCode = "200",
      description = "The citation.",
      headers = {
        @Header(name = "ETag", ref = ApiDefinition.ETAG),
        @Header(name = "Cache-Control", ref = ApiDefinition.CACHE_CONTROL_CURRENT)
      },
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DeliveredCitation.class),
            examples = {
              @ExampleObject(name = "web page", value = Examples.CITATION),
              @ExampleObject(name = "broken web page", value = Examples.BROKEN_CITATION)
            }),
        @Content(
            mediaType = CslJson.MEDIA_TYPE,
            schema = @Schema(implementation = CslItemSchema.class),
            examples = @ExampleObject(name = "web page", value = Examples.CSL_ITEM))
      })
  @APIResponse(responseCode = "304", ref = ApiDefinition.NOT_MODIFIED)
  @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
  @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
  @APIResponse(responseCode = "406", ref = ApiDefinition.NOT_ACCEPTABLE)
  @APIResponse(responseCode = "503", ref = ApiDefinition.UNAVAILABLE)
  public Uni<Response> citation(
      @Parameter(
              description = "The citation's stable key.",
              example = "healthline-calcification-types",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      pattern = Identifiers.CITATION_KEY,
                      maxLength = Identifiers.CITATION_KEY_MAX))
          @PathParam("key")
          String key,
      @Context HttpHeaders headers) {
    boolean csl = HttpCaching.prefers(headers, HttpCaching.CSL_JSON);
    return (csl ? delivery.citationAsCsl(key) : delivery.citation(key))
        .map(
            d ->
                caching.respond(
                    d, csl ? HttpCaching.CSL_JSON : MediaType.APPLICATION_JSON_TYPE, headers));
  }
}

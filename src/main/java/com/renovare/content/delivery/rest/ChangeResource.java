package com.renovare.content.delivery.rest;

import com.renovare.content.delivery.ChangeFeed;
import com.renovare.content.platform.ApiDefinition;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The change feed: every publish, update and unpublish, in commit order, for clients that sync. */
@Path("/v1/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Changes")
public class ChangeResource {

  private final ChangeFeed feed;

  ChangeResource(ChangeFeed feed) {
    this.feed = feed;
  }

  @GET
  @Operation(
      operationId = "listChanges",
      summary = "Read the change feed",
      description =
          "Every publish, update and unpublish since the cursor, oldest first, in the order they"
              + " were committed; without since, from the beginning. A client that applies the"
              + " events in order (published/updated: the article is live at that version;"
              + " unpublished: it is not) holds exactly the published set. Changes are numbered in"
              + " commit order, so a change never appears before one already read. Entries whose"
              + " version was redacted say so (redacted) and carry no content.")
  @APIResponse(
      responseCode = "200",
      description = "A page of changes.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ChangeFeed.ChangePage.class),
              examples =
                  @ExampleObject(
                      name = "the seed article's first publish",
                      value =
                          "{\"items\":[{\"event\":\"article.published\",\"slug\":\"vitamin-k2-mk7\","
                              + "\"version\":1,\"at\":\"2026-11-25T18:01:34.640Z\","
                              + "\"url\":\"/v1/articles/vitamin-k2-mk7/versions/1\","
                              + "\"cursor\":\"MQ\",\"redacted\":false}],\"next\":\"MQ\",\"hasMore\":false}")))
  @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
  @APIResponse(responseCode = "406", ref = ApiDefinition.NOT_ACCEPTABLE)
  @APIResponse(responseCode = "503", ref = ApiDefinition.UNAVAILABLE)
  public Uni<Response> changes(
      @Parameter(
              description =
                  "The cursor of the last change read (or a page's next); omit to start"
                      + " from the beginning.",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      pattern = "^[A-Za-z0-9_-]{1,64}$",
                      maxLength = 64))
          @QueryParam("since")
          String since,
      @Parameter(ref = ApiDefinition.LIMIT) @QueryParam("limit") String limit) {
    return feed.page(since, limit)
        .map(
            d ->
                Response.ok(d.body(), MediaType.APPLICATION_JSON_TYPE)
                    .header(HttpHeaders.CACHE_CONTROL, "no-cache")
                    .build());
  }
}

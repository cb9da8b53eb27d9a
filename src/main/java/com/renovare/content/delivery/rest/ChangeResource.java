package com.renovare.content.delivery.rest;

import com.renovare.content.delivery.ChangeFeed;
import com.renovare.content.platform.openapi.ApiDefinition;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The change feed: every publish, update and unpublish, in commit order, for clients that sync. */
@Path("/v1/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Changes")
@APIResponse(responseCode = "503", ref = ApiDefinition.UNAVAILABLE)
public class ChangeResource {

  private final ChangeFeed feed;

  ChangeResource(ChangeFeed feed) {
    this.feed = feed;
  }

  @GET
  public Uni<Response> changes(
      @QueryParam("since") String since,
      @Parameter(ref = ApiDefinition.LIMIT) @QueryParam("limit") String limit) {
    return feed.page(since, limit)
        .map(
            d ->
                Response.ok(d.body(), MediaType.APPLICATION_JSON_TYPE)
                    .header(HttpHeaders.CACHE_CONTROL, "no-cache")
                    .build());
  }
}

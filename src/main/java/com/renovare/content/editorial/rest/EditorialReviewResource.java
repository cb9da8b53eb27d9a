package com.renovare.content.editorial.rest;

import com.renovare.content.access.RequiresRole;
import com.renovare.content.access.Role;
import com.renovare.content.editorial.EditorialResponses;
import com.renovare.content.editorial.ReviewQueue;
import com.renovare.content.platform.openapi.ApiDefinition;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The re-review list: published articles whose medical review must be done again. */
@Path("/v1/editorial/reviews")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Editorial")
@SecurityRequirement(name = ApiDefinition.BEARER)
@APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
public class EditorialReviewResource {

  private final ReviewQueue queue;

  EditorialReviewResource(ReviewQueue queue) {
    this.queue = queue;
  }

  @GET
  @RequiresRole(Role.EDITOR)
  public EditorialResponses.ReviewList list(
      @Parameter(ref = ApiDefinition.LIMIT) @QueryParam("limit") String limit,
      @Parameter(ref = ApiDefinition.CURSOR) @QueryParam("cursor") String cursor) {
    return queue.page(limit, cursor);
  }
}

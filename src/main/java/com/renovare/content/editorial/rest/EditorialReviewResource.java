package com.renovare.content.editorial.rest;

import com.renovare.content.editorial.ReviewQueue;
import com.renovare.content.editorial.Views;
import com.renovare.content.platform.ApiDefinition;
import com.renovare.content.platform.security.RequiresRole;
import com.renovare.content.platform.security.Role;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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
  @Operation(
      operationId = "listReviewsDue",
      summary = "List the articles that need another review",
      description =
          "Live articles in slug order with every reason they need review: never reviewed, review"
              + " overdue, a cited source broken, or a cited source whose content changed on or"
              + " after the day of the review (as the citation link checker saw it).")
  @Extension(name = "x-required-role", value = "editor")
  @APIResponse(
      responseCode = "200",
      description = "A page of the list.",
      content =
          @Content(
              schema = @Schema(implementation = Views.ReviewList.class),
              examples =
                  @ExampleObject(name = "a broken source", value = EditorialExamples.REVIEWS)))
  @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
  public Views.ReviewList list(
      @Parameter(ref = ApiDefinition.LIMIT) @QueryParam("limit") String limit,
      @Parameter(ref = ApiDefinition.CURSOR) @QueryParam("cursor") String cursor) {
    return queue.page(limit, cursor);
  }
}

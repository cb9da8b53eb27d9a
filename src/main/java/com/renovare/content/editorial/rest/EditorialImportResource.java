package com.renovare.content.editorial.rest;

import com.renovare.content.access.CurrentActor;
import com.renovare.content.access.RequiresRole;
import com.renovare.content.access.Role;
import com.renovare.content.editorial.EditorialArticles;
import com.renovare.content.editorial.EditorialImports;
import com.renovare.content.editorial.EditorialResponses;
import com.renovare.content.platform.openapi.ApiDefinition;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Imports of legacy blog posts as drafts. The media type is checked by the import itself rather
 * than by {@code @Consumes}, so that a caller without a token hears 401 before anything else.
 */
@Path("/v1/editorial/imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Editorial")
@SecurityRequirement(name = ApiDefinition.BEARER)
@APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
public class EditorialImportResource {

  /** The largest body the API accepts: 1 MB. */
  private static final int POST_MAX = 1048576;

  private final EditorialImports imports;
  private final CurrentActor caller;

  EditorialImportResource(EditorialImports imports, CurrentActor caller) {
    this.imports = imports;
    this.caller = caller;
  }

  @POST
  @RequiresRole(Role.EDITOR)
  @RequestBody(
      content = {
        @Content(
            mediaType = MediaType.TEXT_PLAIN,
            schema = @Schema(type = SchemaType.STRING, maxLength = POST_MAX)),
        @Content(
            mediaType = "text/markdown",
            schema = @Schema(type = SchemaType.STRING, maxLength = POST_MAX)),
        @Content(
            mediaType = MediaType.TEXT_HTML,
            schema = @Schema(type = SchemaType.STRING, maxLength = POST_MAX))
      })
  public Response importPost(
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      @QueryParam("locale") String locale,
      @QueryParam("slug") String slug,
      byte[] body) {
    EditorialArticles.Written<EditorialResponses.Imported> imported =
        imports.importPost(body, contentType, locale, slug, caller.get());
    return Response.created(URI.create(imported.body().draft().links().self()))
        .entity(imported.body())
        .header(HttpHeaders.ETAG, imported.etag())
        .build();
  }
}

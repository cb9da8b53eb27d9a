package com.renovare.content.editorial.rest;

import com.renovare.content.editorial.EditorialArticles;
import com.renovare.content.editorial.EditorialImports;
import com.renovare.content.editorial.Views;
import com.renovare.content.platform.ApiDefinition;
import com.renovare.content.platform.problem.Problem;
import com.renovare.content.platform.security.CurrentActor;
import com.renovare.content.platform.security.RequiresRole;
import com.renovare.content.platform.security.Role;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
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

  private final EditorialImports imports;
  private final CurrentActor caller;

  EditorialImportResource(EditorialImports imports, CurrentActor caller) {
    this.imports = imports;
    this.caller = caller;
  }

  @POST
  @RequiresRole(Role.EDITOR)
  @Operation(
      operationId = "importPost",
      summary = "Import a legacy blog post as a draft",
      description =
          "Reads a post sent as text/plain (title on the first line, lists as indented '1.' or"
              + " '•' lines, a lone numbered line followed by paragraphs as a section heading),"
              + " text/markdown (CommonMark; emphasis kept as plain text) or text/html (a WordPress"
              + " post body, sanitised with an allowlist: scripts, styles, event handlers and"
              + " script URLs never reach the draft), and stores it as a new draft. Sections get"
              + " keys made from their headings ('introduction' for the text before the first);"
              + " the slug is made from the title, with a -2, -3 … suffix when it is taken, unless"
              + " ?slug= names one. 'Information from …' and 'Pictures from …' lines and bare URLs"
              + " at the end become credits and citations; a citation the catalogue already has"
              + " (same URL or same title) is linked, never copied or changed. Web links become"
              + " citations of their paragraph. The charset comes from Content-Type (UTF-8 by"
              + " default). The report lists everything dropped, guessed or decided, with its line"
              + " and column.")
  @Extension(name = "x-required-role", value = "editor")
  @RequestBody(
      required = true,
      content = {
        @Content(
            mediaType = MediaType.TEXT_PLAIN,
            schema = @Schema(type = SchemaType.STRING, maxLength = 1048576),
            examples =
                @ExampleObject(
                    name = "plain text post",
                    value =
                        "Vitamin K2-7 – the little known vitamin with a large impact\n\n"
                            + "Vitamin K2 (MK7 version) is a vitamin produced by intestinal"
                            + " bacteria.\n\nThree key areas that need K2 (MK7)\n\n"
                            + "  1. Liver: K2 activates the clotting factors.\n"
                            + "  2. Bone – K2 activates a protein called osteocalcin.\n\n"
                            + "Pictures from Kiran Krishnan Presentation\n\n"
                            + "https://www.healthline.com/health/calcification#types\n")),
        @Content(
            mediaType = "text/markdown",
            schema = @Schema(type = SchemaType.STRING, maxLength = 1048576),
            examples =
                @ExampleObject(
                    name = "markdown post",
                    value =
                        "# Magnesium and sleep\n\nMagnesium helps *many* enzymes ([NIH"
                            + " factsheet](https://ods.od.nih.gov/factsheets/Magnesium-Consumer/)).\n\n"
                            + "## Forms\n\n- glycinate\n- citrate\n\n"
                            + "![Capsules on a table](https://cdn.example/capsules.jpg)\n")),
        @Content(
            mediaType = MediaType.TEXT_HTML,
            schema = @Schema(type = SchemaType.STRING, maxLength = 1048576),
            examples =
                @ExampleObject(
                    name = "WordPress post",
                    value =
                        "<h1>Omega-3 basics</h1><p>Fish oil gives EPA and DHA.</p>"
                            + "<h2>Sources</h2><ul><li>salmon</li><li>sardines</li></ul>"
                            + "<figure><img src=\"https://cdn.example/fish.jpg\" alt=\"Grilled"
                            + " salmon\"><figcaption>Salmon</figcaption></figure>"))
      })
  @APIResponse(
      responseCode = "201",
      description =
          "Imported; Location names the draft, ETag its version. The body holds the draft and the"
              + " report.",
      headers = @Header(name = HttpHeaders.ETAG, ref = ApiDefinition.ETAG),
      content =
          @Content(
              schema = @Schema(implementation = Views.Imported.class),
              examples = @ExampleObject(name = "seed post", value = EditorialExamples.IMPORT)))
  @APIResponse(
      responseCode = "400",
      description =
          "The body is empty, is not text in its charset (binary), holds no text once markup is"
              + " removed, breaks a limit of the draft, or a parameter is malformed.",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples =
                  @ExampleObject(
                      name = "binary body",
                      value =
                          "{\"type\":\"/problems/not-text\",\"title\":\"Not"
                              + " text\",\"status\":400,\"detail\":\"The body is not UTF-8 text:"
                              + " the byte at offset 0 is not valid in it. Name the body's charset"
                              + " in Content-Type, or send"
                              + " text.\",\"instance\":\"/v1/editorial/imports\",\"violations\":[{\"field\":\"body\",\"message\":\"The"
                              + " body is not UTF-8 text: the byte at offset 0 is not valid in it."
                              + " Name the body's charset in Content-Type, or send text.\"}]}")))
  @APIResponse(responseCode = "409", ref = ApiDefinition.CONFLICT)
  @APIResponse(responseCode = "413", ref = ApiDefinition.PAYLOAD_TOO_LARGE)
  @APIResponse(
      responseCode = "415",
      description =
          "The body is not text/plain, text/markdown or text/html, or its charset is unknown.",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples =
                  @ExampleObject(
                      name = "unknown charset",
                      value =
                          "{\"type\":\"/problems/unsupported-charset\",\"title\":\"Unsupported"
                              + " charset\",\"status\":415,\"detail\":\"The charset 'klingon-8'"
                              + " named in Content-Type is not one this server can decode. Send"
                              + " UTF-8 (the default) or another standard charset such as"
                              + " ISO-8859-1 or"
                              + " windows-1252.\",\"instance\":\"/v1/editorial/imports\",\"violations\":[{\"field\":\"body\",\"message\":\"The"
                              + " charset 'klingon-8' named in Content-Type is not one this server"
                              + " can decode. Send UTF-8 (the default) or another standard charset"
                              + " such as ISO-8859-1 or windows-1252.\"}]}")))
  public Response importPost(
      @Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      @Parameter(
              description = "The draft's locale; en-US when absent.",
              example = "en-US",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      pattern = "^[a-z]{2,3}(?:-[A-Z]{2})?$",
                      maxLength = 6,
                      defaultValue = "en-US"))
          @QueryParam("locale")
          String locale,
      @Parameter(
              description =
                  "The draft's slug. When absent it is made from the title, with a -2, -3 …"
                      + " suffix if taken; when given and taken, the import is refused (409).",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      maxLength = 120,
                      pattern = "^[a-z0-9]+(?:-[a-z0-9]+)*$"))
          @QueryParam("slug")
          String slug,
      byte[] body) {
    EditorialArticles.Written<Views.Imported> imported =
        imports.importPost(body, contentType, locale, slug, caller.get());
    return Response.created(URI.create(imported.body().draft().links().self()))
        .entity(imported.body())
        .header(HttpHeaders.ETAG, imported.etag())
        .build();
  }
}

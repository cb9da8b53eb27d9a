package com.renovare.content.editorial.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.renovare.content.article.ArticleContent;
import com.renovare.content.compliance.ComplianceReport;
import com.renovare.content.editorial.EditorialArticles;
import com.renovare.content.editorial.Requests;
import com.renovare.content.editorial.Views;
import com.renovare.content.platform.ApiDefinition;
import com.renovare.content.platform.security.CurrentActor;
import com.renovare.content.platform.security.RequiresRole;
import com.renovare.content.platform.security.Role;
import com.renovare.content.publishing.ArticleDocument;
import com.renovare.content.publishing.Redaction;
import com.renovare.content.publishing.ScheduleView;
import com.renovare.content.publishing.VersionHistory;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Drafts and their publishing, for editors and publishers. */
@Path("/v1/editorial/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Editorial")
@SecurityRequirement(name = ApiDefinition.BEARER)
@APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
public class EditorialArticleResource {

  private final EditorialArticles articles;
  private final CurrentActor caller;

  EditorialArticleResource(EditorialArticles articles, CurrentActor caller) {
    this.articles = articles;
    this.caller = caller;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresRole(Role.EDITOR)
  @Operation(
      operationId = "createDraft",
      summary = "Create a draft",
      description =
          "Stores a new, unpublished article. Properties other than those of the content (id, status, version …) are refused.")
  @Extension(name = "x-required-role", value = "editor")
  @RequestBody(
      required = true,
      content =
          @Content(
              schema = @Schema(implementation = ArticleContent.class),
              examples =
                  @ExampleObject(
                      name = "a short article",
                      value = EditorialExamples.ARTICLE_CONTENT)))
  @APIResponse(
      responseCode = "201",
      description = "Created; Location names the draft, ETag its version.",
      content = @Content(schema = @Schema(implementation = Views.Draft.class)))
  @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
  @APIResponse(responseCode = "409", ref = ApiDefinition.CONFLICT)
  @APIResponse(responseCode = "413", ref = ApiDefinition.PAYLOAD_TOO_LARGE)
  @APIResponse(responseCode = "415", ref = ApiDefinition.UNSUPPORTED_MEDIA_TYPE)
  public Response create(JsonNode body) {
    EditorialArticles.Written<Views.Draft> draft = articles.create(body, caller.get());
    return Response.created(URI.create(draft.body().links().self()))
        .entity(draft.body())
        .header(HttpHeaders.ETAG, draft.etag())
        .build();
  }

  @GET
  @RequiresRole(Role.EDITOR)
  @Operation(
      operationId = "listDrafts",
      summary = "List articles as editors see them",
      description = "Ordered by slug; filter by status or slug.")
  @Extension(name = "x-required-role", value = "editor")
  @APIResponse(
      responseCode = "200",
      description = "A page of drafts.",
      content = @Content(schema = @Schema(implementation = Views.DraftList.class)))
  @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
  public Views.DraftList list(
      @Parameter(
              description = "Only articles in this state.",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"draft", "published", "unpublished"}))
          @QueryParam("status")
          String status,
      @Parameter(
              description = "Only the article with this slug.",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      maxLength = 120,
                      pattern = "^[a-z0-9]+(?:-[a-z0-9]+)*$"))
          @QueryParam("slug")
          String slug,
      @Parameter(ref = ApiDefinition.LIMIT) @QueryParam("limit") String limit,
      @Parameter(ref = ApiDefinition.CURSOR) @QueryParam("cursor") String cursor) {
    return articles.list(status, slug, limit, cursor);
  }

  @GET
  @Path("/{id}")
  @RequiresRole(Role.EDITOR)
  @Operation(
      operationId = "getDraft",
      summary = "Get a draft",
      description = "The draft's content and state; the ETag goes back in If-Match when writing.")
  @Extension(name = "x-required-role", value = "editor")
  @APIResponse(
      responseCode = "200",
      description = "The draft.",
      content = @Content(schema = @Schema(implementation = Views.Draft.class)))
  @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
  @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
  public Response get(@Parameter(ref = ApiDefinition.ARTICLE_ID) @PathParam("id") String id) {
    EditorialArticles.Written<Views.Draft> draft = articles.get(id);
    return Response.ok(draft.body()).header(HttpHeaders.ETAG, draft.etag()).build();
  }

  @PUT
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresRole(Role.EDITOR)
  @Operation(
      operationId = "replaceDraft",
      summary = "Replace a draft's content",
      description =
          "Needs If-Match with the ETag you read: a stale one gets 412, none 428. The slug can change only before the first publish. Saving other content cancels a pending scheduled publish.")
  @Extension(name = "x-required-role", value = "editor")
  @RequestBody(
      required = true,
      content =
          @Content(
              schema = @Schema(implementation = ArticleContent.class),
              examples =
                  @ExampleObject(
                      name = "a short article",
                      value = EditorialExamples.ARTICLE_CONTENT)))
  @APIResponse(
      responseCode = "200",
      description = "Saved; ETag names the new version.",
      content = @Content(schema = @Schema(implementation = Views.Draft.class)))
  @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
  @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
  @APIResponse(responseCode = "409", ref = ApiDefinition.CONFLICT)
  @APIResponse(responseCode = "412", ref = ApiDefinition.PRECONDITION_FAILED)
  @APIResponse(responseCode = "413", ref = ApiDefinition.PAYLOAD_TOO_LARGE)
  @APIResponse(responseCode = "415", ref = ApiDefinition.UNSUPPORTED_MEDIA_TYPE)
  @APIResponse(responseCode = "428", ref = ApiDefinition.PRECONDITION_REQUIRED)
  public Response replace(
      @Parameter(ref = ApiDefinition.ARTICLE_ID) @PathParam("id") String id,
      @Parameter(ref = ApiDefinition.IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      JsonNode body) {
    EditorialArticles.Written<Views.Draft> draft =
        articles.replace(id, ifMatch, body, caller.get());
    return Response.ok(draft.body()).header(HttpHeaders.ETAG, draft.etag()).build();
  }

  @DELETE
  @Path("/{id}")
  @RequiresRole(Role.EDITOR)
  @Operation(
      operationId = "deleteDraft",
      summary = "Delete a draft that was never published",
      description =
          "Published articles are unpublished instead, so their history stays. Needs If-Match.")
  @Extension(name = "x-required-role", value = "editor")
  @APIResponse(responseCode = "204", description = "Deleted.")
  @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
  @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
  @APIResponse(responseCode = "409", ref = ApiDefinition.CONFLICT)
  @APIResponse(responseCode = "412", ref = ApiDefinition.PRECONDITION_FAILED)
  @APIResponse(responseCode = "428", ref = ApiDefinition.PRECONDITION_REQUIRED)
  public Response delete(
      @Parameter(ref = ApiDefinition.ARTICLE_ID) @PathParam("id") String id,
      @Parameter(ref = ApiDefinition.IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    articles.delete(id, ifMatch, caller.get());
    return Response.noContent().build();
  }

  @GET
  @Path("/{id}/preview")
  @RequiresRole(Role.EDITOR)
  @Operation(
      operationId = "previewDraft",
      summary = "Preview a draft as delivery would serve it",
      description =
          "The document the next publish would create, byte for byte apart from its time; 422 with every reason when it could not be published.")
  @Extension(name = "x-required-role", value = "editor")
  @APIResponse(
      responseCode = "200",
      description = "The rendered draft.",
      content = @Content(schema = @Schema(implementation = ArticleDocument.class)))
  @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
  @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
  @APIResponse(responseCode = "422", ref = ApiDefinition.PUBLISH_REFUSED)
  public Response preview(@Parameter(ref = ApiDefinition.ARTICLE_ID) @PathParam("id") String id) {
    return Response.ok(articles.preview(id), MediaType.APPLICATION_JSON_TYPE).build();
  }

  @POST
  @Path("/{id}/publish")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresRole(Role.PUBLISHER)
  @Operation(
      operationId = "publishDraft",
      summary = "Publish the draft as the next version",
      description =
          "Runs the publish policy, renders the draft once and stores it as version n+1, served by delivery from the moment it commits. If-Match is optional: with it, a draft changed since you read it is not published (412).")
  @Extension(name = "x-required-role", value = "publisher")
  @RequestBody(
      required = true,
      content =
          @Content(
              schema = @Schema(implementation = Requests.Publish.class),
              examples = @ExampleObject(name = "a correction", value = EditorialExamples.PUBLISH)))
  @APIResponse(
      responseCode = "201",
      description = "Published; Location is the new version's URL.",
      content = @Content(schema = @Schema(implementation = Views.Published.class)))
  @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
  @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
  @APIResponse(responseCode = "412", ref = ApiDefinition.PRECONDITION_FAILED)
  @APIResponse(responseCode = "415", ref = ApiDefinition.UNSUPPORTED_MEDIA_TYPE)
  @APIResponse(responseCode = "422", ref = ApiDefinition.PUBLISH_REFUSED)
  public Response publish(
      @Parameter(ref = ApiDefinition.ARTICLE_ID) @PathParam("id") String id,
      @Parameter(
              description = "Optional: the ETag of the draft you reviewed.",
              schema = @Schema(type = SchemaType.STRING, maxLength = 40))
          @HeaderParam(HttpHeaders.IF_MATCH)
          String ifMatch,
      JsonNode body) {
    Views.Published published = articles.publish(id, ifMatch, body, caller.get());
    return Response.created(URI.create(published.url())).entity(published).build();
  }

  @POST
  @Path("/{id}/unpublish")
  @RequiresRole(Role.PUBLISHER)
  @Operation(
      operationId = "unpublishArticle",
      summary = "Withdraw a published article",
      description =
          "Delivery then answers 410 Gone for the article; its versions stay addressable.")
  @Extension(name = "x-required-role", value = "publisher")
  @APIResponse(responseCode = "204", description = "Withdrawn.")
  @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
  @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
  @APIResponse(responseCode = "409", ref = ApiDefinition.CONFLICT)
  public Response unpublish(@Parameter(ref = ApiDefinition.ARTICLE_ID) @PathParam("id") String id) {
    articles.unpublish(id, caller.get());
    return Response.noContent().build();
  }

  @PUT
  @Path("/{id}/schedule")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresRole(Role.PUBLISHER)
  @Operation(
      operationId = "scheduleDraft",
      summary = "Publish the draft at a future time",
      description =
          "Replaces any earlier schedule. The schedule is pinned to the draft as it is now: an edit"
              + " to the draft afterwards cancels it (audited as article.unschedule), and the"
              + " publisher reviews and schedules again. It is stored and survives restarts. When"
              + " it is due it publishes on the authority of the token that scheduled it: if that"
              + " token has been revoked, has expired or no longer holds the publisher role, if"
              + " the draft is not the content that was scheduled, or if the publish policy"
              + " refuses it, nothing is published, the schedule keeps the reason in lastError"
              + " and the failure is audited (article.schedule.fail). If-Match is optional: with"
              + " it, a draft changed since you read it is not scheduled (412).")
  @Extension(name = "x-required-role", value = "publisher")
  @RequestBody(
      required = true,
      content =
          @Content(
              schema = @Schema(implementation = Requests.Schedule.class),
              examples =
                  @ExampleObject(name = "with the newsletter", value = EditorialExamples.SCHEDULE)))
  @APIResponse(
      responseCode = "200",
      description = "Scheduled.",
      content = @Content(schema = @Schema(implementation = ScheduleView.class)))
  @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
  @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
  @APIResponse(responseCode = "412", ref = ApiDefinition.PRECONDITION_FAILED)
  @APIResponse(responseCode = "415", ref = ApiDefinition.UNSUPPORTED_MEDIA_TYPE)
  public ScheduleView schedule(
      @Parameter(ref = ApiDefinition.ARTICLE_ID) @PathParam("id") String id,
      @Parameter(
              description = "Optional: the ETag of the draft you reviewed.",
              schema = @Schema(type = SchemaType.STRING, maxLength = 40))
          @HeaderParam(HttpHeaders.IF_MATCH)
          String ifMatch,
      JsonNode body) {
    return articles.schedule(id, ifMatch, body, caller.get());
  }

  @DELETE
  @Path("/{id}/schedule")
  @RequiresRole(Role.PUBLISHER)
  @Operation(operationId = "cancelSchedule", summary = "Cancel a scheduled publish")
  @Extension(name = "x-required-role", value = "publisher")
  @APIResponse(responseCode = "204", description = "Cancelled.")
  @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
  @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
  public Response cancelSchedule(
      @Parameter(ref = ApiDefinition.ARTICLE_ID) @PathParam("id") String id) {
    articles.cancelSchedule(id, caller.get());
    return Response.noContent().build();
  }

  @POST
  @Path("/{id}/redactions")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresRole(Role.ADMIN)
  @Operation(
      operationId = "redactArticle",
      summary = "Redact published versions (legal or medical takedown)",
      description =
          "Published versions are immutable unless redacted. This takes one version, or all"
              + " versions, down for good: the content is deleted from the delivery store and"
              + " cannot be restored; only the version number, when, who and the public reason"
              + " stay. The versions' URLs (JSON and JSON-LD) answer 410 problem+json with"
              + " Cache-Control no-store; the version list and the change feed mark them"
              + " redacted. If the current version is among them, the article is withdrawn: its"
              + " URL, sections and citations answer 410, and lists and product pages drop it"
              + " until a publisher publishes a new version from the draft (which redaction"
              + " leaves for editors to fix). Every instance drops its cached copies; the"
              + " article.redacted webhook event, sent to every subscription to article events,"
              + " carries the surrogate keys to purge from CDNs. The audit log records who and"
              + " why.")
  @Extension(name = "x-required-role", value = "admin")
  @RequestBody(
      required = true,
      content =
          @Content(
              schema = @Schema(implementation = Requests.Redact.class),
              examples = @ExampleObject(name = "one version", value = EditorialExamples.REDACT)))
  @APIResponse(
      responseCode = "200",
      description = "Redacted.",
      content = @Content(schema = @Schema(implementation = Redaction.class)))
  @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
  @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
  @APIResponse(responseCode = "409", ref = ApiDefinition.CONFLICT)
  @APIResponse(responseCode = "413", ref = ApiDefinition.PAYLOAD_TOO_LARGE)
  @APIResponse(responseCode = "415", ref = ApiDefinition.UNSUPPORTED_MEDIA_TYPE)
  public Redaction redact(
      @Parameter(ref = ApiDefinition.ARTICLE_ID) @PathParam("id") String id, JsonNode body) {
    return articles.redact(id, body, caller.get());
  }

  @POST
  @Path("/{id}/revert")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresRole(Role.PUBLISHER)
  @Operation(
      operationId = "revertDraft",
      summary = "Make the draft a copy of a published version",
      description =
          "Publishing it afterwards restores that version as a new one; history is never rewritten. Needs If-Match.")
  @Extension(name = "x-required-role", value = "publisher")
  @RequestBody(
      required = true,
      content =
          @Content(
              schema = @Schema(implementation = Requests.Revert.class),
              examples =
                  @ExampleObject(name = "back to version 1", value = EditorialExamples.REVERT)))
  @APIResponse(
      responseCode = "200",
      description = "The draft, now holding that version's content.",
      content = @Content(schema = @Schema(implementation = Views.Draft.class)))
  @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
  @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
  @APIResponse(responseCode = "412", ref = ApiDefinition.PRECONDITION_FAILED)
  @APIResponse(responseCode = "415", ref = ApiDefinition.UNSUPPORTED_MEDIA_TYPE)
  @APIResponse(responseCode = "428", ref = ApiDefinition.PRECONDITION_REQUIRED)
  public Response revert(
      @Parameter(ref = ApiDefinition.ARTICLE_ID) @PathParam("id") String id,
      @Parameter(ref = ApiDefinition.IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      JsonNode body) {
    EditorialArticles.Written<Views.Draft> draft = articles.revert(id, ifMatch, body, caller.get());
    return Response.ok(draft.body()).header(HttpHeaders.ETAG, draft.etag()).build();
  }

  @GET
  @Path("/{id}/versions")
  @RequiresRole(Role.EDITOR)
  @Operation(
      operationId = "listDraftVersions",
      summary = "List the article's published versions",
      description = "Newest first, withdrawn articles included: who published each, when, and why.")
  @Extension(name = "x-required-role", value = "editor")
  @APIResponse(
      responseCode = "200",
      description = "A page of versions.",
      content = @Content(schema = @Schema(implementation = VersionHistory.Page.class)))
  @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
  @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
  public VersionHistory.Page versions(
      @Parameter(ref = ApiDefinition.ARTICLE_ID) @PathParam("id") String id,
      @Parameter(ref = ApiDefinition.LIMIT) @QueryParam("limit") String limit,
      @Parameter(ref = ApiDefinition.CURSOR) @QueryParam("cursor") String cursor) {
    return articles.versions(id, limit, cursor);
  }

  @GET
  @Path("/{id}/compliance")
  @RequiresRole(Role.EDITOR)
  @Operation(
      operationId = "getDraftCompliance",
      summary = "Check the draft against the compliance rules of its market",
      description =
          "The report the next publish would keep with the version: the disclaimers the draft's"
              + " claims need, and every disease claim, sentence with disease wording and claim"
              + " without a citation, with its section, block and text span. In a market whose"
              + " policy is block, publishing is refused (422) while there are findings.")
  @Extension(name = "x-required-role", value = "editor")
  @APIResponse(
      responseCode = "200",
      description = "The report.",
      content =
          @Content(
              schema = @Schema(implementation = ComplianceReport.class),
              examples =
                  @ExampleObject(name = "disease wording", value = EditorialExamples.COMPLIANCE)))
  @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
  @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
  public ComplianceReport compliance(
      @Parameter(ref = ApiDefinition.ARTICLE_ID) @PathParam("id") String id) {
    return articles.compliance(id);
  }

  @GET
  @Path("/{id}/versions/{version}/compliance")
  @RequiresRole(Role.EDITOR)
  @Operation(
      operationId = "getVersionCompliance",
      summary = "Get the compliance report a version was published with",
      description =
          "Kept with every version: what the rules found when it was published. Versions"
              + " published before reports were kept have an empty one.")
  @Extension(name = "x-required-role", value = "editor")
  @APIResponse(
      responseCode = "200",
      description = "The report.",
      content =
          @Content(
              schema = @Schema(implementation = ComplianceReport.class),
              examples =
                  @ExampleObject(name = "disease wording", value = EditorialExamples.COMPLIANCE)))
  @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
  @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
  public ComplianceReport versionCompliance(
      @Parameter(ref = ApiDefinition.ARTICLE_ID) @PathParam("id") String id,
      @Parameter(
              description = "The version number, from 1.",
              example = "1",
              schema =
                  @Schema(type = SchemaType.STRING, pattern = "^[1-9][0-9]{0,8}$", maxLength = 9))
          @PathParam("version")
          String version) {
    return articles.compliance(id, version);
  }
}

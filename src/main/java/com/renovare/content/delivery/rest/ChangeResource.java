package com.renovare.content.delivery.rest;

import com.renovare.content.platform.ApiDefinition;
import com.renovare.content.platform.paging.Paging;
import com.renovare.content.platform.problem.ApiProblem;
import com.renovare.content.publishing.PublishedContent;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
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

  private static final Pattern SINCE = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  private final PublishedContent published;

  ChangeResource(PublishedContent published) {
    this.published = published;
  }

  @Schema(name = "Change")
  public record Change(
      @Schema(
              description =
                  "article.published (live for the first time, or again after an"
                      + " unpublish), article.updated (a new version of a live article) or"
                      + " article.unpublished (withdrawn).",
              enumeration = {"article.published", "article.updated", "article.unpublished"},
              required = true)
          String event,
      @Schema(examples = "vitamin-k2-mk7", maxLength = 120, required = true) String slug,
      @Schema(
              description = "The version published, or the last version before an unpublish.",
              examples = "2",
              minimum = "1",
              required = true)
          int version,
      @Schema(description = "When the change was made.", required = true) Instant at,
      @Schema(
              description =
                  "The version's URL; for an unpublish, the article's URL, which answers 410.",
              examples = "/v1/articles/vitamin-k2-mk7/versions/2",
              maxLength = 200,
              required = true)
          String url,
      @Schema(
              description = "Position of this change in the feed: resume from here with since.",
              maxLength = 64,
              required = true)
          String cursor,
      @Schema(
              description =
                  "Whether the version this entry names has been redacted since (a legal or"
                      + " medical takedown): its URL answers 410 and any copy of it must be"
                      + " deleted. A redaction that takes down the current version appears as"
                      + " article.unpublished with redacted true.",
              required = true)
          boolean redacted) {}

  @Schema(name = "ChangePage")
  public record ChangePage(
      @Schema(maxItems = 100, required = true) List<Change> items,
      @Schema(
              description =
                  "Pass as since to read on. Always present: when the page is not full, it is"
                      + " where to poll from later.",
              maxLength = 64,
              required = true)
          String next,
      @Schema(description = "Whether more changes are already waiting.", required = true)
          boolean hasMore) {}

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
              schema = @Schema(implementation = ChangePage.class),
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
  public Response changes(
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
    int size = Paging.limit(limit);
    long after = since == null ? 0 : position(since);
    List<PublishedContent.FeedEntry> entries = published.feed(after, size + 1);
    boolean hasMore = entries.size() > size;
    List<Change> items =
        entries.stream()
            .limit(size)
            .map(
                e ->
                    new Change(
                        "article." + e.kind(),
                        e.slug(),
                        e.version(),
                        e.at(),
                        e.kind().equals("unpublished")
                            ? "/v1/articles/" + e.slug()
                            : "/v1/articles/" + e.slug() + "/versions/" + e.version(),
                        Paging.encodeCursor(Long.toString(e.seq())),
                        e.redacted()))
            .toList();
    String next = items.isEmpty() ? cursorOf(after) : items.get(items.size() - 1).cursor();
    return Response.ok(new ChangePage(items, next, hasMore))
        .header(HttpHeaders.CACHE_CONTROL, "no-cache")
        .build();
  }

  private static String cursorOf(long seq) {
    return Paging.encodeCursor(Long.toString(seq));
  }

  private static long position(String since) {
    if (!SINCE.matcher(since).matches()) {
      throw invalidSince();
    }
    List<String> parts;
    try {
      parts = Paging.decodeCursor(since, 1);
    } catch (ApiProblem e) {
      throw invalidSince();
    }
    try {
      long seq = Long.parseLong(parts.get(0));
      if (seq < 0) {
        throw invalidSince();
      }
      return seq;
    } catch (NumberFormatException e) {
      throw invalidSince();
    }
  }

  private static ApiProblem invalidSince() {
    return ApiProblem.invalidParameter(
        "since", "is not a cursor the change feed issued; start again without it");
  }
}

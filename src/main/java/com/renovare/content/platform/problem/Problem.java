package com.renovare.content.platform.problem;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem details body, the shape of every error this API returns. */
@Schema(
    name = "Problem",
    description = "RFC 9457 problem details. Sent as application/problem+json for every error.")
public record Problem(
    @Schema(
            description = "URI reference naming the kind of problem.",
            examples = "/problems/not-found",
            maxLength = 200,
            required = true)
        String type,
    @Schema(
            description = "Short, human-readable summary of the kind of problem.",
            examples = "Not Found",
            maxLength = 200,
            required = true)
        String title,
    @Schema(
            description = "HTTP status code.",
            examples = "404",
            minimum = "400",
            maximum = "599",
            required = true)
        int status,
    @Schema(
            description = "Explanation specific to this occurrence.",
            examples = "No published article has the slug 'vitamin-k3'.",
            maxLength = 2000,
            required = true)
        String detail,
    @Schema(
            description = "The request path this problem occurred on.",
            examples = "/v1/articles/vitamin-k3",
            maxLength = 2000,
            required = true)
        String instance,
    @Schema(description = "For invalid input: each rejected field and why.", maxItems = 100)
        List<Violation> violations) {

  /** The media type of every error body. */
  public static final String MEDIA_TYPE = "application/problem+json";

  /** One rejected input field and the reason. */
  @Schema(name = "Violation")
  public record Violation(
      @Schema(
              description = "The parameter or body property that was rejected.",
              examples = "limit",
              maxLength = 200,
              required = true)
          String field,
      @Schema(
              description = "Why it was rejected.",
              examples = "must be between 1 and 100",
              maxLength = 500,
              required = true)
          String message) {}
}

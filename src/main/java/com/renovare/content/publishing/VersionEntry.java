package com.renovare.content.publishing;

import com.renovare.content.platform.openapi.ApiDefinition;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One published version in an article's history. */
@Schema(name = "VersionEntry")
public record VersionEntry(
    @Schema(examples = "1", minimum = "1", required = true) int version,
    @Schema(required = true) Instant publishedAt,
    @Schema(
            description =
                "Who published it. In the public history: the version's byline, the display name"
                    + " its publisher chose (or the service's own, such as the seed bundle's) or"
                    + " else the organisation's name, never the name of a credential. In the"
                    + " editorial history: the name of the token that published it.",
            examples = "Renovare",
            maxLength = 200,
            required = true)
        String publishedBy,
    @Schema(
            description =
                "Why it was published, as the publisher wrote it; empty for a redacted version."
                    + " Public: shown to every reader of the version history.",
            maxLength = 1000,
            required = true)
        String changeNote,
    @Schema(
            description =
                "The version's document, cacheable forever unless it is redacted (then it answers"
                    + " 410).",
            examples = "/v1/articles/vitamin-k2-mk7/versions/1",
            maxLength = ApiDefinition.VERSION_URL_MAX,
            required = true)
        String url,
    @Schema(
            description =
                "Present when the version was redacted (a legal or medical takedown): its content"
                    + " is gone for good and its URL answers 410. Absent otherwise.")
        Redacted redacted) {

  /** When and why a version was taken down. */
  @Schema(name = "VersionRedaction")
  public record Redacted(
      @Schema(required = true) Instant at,
      @Schema(description = "The public reason.", maxLength = 500, required = true)
          String reason) {}
}

package com.renovare.content.publishing;

import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a redaction took down. Redaction is irreversible. */
@Schema(name = "Redaction")
public record Redaction(
    @Schema(examples = "vitamin-k2-mk7", maxLength = 120, required = true) String slug,
    @Schema(
            description = "The versions this request redacted, ascending.",
            maxItems = 10000,
            required = true)
        List<Integer> versions,
    @Schema(required = true) Instant redactedAt,
    @Schema(description = "The public reason.", maxLength = 500, required = true) String reason,
    @Schema(
            description =
                "Whether the current version was among them: the article's URL then answers 410"
                    + " until a publisher publishes a new version.",
            required = true)
        boolean takenDown,
    @Schema(
            description =
                "Every purge key the redacted versions were served with; purge them from CDNs"
                    + " (the article.redacted webhook event carries them too).",
            maxItems = 10000,
            required = true)
        List<@Size(max = 200) String> surrogateKeys) {}

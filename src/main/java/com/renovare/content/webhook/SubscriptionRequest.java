package com.renovare.content.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A subscription as an admin creates or replaces it. */
@Schema(name = "WebhookSubscriptionRequest")
public record SubscriptionRequest(
    @Schema(
            description =
                "Where events are POSTed: http or https, on an address on the public internet.",
            examples = "https://partner.example/hooks/renovare",
            maxLength = 2000,
            pattern = "^https?://",
            required = true)
        @NotBlank
        @Size(max = 2000)
        @Pattern(regexp = "(?i)https?://.+")
        String url,
    @Schema(
            // The allowed values are the items' pattern: an enumeration here would apply to the
            // array itself and refuse every list.
            description =
                "The event types to receive: article.published, article.updated,"
                    + " article.unpublished, product.changed. A subscription to any article event"
                    + " also receives article.redacted (a legal or medical takedown, with the"
                    + " surrogate keys to purge), which cannot be left out.",
            maxItems = 4,
            minItems = 1,
            required = true)
        @NotEmpty
        @Size(max = 4)
        List<
                @NotBlank @Size(max = 19)
                @Pattern(
                    regexp =
                        "article\\.published|article\\.updated|article\\.unpublished|product\\.changed",
                    message =
                        "must be one of article.published, article.updated,"
                            + " article.unpublished, product.changed")
                String>
            events,
    @Schema(description = "What it is for.", maxLength = 200) @Size(max = 200) String description,
    @Schema(description = "Whether it receives new events; true when absent.") Boolean active) {}

package com.renovare.content.publishing;

import com.renovare.content.article.Image;
import com.renovare.content.identifier.Identifiers;
import com.renovare.content.platform.openapi.ApiDefinition;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An entry of an article list: enough to render a teaser and follow the link. */
@Schema(name = "ArticleSummary")
public record ArticleSummary(
    @Schema(examples = "vitamin-k2-mk7", maxLength = 120, required = true) String slug,
    @Schema(examples = "en-US", maxLength = 6, required = true) String locale,
    @Schema(maxLength = 300, required = true) String title,
    @Schema(maxLength = 1000) String summary,
    @Schema(maxItems = 20, required = true) List<@Size(max = Identifiers.TOPIC_MAX) String> topics,
    @Schema(description = "Lead picture.") Image heroImage,
    @Schema(description = "The current version.", minimum = "1", required = true) int version,
    @Schema(description = "When the current version was published.", required = true)
        Instant publishedAt,
    @Schema(description = "When version 1 was published.", required = true)
        Instant firstPublishedAt,
    @Schema(
            description = "The current document.",
            examples = "/v1/articles/vitamin-k2-mk7",
            maxLength = ApiDefinition.VERSION_URL_MAX,
            required = true)
        String url) {}

package com.renovare.content.citation;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A creator of a source: a person (given and family name) or an organisation ({@code literal}),
 * with the affiliation and position that tell a reader where their interests may lie.
 */
@Schema(name = "CitationAuthor")
public record CitationAuthor(
    @Schema(description = "Given name of a person.", examples = "Kiran", maxLength = 100)
        @Size(max = 100)
        String given,
    @Schema(description = "Family name of a person.", examples = "Krishnan", maxLength = 100)
        @Size(max = 100)
        String family,
    @Schema(
            description = "Name of an organisation, for authors that are not people.",
            maxLength = 200)
        @Size(max = 200)
        String literal,
    @Schema(
            description = "Organisation the author works for.",
            examples = "Microbiome Labs",
            maxLength = 200)
        @Size(max = 200)
        String affiliation,
    @Schema(
            description = "The author's position there.",
            examples = "Chief Science Officer",
            maxLength = 200)
        @Size(max = 200)
        String position,
    @Schema(
            description =
                "A financial or professional interest the author has in the subject, such as"
                    + " working for a company that sells what the source discusses.",
            examples = "Chief Science Officer of Microbiome Labs, which sells dietary supplements.",
            maxLength = 500)
        @Size(max = 500)
        String disclosedInterest) {}

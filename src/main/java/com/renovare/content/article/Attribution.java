package com.renovare.content.article;

import com.renovare.content.identifier.Identifiers;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The credit line of an image, optionally pointing at the source it came from. */
@Schema(name = "Attribution")
public record Attribution(
    @Schema(
            description = "The credit as shown to readers.",
            examples = "Pictures from Kiran Krishnan Presentation",
            maxLength = 500,
            required = true)
        @NotBlank
        @Size(max = 500)
        String text,
    @Schema(
            description = "Key of the citation the image comes from.",
            examples = "krishnan-vitamin-k2-presentation",
            maxLength = 80,
            pattern = Identifiers.CITATION_KEY)
        @Size(max = 80)
        @Pattern(regexp = Identifiers.CITATION_KEY)
        String citation) {}

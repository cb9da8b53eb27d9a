package com.renovare.content.article;

import com.renovare.content.identifier.Identifiers;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An article-level credit line ("Information from …", "Pictures from …") kept word for word and
 * tied to the citation it names.
 */
@Schema(name = "Credit")
public record Credit(
    @Schema(
            description = "What is credited: the information, the images, or a general source.",
            enumeration = {"information", "images", "source"},
            required = true)
        @NotBlank
        @Pattern(regexp = "information|images|source")
        String role,
    @Schema(
            description = "The credit line as written.",
            examples =
                "Information from Kiran Krishnan – Chief Science Officer of Microbiome Labs, Vitamin K2 Presentation.",
            maxLength = 1000,
            required = true)
        @NotBlank
        @Size(max = 1000)
        String text,
    @Schema(
            description = "Key of the citation this credit names.",
            examples = "krishnan-vitamin-k2-presentation",
            maxLength = 80,
            pattern = Identifiers.CITATION_KEY)
        @Size(max = 80)
        @Pattern(regexp = Identifiers.CITATION_KEY)
        String citation) {}

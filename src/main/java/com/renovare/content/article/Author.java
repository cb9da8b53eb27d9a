package com.renovare.content.article;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who wrote an article: a person or an organisation. */
@Schema(name = "Author")
public record Author(
    @Schema(description = "Display name.", examples = "Renovare", maxLength = 200, required = true)
        @NotBlank
        @Size(max = 200)
        String name,
    @Schema(
            description = "Whether the author is a person or an organization.",
            enumeration = {"person", "organization"},
            required = true)
        @NotBlank
        @Pattern(regexp = "person|organization")
        String type) {}

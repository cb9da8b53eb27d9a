package com.renovare.content.article;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Text a market's rules require readers to see with the article. */
@Schema(name = "Disclaimer")
public record Disclaimer(
    @Schema(
            description = "ISO 3166-1 alpha-2 code of the market the text is required in.",
            examples = "US",
            pattern = "^[A-Z]{2}$",
            required = true)
        @NotBlank
        @Size(max = 2)
        @Pattern(regexp = "[A-Z]{2}")
        String market,
    @Schema(description = "The disclaimer text.", maxLength = 2000, required = true)
        @NotBlank
        @Size(max = 2000)
        String text) {}

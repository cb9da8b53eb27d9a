package com.renovare.content.article;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A picture with the text that replaces it for readers who cannot see it. */
@Schema(name = "Image")
public record Image(
    @Schema(description = "Absolute https URL of the image.", maxLength = 2000, required = true)
        @NotBlank
        @Size(max = 2000)
        @Pattern(regexp = "https://\\S+")
        String src,
    @Schema(description = "Alternative text.", maxLength = 500, required = true)
        @NotBlank
        @Size(max = 500)
        String alt,
    @Schema(description = "Intrinsic width in pixels.", minimum = "1", maximum = "20000")
        @Min(1)
        @Max(20000)
        Integer width,
    @Schema(description = "Intrinsic height in pixels.", minimum = "1", maximum = "20000")
        @Min(1)
        @Max(20000)
        Integer height,
    @Schema(description = "Who made the image or where it comes from.") @Valid
        Attribution credit) {}

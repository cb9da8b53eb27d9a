package com.renovare.content.citation;

import com.renovare.content.identifier.Identifiers;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A source, keyed by a stable citation key, with the fields of a CSL-JSON item in camelCase. The
 * same record is the public view served by delivery.
 */
@Schema(name = "Citation")
public record CitationData(
    @Schema(
            description = "Stable key that text blocks use to refer to this source.",
            examples = "healthline-calcification-types",
            maxLength = 80,
            pattern = Identifiers.CITATION_KEY,
            required = true)
        @NotBlank
        @Size(max = Identifiers.CITATION_KEY_MAX)
        @Pattern(regexp = Identifiers.CITATION_KEY)
        String key,
    @Schema(
            description = "CSL item type.",
            enumeration = {
              "speech",
              "webpage",
              "article-journal",
              "book",
              "chapter",
              "report",
              "post-weblog",
              "interview"
            },
            required = true)
        @NotBlank
        @Pattern(
            regexp = "speech|webpage|article-journal|book|chapter|report|post-weblog|interview")
        String type,
    @Schema(description = "Title of the source.", maxLength = 500, required = true)
        @NotBlank
        @Size(max = 500)
        String title,
    @Schema(
            description = "Authors, presenters or organisations behind the source.",
            maxItems = 50,
            required = true)
        @NotNull
        @Size(max = 50)
        List<@NotNull @Valid CitationAuthor> authors,
    @Schema(description = "Publisher.", maxLength = 300) @Size(max = 300) String publisher,
    @Schema(
            description = "The site, journal or book the source is part of (CSL container-title).",
            examples = "Healthline",
            maxLength = 300)
        @Size(max = 300)
        String containerTitle,
    @Schema(description = "The event a talk was given at (CSL event-title).", maxLength = 300)
        @Size(max = 300)
        String eventTitle,
    @Schema(
            description = "When the source was issued: a year, year-month or date.",
            examples = "2021-05",
            maxLength = 10,
            pattern = "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$")
        @Size(max = 10)
        @Pattern(regexp = "[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?")
        String issued,
    @Schema(description = "Where the source can be read.", maxLength = 2000)
        @Size(max = 2000)
        @Pattern(regexp = "https?://\\S+")
        String url,
    @Schema(description = "When the web source was last consulted.", examples = "2026-11-25")
        LocalDate accessed,
    @Schema(description = "Anything else a reader should know about the source.", maxLength = 2000)
        @Size(max = 2000)
        String note) {

  public CitationData {
    authors = authors == null ? List.of() : List.copyOf(authors);
  }
}

package com.renovare.content.safety;

import com.renovare.content.citation.CitationData;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A safety note as readers see it, with its sources embedded so that it can be shown on its own
 * beside an article or a product. The match terms are an editorial matter and are left out.
 */
@Schema(
    name = "SafetyNote",
    description =
        "A note about an ingredient that every article and product involving it carries, such as"
            + " an interaction with a medicine.")
public record SafetyNoteView(
    @Schema(
            description = "Stable key; product cards name notes by it.",
            examples = "vitamin-k-anticoagulants",
            maxLength = SafetyNoteData.KEY_MAX,
            required = true)
        String key,
    @Schema(
            description = "The ingredient the note is about.",
            examples = "Vitamin K",
            maxLength = 200,
            required = true)
        String ingredient,
    @Schema(description = "Headline.", maxLength = 300, required = true) String title,
    @Schema(description = "The note.", maxLength = SafetyNoteData.TEXT_MAX, required = true)
        String text,
    @Schema(
            description =
                "The sources the note rests on, in full: the note carries them so that it reads"
                    + " the same wherever it is shown.",
            maxItems = SafetyNoteData.MAX_CITATIONS,
            required = true)
        List<CitationData> sources) {

  public SafetyNoteView {
    sources = sources == null ? List.of() : List.copyOf(sources);
  }
}

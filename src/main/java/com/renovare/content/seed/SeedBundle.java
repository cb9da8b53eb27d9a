package com.renovare.content.seed;

import com.renovare.content.citation.CitationData;
import com.renovare.content.product.ProductData;
import com.renovare.content.safety.SafetyNoteData;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * The content that ships with the service ({@code seed/bundle.json}): sample products, citations,
 * safety notes, and the articles to publish from them, each article in its own file beside the
 * bundle.
 */
record SeedBundle(
    @NotBlank String publishedBy,
    @NotBlank String changeNote,
    List<@NotNull @Valid ProductData> products,
    List<@NotNull @Valid CitationData> citations,
    List<@NotNull @Valid SafetyNoteData> safetyNotes,
    List<@NotBlank String> articles) {

  SeedBundle {
    products = products == null ? List.of() : List.copyOf(products);
    citations = citations == null ? List.of() : List.copyOf(citations);
    safetyNotes = safetyNotes == null ? List.of() : List.copyOf(safetyNotes);
    articles = articles == null ? List.of() : List.copyOf(articles);
  }
}

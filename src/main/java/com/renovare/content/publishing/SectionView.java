package com.renovare.content.publishing;

import com.renovare.content.citation.CitationData;
import com.renovare.content.platform.openapi.ApiDefinition;
import com.renovare.content.product.ProductCard;
import com.renovare.content.safety.SafetyNoteView;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One section of a published version with everything needed to render it alone: the products it
 * links and the sources it cites. Rendered with the version it belongs to.
 */
@Schema(name = "SectionView", description = "One section of the current version of an article.")
public record SectionView(
    @Schema(required = true) ArticleRef article,
    @Schema(required = true) ArticleDocument.SectionDocument section,
    @Schema(description = "The section's product links.", maxItems = 100, required = true)
        List<ArticleDocument.ProductLinkDocument> productLinks,
    @Schema(
            description = "Cards of the products the section links.",
            maxItems = 100,
            required = true)
        List<ProductCard> products,
    @Schema(
            description = "The sources the section's blocks refer to.",
            maxItems = 100,
            required = true)
        List<CitationData> citations,
    @Schema(
            description =
                "Safety notes on the ingredients the section involves: those its product cards"
                    + " name, and those its heading or blocks mention.",
            maxItems = 100)
        List<SafetyNoteView> safetyNotes) {

  /** The article and version a section belongs to. */
  @Schema(name = "ArticleRef")
  public record ArticleRef(
      @Schema(examples = "vitamin-k2-mk7", maxLength = 120, required = true) String slug,
      @Schema(examples = "en-US", maxLength = 6, required = true) String locale,
      @Schema(maxLength = 300, required = true) String title,
      @Schema(minimum = "1", required = true) int version,
      @Schema(required = true) Instant publishedAt,
      @Schema(
              description = "The whole version.",
              examples = "/v1/articles/vitamin-k2-mk7/versions/1",
              maxLength = ApiDefinition.VERSION_URL_MAX,
              required = true)
          String url) {}
}

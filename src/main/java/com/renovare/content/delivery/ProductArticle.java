package com.renovare.content.delivery;

import com.fasterxml.jackson.annotation.JsonRawValue;
import com.renovare.content.publishing.ArticleSummary;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A live article that links a product, and where it links it. */
@Schema(name = "ProductArticle")
public record ProductArticle(
    @Schema(implementation = ArticleSummary.class, required = true) @JsonRawValue String article,
    @Schema(
            description = "Each place the article links the product.",
            maxItems = 100,
            required = true)
        List<Link> links) {

  /** A place an article links a product. */
  @Schema(name = "ProductPlacement")
  public record Link(
      @Schema(
              description = "Section key; absent when the whole article links it.",
              examples = "key-products",
              maxLength = 80)
          String section,
      @Schema(
              enumeration = {"featured", "mentioned"},
              required = true)
          String role) {}
}

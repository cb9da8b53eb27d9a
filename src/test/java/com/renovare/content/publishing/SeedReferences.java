package com.renovare.content.publishing;

import com.renovare.content.Articles;
import com.renovare.content.citation.CitationData;
import com.renovare.content.product.ProductCard;
import java.util.List;
import java.util.Map;

/**
 * The seed product and citation as the renderer and the publish policy get them once a draft's
 * references are resolved, for tests that call them without a database.
 */
final class SeedReferences {

  static final ProductCard PRODUCT =
      new ProductCard(
          Articles.SEED_SKU,
          "K2",
          "Brand",
          "https://shop.example/k2",
          null,
          null,
          null,
          "active",
          true,
          true);

  static final CitationData CITATION =
      new CitationData(
          Articles.SEED_CITATION,
          "speech",
          "Talk",
          List.of(),
          null,
          null,
          null,
          null,
          null,
          null,
          null);

  /** Both known, and no safety notes. */
  static final ArticleRenderer.Resolved RESOLVED =
      new ArticleRenderer.Resolved(
          Map.of(Articles.SEED_SKU, PRODUCT), Map.of(Articles.SEED_CITATION, CITATION));

  private SeedReferences() {}
}

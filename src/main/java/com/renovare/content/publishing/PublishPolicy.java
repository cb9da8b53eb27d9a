package com.renovare.content.publishing;

import com.renovare.content.article.Article;
import com.renovare.content.article.Block;
import com.renovare.content.article.Claim;
import com.renovare.content.article.Credit;
import com.renovare.content.article.ProductLink;
import com.renovare.content.article.Section;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a draft must satisfy before it becomes a version readers see: a complete structure, sources
 * that resolve, and products the retailer knows. Every failing rule is reported, not just the
 * first.
 */
public final class PublishPolicy {

  private PublishPolicy() {}

  public static PublishDecision evaluate(Article draft, ArticleRenderer.Resolved resolved) {
    List<PublishDecision.Reason> reasons = new ArrayList<>();
    if (draft.title() == null || draft.title().isBlank()) {
      reasons.add(reason("missing-title", "title", "The article needs a title."));
    }
    if (draft.sections().isEmpty()) {
      reasons.add(reason("no-sections", "sections", "The article needs at least one section."));
    }

    Set<String> listed = new HashSet<>();
    List<String> keys = draft.citationKeys();
    for (int i = 0; i < keys.size(); i++) {
      String key = keys.get(i);
      if (!listed.add(key)) {
        reasons.add(
            reason(
                "duplicate-citation",
                "citations[" + i + "]",
                "Citation '" + key + "' is listed twice."));
      } else if (!resolved.citations().containsKey(key)) {
        reasons.add(
            reason(
                "unknown-citation",
                "citations[" + i + "]",
                "No citation has the key '" + key + "'."));
      }
    }

    Set<String> sectionKeys = new HashSet<>();
    Set<String> claimKeys = new HashSet<>();
    Set<String> linkedSections = new HashSet<>();
    draft.productLinks().forEach(l -> l.sectionKey().ifPresent(linkedSections::add));
    List<Section> sections = draft.sections();
    for (int s = 0; s < sections.size(); s++) {
      Section section = sections.get(s);
      String at = "sections[" + s + "]";
      if (!sectionKeys.add(section.key())) {
        reasons.add(
            reason(
                "duplicate-section-key",
                at + ".key",
                "Section key '" + section.key() + "' is used twice."));
      }
      if (section.blocks().isEmpty() && !linkedSections.contains(section.key())) {
        reasons.add(
            reason(
                "empty-section",
                at,
                "Section '" + section.key() + "' has no blocks and links no products."));
      }
      List<Block> blocks = section.blocks();
      for (int b = 0; b < blocks.size(); b++) {
        for (String key : blocks.get(b).citationKeys()) {
          if (!listed.contains(key)) {
            reasons.add(
                reason(
                    "undefined-citation",
                    at + ".blocks[" + b + "]",
                    "Citation '" + key + "' is not in the article's citations."));
          }
        }
        claims(blocks.get(b), at + ".blocks[" + b + "]", listed, claimKeys, reasons);
      }
    }

    List<ProductLink> links = draft.productLinks();
    for (int i = 0; i < links.size(); i++) {
      ProductLink link = links.get(i);
      String at = "productLinks[" + i + "]";
      if (!resolved.products().containsKey(link.sku())) {
        reasons.add(
            reason("unknown-product", at + ".sku", "No product has the SKU '" + link.sku() + "'."));
      }
      link.sectionKey()
          .filter(key -> !sectionKeys.contains(key))
          .ifPresent(
              key ->
                  reasons.add(
                      reason(
                          "unknown-section",
                          at + ".section",
                          "No section has the key '" + key + "'.")));
    }

    List<Credit> credits = draft.credits();
    for (int i = 0; i < credits.size(); i++) {
      String key = credits.get(i).citation();
      if (key != null && !listed.contains(key)) {
        reasons.add(
            reason(
                "undefined-citation",
                "credits[" + i + "].citation",
                "Citation '" + key + "' is not in the article's citations."));
      }
    }
    return new PublishDecision(reasons);
  }

  /**
   * Each claim quotes its block's text word for word, has a key no other claim of the article has,
   * and cites only sources in the article's citation list.
   */
  private static void claims(
      Block block,
      String at,
      Set<String> listed,
      Set<String> claimKeys,
      List<PublishDecision.Reason> reasons) {
    for (Block.Passage passage : block.passages()) {
      String field = at + (passage.item() == null ? "" : ".items[" + passage.item() + "]");
      List<Claim> claims = passage.claims();
      for (int c = 0; c < claims.size(); c++) {
        Claim claim = claims.get(c);
        String claimAt = field + ".claims[" + c + "]";
        if (!claimKeys.add(claim.key())) {
          reasons.add(
              reason(
                  "duplicate-claim-key",
                  claimAt + ".key",
                  "Claim key '" + claim.key() + "' is used twice."));
        }
        if (!passage.text().contains(claim.text())) {
          reasons.add(
              reason(
                  "claim-not-in-text",
                  claimAt + ".text",
                  "Claim '"
                      + claim.key()
                      + "' does not quote the text it belongs to word for word."));
        }
        for (String key : claim.citations()) {
          if (!listed.contains(key)) {
            reasons.add(
                reason(
                    "undefined-citation",
                    claimAt + ".citations",
                    "Citation '" + key + "' is not in the article's citations."));
          }
        }
      }
    }
  }

  private static PublishDecision.Reason reason(String code, String field, String message) {
    return new PublishDecision.Reason(code, field, message);
  }
}

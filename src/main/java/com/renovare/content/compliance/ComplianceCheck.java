package com.renovare.content.compliance;

import com.renovare.content.article.ArticleContent;
import com.renovare.content.article.Block;
import com.renovare.content.article.Claim;
import com.renovare.content.compliance.ComplianceReport.Finding;
import com.renovare.content.compliance.ComplianceReport.MarketReport;
import com.renovare.content.platform.config.ContentConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks an article's health claims against the rules of its market: which disclaimers its claims
 * need, which claims or sentences speak of disease, and which claims cite nothing. Runs on preview
 * and on every publish.
 */
@ApplicationScoped
public class ComplianceCheck {

  private final ContentConfig.Compliance config;
  private final Map<String, Optional<DiseaseWording>> wordingByLanguage = new ConcurrentHashMap<>();

  ComplianceCheck(ContentConfig config) {
    this.config = config.compliance();
  }

  public ComplianceReport report(ArticleContent content) {
    Optional<String> market = content.market();
    if (market.isEmpty() || !config.markets().containsKey(market.get())) {
      return new ComplianceReport(List.of());
    }
    return new ComplianceReport(
        List.of(report(market.get(), config.markets().get(market.get()), content)));
  }

  private MarketReport report(String market, ContentConfig.Market rules, ArticleContent content) {
    List<Claim> claims = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    Optional<DiseaseWording> wording =
        wordingByLanguage.computeIfAbsent(
            content.locale().split("-")[0].toLowerCase(Locale.ROOT), DiseaseWording::forLanguage);
    List<ArticleContent.SectionContent> sections = content.sections();
    for (int s = 0; s < sections.size(); s++) {
      ArticleContent.SectionContent section = sections.get(s);
      for (int b = 0; b < section.blocks().size(); b++) {
        Block block = section.blocks().get(b);
        for (Block.Passage passage : block.passages()) {
          Place place = new Place(s, section.key(), b, passage);
          for (Claim claim : passage.claims()) {
            claims.add(claim);
            claimFindings(market, claim, place, findings);
          }
          wording.ifPresent(w -> wordingFindings(w, place, findings));
        }
      }
    }
    List<ComplianceReport.RequiredDisclaimer> disclaimers =
        rules
            .disclaimer()
            .flatMap(d -> DisclaimerRule.apply(market, d, claims))
            .map(List::of)
            .orElse(List.of());
    boolean block = rules.policy() == ContentConfig.CompliancePolicy.BLOCK;
    String outcome =
        findings.isEmpty()
            ? MarketReport.CLEAR
            : block ? MarketReport.BLOCKED : MarketReport.WARNINGS;
    return new MarketReport(
        market, rules.policy().name().toLowerCase(Locale.ROOT), outcome, disclaimers, findings);
  }

  /** Where a passage sits in the article. */
  private record Place(int sectionIndex, String section, int block, Block.Passage passage) {
    String field() {
      return "sections["
          + sectionIndex
          + "].blocks["
          + block
          + "]"
          + (passage.item() == null ? "" : ".items[" + passage.item() + "]")
          + "."
          + passage.property();
    }
  }

  private static void claimFindings(
      String market, Claim claim, Place place, List<Finding> findings) {
    int start = Math.max(0, place.passage().text().indexOf(claim.text()));
    int end = start + claim.text().length();
    if (claim.kind().equals(Claim.DISEASE)) {
      findings.add(
          finding(
              Finding.DISEASE_CLAIM,
              place,
              claim.key(),
              start,
              end,
              null,
              "Claim '"
                  + claim.key()
                  + "' is marked as a disease claim: content about dietary supplements may not"
                  + " claim that they diagnose, treat, cure, mitigate or prevent a disease in "
                  + market
                  + "."));
    }
    if (claim.citations().isEmpty()) {
      findings.add(
          finding(
              Finding.UNCITED_CLAIM,
              place,
              claim.key(),
              start,
              end,
              null,
              "Claim '" + claim.key() + "' cites no source: add the citations that support it."));
    }
  }

  private static void wordingFindings(DiseaseWording wording, Place place, List<Finding> findings) {
    for (DiseaseWording.Sentence sentence : wording.sentences(place.passage().text())) {
      findings.add(
          finding(
              Finding.DISEASE_WORDING,
              place,
              null,
              sentence.start(),
              sentence.end(),
              sentence.terms(),
              "This sentence uses disease wording ("
                  + String.join(", ", sentence.terms())
                  + "). Make sure it does not say or suggest that a product diagnoses, treats,"
                  + " cures, mitigates or prevents a disease."));
    }
  }

  private static Finding finding(
      String code,
      Place place,
      String claim,
      int start,
      int end,
      List<String> terms,
      String message) {
    String text = place.passage().text();
    return new Finding(
        code,
        place.field(),
        place.section(),
        place.block(),
        place.passage().item(),
        claim,
        start,
        end,
        text.substring(start, Math.min(end, text.length())),
        terms,
        message);
  }
}

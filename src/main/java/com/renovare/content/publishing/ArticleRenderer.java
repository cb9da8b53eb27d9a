package com.renovare.content.publishing;

import com.renovare.content.article.Article;
import com.renovare.content.article.Block;
import com.renovare.content.article.Claim;
import com.renovare.content.article.Disclaimer;
import com.renovare.content.article.ProductLink;
import com.renovare.content.article.Section;
import com.renovare.content.citation.CitationData;
import com.renovare.content.compliance.ComplianceReport;
import com.renovare.content.platform.http.ETags;
import com.renovare.content.platform.json.Json;
import com.renovare.content.product.ProductCard;
import com.renovare.content.safety.SafetyNoteMatcher;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a draft into the documents of one published version: the article, each section on its own,
 * and the list summary. Pure: same input, same bytes.
 */
public final class ArticleRenderer {

  private ArticleRenderer() {}

  /**
   * What a draft references, resolved against the catalogues at publish time, and the safety notes
   * as they stand then.
   */
  public record Resolved(
      Map<String, ProductCard> products,
      Map<String, CitationData> citations,
      SafetyNoteMatcher safetyNotes) {

    /** Resolved references with no safety notes to attach. */
    public Resolved(Map<String, ProductCard> products, Map<String, CitationData> citations) {
      this(products, citations, SafetyNoteMatcher.NONE);
    }
  }

  /**
   * The bytes of one version, each with its ETag, and the surrogate keys a CDN can purge them by:
   * the article, this version, and each linked product.
   */
  public record Rendition(
      ArticleDocument document,
      Rendered article,
      Map<String, Rendered> sections,
      ArticleSummary summary,
      byte[] summaryJson,
      List<String> surrogateKeys,
      ComplianceReport compliance,
      Overdue overdue) {}

  /**
   * What the current URL serves once the review's due date has passed, when the version was
   * published before that: the same document with the review's status overdue.
   */
  public record Overdue(Instant from, Rendered article) {}

  /** Bytes as served and their strong ETag. */
  public record Rendered(byte[] bytes, String etag) {}

  public static Rendition render(
      Article draft,
      int version,
      Instant publishedAt,
      Instant firstPublishedAt,
      Resolved resolved,
      ComplianceReport compliance) {
    String current = "/v1/articles/" + draft.slug();
    String self = current + "/versions/" + version;

    List<ComplianceReport.RequiredDisclaimer> required = compliance.requiredDisclaimers();
    List<ArticleDocument.SectionDocument> sections =
        draft.sections().stream().map(s -> section(s, required)).toList();
    LocalDate publishedOn = LocalDate.ofInstant(publishedAt, ZoneOffset.UTC);
    ArticleDocument.ReviewDocument review =
        draft.review().map(r -> ArticleDocument.ReviewDocument.of(r, publishedOn)).orElse(null);
    List<ArticleDocument.ProductLinkDocument> links =
        draft.productLinks().stream().map(ArticleRenderer::link).toList();
    SafetyNoteMatcher.ArticleNotes notes =
        resolved
            .safetyNotes()
            .forArticle(texts(draft, sections), ingredients(cards(links, resolved.products())));
    Map<String, ProductCard> products = new LinkedHashMap<>();
    resolved
        .products()
        .forEach(
            (sku, card) ->
                products.put(
                    sku, card.withSafetyNotes(notes.keysBySku().getOrDefault(sku, List.of()))));

    ArticleDocument document =
        new ArticleDocument(
            draft.slug(),
            draft.locale(),
            version,
            publishedAt,
            firstPublishedAt,
            draft.title(),
            draft.summary().orElse(null),
            draft.topics(),
            draft.authors(),
            draft.heroImage().orElse(null),
            sections,
            links,
            cards(links, products),
            draft.citationKeys().stream().map(resolved.citations()::get).toList(),
            draft.credits(),
            disclaimers(required, draft.disclaimers()),
            notes.notes(),
            review,
            new ArticleDocument.Links(self, current, current + "/versions"));

    SectionView.ArticleRef ref =
        new SectionView.ArticleRef(
            draft.slug(), draft.locale(), draft.title(), version, publishedAt, self);
    Map<String, Rendered> sectionViews = new LinkedHashMap<>();
    for (ArticleDocument.SectionDocument section : sections) {
      List<ArticleDocument.ProductLinkDocument> sectionLinks =
          links.stream().filter(l -> section.key().equals(l.section())).toList();
      Set<String> keys = new LinkedHashSet<>();
      section.blocks().forEach(b -> keys.addAll(b.citationKeys()));
      List<ProductCard> sectionCards = cards(sectionLinks, products);
      SectionView view =
          new SectionView(
              ref,
              section,
              sectionLinks,
              sectionCards,
              keys.stream().map(resolved.citations()::get).toList(),
              resolved
                  .safetyNotes()
                  .forArticle(sectionTexts(section), ingredients(sectionCards))
                  .notes());
      sectionViews.put(section.key(), rendered("v" + version, Json.bytes(view)));
    }

    ArticleSummary summary =
        new ArticleSummary(
            draft.slug(),
            draft.locale(),
            draft.title(),
            draft.summary().orElse(null),
            draft.topics(),
            draft.heroImage().orElse(null),
            version,
            publishedAt,
            firstPublishedAt,
            current);

    List<String> keys = new ArrayList<>();
    keys.add("article:" + draft.slug());
    keys.add("article:" + draft.slug() + ":v" + version);
    document.products().forEach(p -> keys.add("product:" + p.sku()));
    Overdue overdue = null;
    if (review != null && review.status().equals("current")) {
      overdue =
          new Overdue(
              review.nextReviewDue().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
              rendered("v" + version, Json.bytes(document.withReviewOverdue())));
    }
    return new Rendition(
        document,
        rendered("v" + version, Json.bytes(document)),
        sectionViews,
        summary,
        Json.bytes(summary),
        List.copyOf(keys),
        compliance,
        overdue);
  }

  /** Rule disclaimers first, in market order; then those editors added, unless a rule's repeats. */
  private static List<ArticleDocument.DisclaimerDocument> disclaimers(
      List<ComplianceReport.RequiredDisclaimer> required, List<Disclaimer> editorial) {
    List<ArticleDocument.DisclaimerDocument> all = new ArrayList<>();
    Set<String> texts = new HashSet<>();
    for (ComplianceReport.RequiredDisclaimer d : required) {
      all.add(
          new ArticleDocument.DisclaimerDocument(
              d.key(),
              d.market(),
              d.text(),
              d.marker(),
              ArticleDocument.DisclaimerDocument.RULE,
              d.claims()));
      texts.add(d.text());
    }
    editorial.stream()
        .filter(d -> !texts.contains(d.text()))
        .map(ArticleDocument.DisclaimerDocument::editorial)
        .forEach(all::add);
    return all;
  }

  /** What readers read of the article, where safety notes look for their terms. */
  private static List<String> texts(Article draft, List<ArticleDocument.SectionDocument> sections) {
    List<String> texts = new ArrayList<>();
    texts.add(draft.title());
    draft.summary().ifPresent(texts::add);
    texts.addAll(draft.topics());
    sections.forEach(s -> texts.addAll(sectionTexts(s)));
    return texts;
  }

  private static List<String> sectionTexts(ArticleDocument.SectionDocument section) {
    List<String> texts = new ArrayList<>();
    if (section.heading() != null) {
      texts.add(section.heading());
    }
    section.blocks().forEach(b -> texts.addAll(b.texts()));
    return texts;
  }

  /** Each card's active ingredient by SKU, in card order; cards without one are left out. */
  private static Map<String, String> ingredients(List<ProductCard> cards) {
    Map<String, String> ingredients = new LinkedHashMap<>();
    cards.stream()
        .filter(c -> c != null && c.activeIngredient() != null)
        .forEach(c -> ingredients.put(c.sku(), c.activeIngredient().name()));
    return ingredients;
  }

  private static Rendered rendered(String prefix, byte[] bytes) {
    return new Rendered(bytes, ETags.of(prefix, bytes));
  }

  private static ArticleDocument.SectionDocument section(
      Section section, List<ComplianceReport.RequiredDisclaimer> required) {
    return new ArticleDocument.SectionDocument(
        section.key(),
        section.position(),
        section.heading().orElse(null),
        section.blocks().stream().map(b -> placeClaims(b, required)).toList());
  }

  /**
   * The block with each claim placed in its text and linked to the disclaimers that name it. The
   * publish policy has made sure every claim quotes its text.
   */
  private static Block placeClaims(
      Block block, List<ComplianceReport.RequiredDisclaimer> required) {
    List<Block.Passage> passages = block.passages();
    if (passages.stream().allMatch(p -> p.claims().isEmpty())) {
      return block;
    }
    List<List<Claim>> placed = new ArrayList<>();
    for (Block.Passage passage : passages) {
      placed.add(
          passage.claims().stream()
              .map(
                  claim ->
                      claim.placed(
                          passage.text().indexOf(claim.text()),
                          required.stream()
                              .filter(d -> d.claims().contains(claim.key()))
                              .map(ComplianceReport.RequiredDisclaimer::key)
                              .toList()))
              .toList());
    }
    return block.withClaims(placed);
  }

  private static ArticleDocument.ProductLinkDocument link(ProductLink link) {
    return new ArticleDocument.ProductLinkDocument(
        link.sku(),
        link.sectionKey().orElse(null),
        link.role(),
        link.position(),
        link.blurb().orElse(null));
  }

  /** Each linked product once, in order of first link. */
  private static List<ProductCard> cards(
      List<ArticleDocument.ProductLinkDocument> links, Map<String, ProductCard> products) {
    Set<String> skus = new LinkedHashSet<>();
    links.forEach(l -> skus.add(l.sku()));
    List<ProductCard> cards = new ArrayList<>();
    skus.forEach(sku -> cards.add(products.get(sku)));
    return cards;
  }
}

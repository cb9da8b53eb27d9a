package com.renovare.content;

import com.renovare.content.article.ArticleContent;
import com.renovare.content.article.ArticleContent.ProductLinkContent;
import com.renovare.content.article.ArticleContent.SectionContent;
import com.renovare.content.article.Author;
import com.renovare.content.article.Block;
import com.renovare.content.article.Credit;
import com.renovare.content.article.Disclaimer;
import com.renovare.content.audit.Actor;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Test fixtures for article content: valid by default, with a unique slug each time. */
public final class Articles {

  /** Who the tests write as when they call services directly. */
  public static final Actor DESK = Actor.system("Test Desk");

  /** A product and a citation the seed bundle puts in every database. */
  public static final String SEED_SKU = "SAMPLE-K2-MK7-100";

  public static final String SEED_CITATION = "krishnan-vitamin-k2-presentation";

  private Articles() {}

  public static String uniqueSlug() {
    return "test-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** A publishable draft with {@code count} sections, each one cited paragraph. */
  public static ArticleContent aDraftWithSections(int count) {
    return aDraft(uniqueSlug(), count, List.of("testing"), List.of());
  }

  public static ArticleContent aDraft(
      String slug, int sections, List<String> topics, List<ProductLinkContent> links) {
    List<SectionContent> content = new ArrayList<>();
    for (int i = 1; i <= sections; i++) {
      content.add(
          new SectionContent(
              "part-" + i,
              "Part " + i,
              List.of(
                  new Block.Paragraph(
                      "Paragraph " + i + " of " + slug + ".", List.of(SEED_CITATION)))));
    }
    return new ArticleContent(
        slug,
        "en-US",
        "Test article " + slug,
        "A test article.",
        topics,
        List.of(new Author("Test Desk", "organization")),
        null,
        content,
        links,
        List.of(SEED_CITATION),
        List.of(new Credit("information", "Information from a test.", SEED_CITATION)),
        List.of(new Disclaimer("US", "This statement has not been evaluated.")));
  }

  /**
   * A publishable draft of one paragraph that links no product and cites nothing, so that it can be
   * published on a database without the seed bundle.
   */
  public static ArticleContent aDraftWithoutReferences(String slug, String title) {
    return new ArticleContent(
        slug,
        "en-US",
        title,
        null,
        List.of(),
        List.of(),
        null,
        List.of(
            new SectionContent("body", "Body", List.of(new Block.Paragraph("Hello.", List.of())))),
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }

  /** A publishable draft whose one section also cites {@code citationKey}. */
  public static ArticleContent aDraftCiting(String citationKey) {
    ArticleContent c = aDraftWithSections(1);
    List<String> cited = List.of(SEED_CITATION, citationKey);
    return new ArticleContent(
        c.slug(),
        c.locale(),
        c.title(),
        c.summary(),
        c.topics(),
        c.authors(),
        c.heroImage(),
        List.of(
            new SectionContent(
                "part-1",
                "Part 1",
                List.of(new Block.Paragraph("Paragraph 1 of " + c.slug() + ".", cited)))),
        c.productLinks(),
        cited,
        c.credits(),
        c.disclaimers(),
        c.review());
  }

  /** The same content under another slug, everything else kept. */
  public static ArticleContent withSlug(ArticleContent c, String slug) {
    return new ArticleContent(
        slug,
        c.locale(),
        c.title(),
        c.summary(),
        c.topics(),
        c.authors(),
        c.heroImage(),
        c.sections(),
        c.productLinks(),
        c.citations(),
        c.credits(),
        c.disclaimers(),
        c.review());
  }

  /** The same content under another title, everything else kept. */
  public static ArticleContent withTitle(ArticleContent c, String title) {
    return new ArticleContent(
        c.slug(),
        c.locale(),
        title,
        c.summary(),
        c.topics(),
        c.authors(),
        c.heroImage(),
        c.sections(),
        c.productLinks(),
        c.citations(),
        c.credits(),
        c.disclaimers(),
        c.review());
  }

  public static ProductLinkContent featuring(String sku, String section) {
    return new ProductLinkContent(sku, section, "featured", null);
  }
}

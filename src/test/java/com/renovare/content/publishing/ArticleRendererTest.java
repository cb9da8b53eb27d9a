package com.renovare.content.publishing;

import static com.renovare.content.publishing.SeedReferences.RESOLVED;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.renovare.content.Articles;
import com.renovare.content.article.Article;
import com.renovare.content.article.ArticleContent;
import com.renovare.content.article.ArticleContent.SectionContent;
import com.renovare.content.article.Attribution;
import com.renovare.content.article.Block;
import com.renovare.content.compliance.ComplianceReport;
import com.renovare.content.product.ProductCard;
import com.renovare.content.safety.SafetyNoteMatcher;
import com.renovare.content.safety.SafetyNoteView;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArticleRendererTest {

  private static final Instant AT = Instant.parse("2026-01-02T03:04:05.678Z");

  /** A report from a market without rules: no disclaimers, no findings. */
  private static final ComplianceReport UNCHECKED = new ComplianceReport(List.of());

  @Test
  void renderingTheSameDraftTwiceGivesTheSameBytes() {
    Article draft = Article.draft(Articles.aDraftWithSections(2), AT);

    byte[] first = ArticleRenderer.render(draft, 1, AT, AT, RESOLVED, UNCHECKED).article().bytes();
    byte[] second = ArticleRenderer.render(draft, 1, AT, AT, RESOLVED, UNCHECKED).article().bytes();

    assertArrayEquals(first, second);
  }

  @Test
  void theEtagNamesTheVersionAndChangesWithTheBytes() {
    Article draft = Article.draft(Articles.aDraftWithSections(2), AT);

    String v1 = ArticleRenderer.render(draft, 1, AT, AT, RESOLVED, UNCHECKED).article().etag();
    String v2 = ArticleRenderer.render(draft, 2, AT, AT, RESOLVED, UNCHECKED).article().etag();

    assertTrue(v1.startsWith("\"v1-"), v1);
    assertTrue(v2.startsWith("\"v2-"), v2);
    assertNotEquals(v1.substring(4), v2.substring(4));
  }

  @Test
  void everyBlockTypeIsRenderedWithItsTypeName() {
    ArticleContent base = Articles.aDraftWithSections(1);
    ArticleContent content =
        new ArticleContent(
            base.slug(),
            base.locale(),
            base.title(),
            null,
            List.of(),
            List.of(),
            null,
            List.of(
                new SectionContent(
                    "all",
                    "All blocks",
                    List.of(
                        new Block.Paragraph("P.", List.of()),
                        new Block.OrderedList(List.of(new Block.ListItem("One", null))),
                        new Block.BulletedList(List.of(new Block.ListItem("Dot", null))),
                        new Block.ImageBlock(
                            "https://img.example/k2.png",
                            "A diagram of vitamin K2 activating osteocalcin",
                            "Osteocalcin activation",
                            800,
                            600,
                            new Attribution("Pictures from a talk", Articles.SEED_CITATION)),
                        new Block.Callout("tip", "Tip", "Take it with food.", List.of())))),
            List.of(),
            List.of(Articles.SEED_CITATION),
            List.of(),
            List.of());

    String json =
        new String(
            ArticleRenderer.render(Article.draft(content, AT), 1, AT, AT, RESOLVED, UNCHECKED)
                .article()
                .bytes(),
            StandardCharsets.UTF_8);

    for (String type : List.of("paragraph", "orderedList", "bulletedList", "image", "callout")) {
      assertTrue(json.contains("{\"type\":\"" + type + "\""), type + " missing in " + json);
    }
    assertTrue(json.contains("\"alt\":\"A diagram of vitamin K2 activating osteocalcin\""));
    assertTrue(
        json.contains(
            "\"credit\":{\"text\":\"Pictures from a talk\",\"citation\":\""
                + Articles.SEED_CITATION
                + "\"}"));
  }

  @Test
  void eachSectionIsRenderedWithTheProductsAndCitationsItUses() {
    ArticleContent base = Articles.aDraftWithSections(2);
    ArticleContent content =
        new ArticleContent(
            base.slug(),
            base.locale(),
            base.title(),
            null,
            List.of(),
            List.of(),
            null,
            base.sections(),
            List.of(Articles.featuring(Articles.SEED_SKU, "part-2")),
            base.citations(),
            List.of(),
            List.of());

    ArticleRenderer.Rendition rendition =
        ArticleRenderer.render(Article.draft(content, AT), 3, AT, AT, RESOLVED, UNCHECKED);

    assertEquals(List.of("part-1", "part-2"), List.copyOf(rendition.sections().keySet()));
    String part2 = new String(rendition.sections().get("part-2").bytes(), StandardCharsets.UTF_8);
    assertTrue(part2.contains("\"products\":[{\"sku\":\"" + Articles.SEED_SKU + "\""), part2);
    String part1 = new String(rendition.sections().get("part-1").bytes(), StandardCharsets.UTF_8);
    assertTrue(part1.contains("\"products\":[]"), part1);
    assertTrue(part1.contains("\"version\":3"), part1);
  }

  @Test
  void productCardsNameTheNotesThatApplyAndTheDocumentHoldsThemAfterTheDisclaimers() {
    ArticleContent base = Articles.aDraftWithSections(2);
    ArticleContent content =
        new ArticleContent(
            base.slug(),
            base.locale(),
            base.title(),
            null,
            List.of(),
            List.of(),
            null,
            base.sections(),
            List.of(Articles.featuring(Articles.SEED_SKU, "part-2")),
            base.citations(),
            List.of(),
            base.disclaimers());
    ProductCard k2 =
        new ProductCard(
            Articles.SEED_SKU,
            "K2",
            "Brand",
            "https://shop.example/k2",
            null,
            new ProductCard.Ingredient(
                "Vitamin K2 (as menaquinone-7)", new ProductCard.Amount(BigDecimal.TEN, "mcg")),
            null,
            "active",
            true,
            true);
    SafetyNoteMatcher notes =
        SafetyNoteMatcher.of(
            List.of(
                new SafetyNoteMatcher.Candidate(
                    List.of("vitamin k"),
                    new SafetyNoteView("k-note", "Vitamin K", "K", "Ask first.", List.of())),
                new SafetyNoteMatcher.Candidate(
                    List.of("iron"),
                    new SafetyNoteView("iron-note", "Iron", "Iron", "Ask first.", List.of()))));

    ArticleRenderer.Rendition rendition =
        ArticleRenderer.render(
            Article.draft(content, AT),
            1,
            AT,
            AT,
            new ArticleRenderer.Resolved(
                Map.of(Articles.SEED_SKU, k2), RESOLVED.citations(), notes),
            UNCHECKED);

    assertEquals(
        List.of("k-note"),
        rendition.document().safetyNotes().stream().map(SafetyNoteView::key).toList());
    assertEquals(List.of("k-note"), rendition.document().products().get(0).safetyNotes());
    String json = new String(rendition.article().bytes(), StandardCharsets.UTF_8);
    assertTrue(json.contains("],\"safetyNotes\":[{\"key\":\"k-note\""), json);
    assertTrue(json.indexOf("\"disclaimers\"") < json.indexOf("\"safetyNotes\":[{"), json);
    String part2 = new String(rendition.sections().get("part-2").bytes(), StandardCharsets.UTF_8);
    assertTrue(part2.contains("\"safetyNotes\":[{\"key\":\"k-note\""), part2);
    String part1 = new String(rendition.sections().get("part-1").bytes(), StandardCharsets.UTF_8);
    assertTrue(part1.contains("\"safetyNotes\":[]"), part1);
    // Reading the version back gives the content, and nothing the notes added.
    assertEquals(content, DocumentContent.content(rendition.document()));
  }
}

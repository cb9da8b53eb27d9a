package com.renovare.content.publishing;

import static com.renovare.content.publishing.SeedReferences.RESOLVED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.renovare.content.Articles;
import com.renovare.content.article.Article;
import com.renovare.content.article.ArticleContent;
import com.renovare.content.article.ArticleContent.SectionContent;
import com.renovare.content.article.Block;
import com.renovare.content.article.Credit;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class PublishPolicyTest {

  @Test
  void aCompleteDraftIsAllowed() {
    Article draft = Article.draft(Articles.aDraftWithSections(3), Instant.EPOCH);

    assertTrue(PublishPolicy.evaluate(draft, RESOLVED).allowed());
  }

  @Test
  void everyProblemIsReportedWithWhereItIs() {
    ArticleContent base = Articles.aDraftWithSections(1);
    ArticleContent broken =
        new ArticleContent(
            base.slug(),
            base.locale(),
            " ",
            null,
            List.of(),
            List.of(),
            null,
            List.of(
                new SectionContent(
                    "a", null, List.of(new Block.Paragraph("Text.", List.of("nowhere")))),
                new SectionContent("empty", "Empty", List.of())),
            List.of(
                Articles.featuring("NO-SUCH-SKU", null),
                Articles.featuring(Articles.SEED_SKU, "missing-section")),
            List.of(Articles.SEED_CITATION, "unknown-key", Articles.SEED_CITATION),
            List.of(new Credit("images", "Pictures from nowhere", "not-listed")),
            List.of());

    PublishDecision decision =
        PublishPolicy.evaluate(Article.draft(broken, Instant.EPOCH), RESOLVED);

    assertEquals(
        List.of(
            "missing-title title",
            "unknown-citation citations[1]",
            "duplicate-citation citations[2]",
            "undefined-citation sections[0].blocks[0]",
            "empty-section sections[1]",
            "unknown-product productLinks[0].sku",
            "unknown-section productLinks[1].section",
            "undefined-citation credits[0].citation"),
        decision.reasons().stream().map(r -> r.code() + " " + r.field()).toList());
  }

  @Test
  void aSectionWithOnlyProductLinksIsNotEmpty() {
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
            List.of(new SectionContent("key-products", "Key products", List.of())),
            List.of(Articles.featuring(Articles.SEED_SKU, "key-products")),
            List.of(),
            List.of(),
            List.of());

    assertTrue(PublishPolicy.evaluate(Article.draft(content, Instant.EPOCH), RESOLVED).allowed());
  }

  @Test
  @Tag("owasp-api6")
  void aDraftWithoutSectionsIsRefused() {
    ArticleContent base = Articles.aDraftWithSections(1);
    ArticleContent content =
        new ArticleContent(
            base.slug(),
            base.locale(),
            base.title(),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null);

    assertEquals(
        List.of("no-sections"),
        PublishPolicy.evaluate(Article.draft(content, Instant.EPOCH), RESOLVED).reasons().stream()
            .map(PublishDecision.Reason::code)
            .toList());
  }
}

package com.renovare.content.compliance;

import com.renovare.content.Articles;
import com.renovare.content.article.ArticleContent;
import com.renovare.content.article.Author;
import com.renovare.content.article.Block;
import com.renovare.content.article.Claim;
import com.renovare.content.article.Review;
import java.time.LocalDate;
import java.util.List;

/** Articles with claims, for the compliance and review tests: one section keyed "body". */
final class ClaimArticles {

  static final String CITED = Articles.SEED_CITATION;

  private ClaimArticles() {}

  static ArticleContent article(String locale, Block... blocks) {
    return article(Articles.uniqueSlug(), locale, null, blocks);
  }

  static ArticleContent article(String slug, String locale, Review review, Block... blocks) {
    return new ArticleContent(
        slug,
        locale,
        "Claims test " + slug,
        null,
        List.of("testing"),
        List.of(new Author("Test Desk", "organization")),
        null,
        List.of(new ArticleContent.SectionContent("body", "Body", List.of(blocks))),
        List.of(),
        List.of(CITED),
        List.of(),
        List.of(),
        review);
  }

  static Block.Paragraph paragraph(String text, Claim... claims) {
    return new Block.Paragraph(text, List.of(CITED), List.of(claims));
  }

  static Claim claim(String key, String kind, String text) {
    return Claim.of(key, kind, text, List.of(CITED));
  }

  static Claim uncited(String key, String kind, String text) {
    return Claim.of(key, kind, text, List.of());
  }

  static Review review(LocalDate reviewedAt, LocalDate nextReviewDue) {
    return new Review(
        new Review.Reviewer("Dr. Test Reviewer", "MD, test credentials"),
        reviewedAt,
        nextReviewDue);
  }
}

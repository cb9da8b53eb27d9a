package com.renovare.content.publishing;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.renovare.content.article.Author;
import com.renovare.content.article.Credit;
import com.renovare.content.article.Disclaimer;
import com.renovare.content.article.Image;
import com.renovare.content.article.Review;
import com.renovare.content.citation.CitationData;
import com.renovare.content.identifier.Identifiers;
import com.renovare.content.platform.openapi.ApiDefinition;
import com.renovare.content.product.ProductCard;
import com.renovare.content.safety.SafetyNoteView;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A published version of an article, exactly as delivery serves it. Rendered once when the version
 * is published and stored as bytes; never changed afterwards.
 */
@Schema(name = "ArticleDocument", description = "One published version of an article.")
public record ArticleDocument(
    @Schema(
            description = "The article's stable URL name.",
            examples = "vitamin-k2-mk7",
            maxLength = 120,
            required = true)
        String slug,
    @Schema(
            description = "Language of the text.",
            examples = "en-US",
            maxLength = 6,
            required = true)
        String locale,
    @Schema(
            description = "Content version: 1 for the first publish, then 2, 3 …",
            examples = "1",
            minimum = "1",
            required = true)
        int version,
    @Schema(description = "When this version was published (UTC).", required = true)
        Instant publishedAt,
    @Schema(description = "When version 1 was published (UTC).", required = true)
        Instant firstPublishedAt,
    @Schema(description = "Headline.", maxLength = 300, required = true) String title,
    @Schema(description = "Short teaser for lists and search results.", maxLength = 1000)
        String summary,
    @Schema(description = "Topic tags.", maxItems = 20, required = true)
        List<@Size(max = Identifiers.TOPIC_MAX) String> topics,
    @Schema(description = "Who wrote the article.", maxItems = 20, required = true)
        List<Author> authors,
    @Schema(description = "Lead picture.") Image heroImage,
    @Schema(description = "The body, in reading order.", maxItems = 100, required = true)
        List<SectionDocument> sections,
    @Schema(
            description = "Where the article links products, in reading order.",
            maxItems = 100,
            required = true)
        List<ProductLinkDocument> productLinks,
    @Schema(
            description = "Each linked product once, as it stood when this version was published.",
            maxItems = 100,
            required = true)
        List<ProductCard> products,
    @Schema(
            description = "The sources the text rests on; blocks refer to them by key.",
            maxItems = 100,
            required = true)
        List<CitationData> citations,
    @Schema(
            description = "Credit lines for information and pictures.",
            maxItems = 50,
            required = true)
        List<Credit> credits,
    @Schema(
            description =
                "Texts readers must see: those the market's rules attach to the article's claims"
                    + " (with the marker its claims show) and those editors added.",
            maxItems = 30,
            required = true)
        List<DisclaimerDocument> disclaimers,
    @Schema(
            description =
                "Safety notes on the ingredients the article involves, through a linked product or"
                    + " its own text, as they stood when this version was published; product cards"
                    + " name the ones that apply to them by key. Absent in versions published"
                    + " before safety notes existed.",
            maxItems = 100)
        List<SafetyNoteView> safetyNotes,
    @Schema(
            description =
                "The medical review; absent when the article has not been reviewed. Its status"
                    + " turns to overdue on the current URL once the due date has passed.")
        ReviewDocument review,
    @Schema(required = true) Links links) {

  /** The same document with its review shown as overdue. */
  ArticleDocument withReviewOverdue() {
    return new ArticleDocument(
        slug,
        locale,
        version,
        publishedAt,
        firstPublishedAt,
        title,
        summary,
        topics,
        authors,
        heroImage,
        sections,
        productLinks,
        products,
        citations,
        credits,
        disclaimers,
        safetyNotes,
        review.overdue(),
        links);
  }

  /** A disclaimer as readers see it. */
  @Schema(name = "DisclaimerDocument")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record DisclaimerDocument(
      @Schema(
              description =
                  "Stable key of a disclaimer a rule attached; claims name it in their"
                      + " `disclaimers`. Absent for disclaimers editors added.",
              examples = "us-fda-dshea",
              maxLength = 80)
          String key,
      @Schema(
              description = "ISO 3166-1 alpha-2 code of the market the text is required in.",
              examples = "US",
              maxLength = 2,
              pattern = "^[A-Z]{2}$",
              required = true)
          String market,
      @Schema(description = "The disclaimer text.", maxLength = 2000, required = true) String text,
      @Schema(
              description = "Mark shown after each claim the disclaimer applies to.",
              examples = "*",
              maxLength = 8)
          String marker,
      @Schema(
              description =
                  "rule: attached by the market's compliance rules; editorial: added by editors.",
              enumeration = {DisclaimerDocument.RULE, DisclaimerDocument.EDITORIAL},
              required = true)
          String source,
      @Schema(description = "Keys of the claims it applies to.", maxItems = 1000)
          List<@Size(max = Identifiers.CLAIM_KEY_MAX) String> claims) {

    public static final String RULE = "rule";
    public static final String EDITORIAL = "editorial";

    static DisclaimerDocument editorial(Disclaimer disclaimer) {
      return new DisclaimerDocument(
          null, disclaimer.market(), disclaimer.text(), null, EDITORIAL, null);
    }

    /** Whether editors wrote it (documents from before rules attached disclaimers say nothing). */
    boolean editorial() {
      return source == null || source.equals(EDITORIAL);
    }

    Disclaimer toDisclaimer() {
      return new Disclaimer(market, text);
    }
  }

  /** The medical review, with its status when the document is served. */
  @Schema(name = "ReviewDocument")
  public record ReviewDocument(
      @Schema(required = true) Review.Reviewer reviewedBy,
      @Schema(description = "The day of the review.", required = true) LocalDate reviewedAt,
      @Schema(description = "The day by which it must be reviewed again.", required = true)
          LocalDate nextReviewDue,
      @Schema(
              description =
                  "current until the due date has passed, then overdue. Version URLs keep the"
                      + " status the version was published with.",
              enumeration = {"current", "overdue"},
              required = true)
          String status) {

    static ReviewDocument of(Review review, LocalDate today) {
      return new ReviewDocument(
          review.reviewedBy(), review.reviewedAt(), review.nextReviewDue(), review.statusOn(today));
    }

    ReviewDocument overdue() {
      return new ReviewDocument(reviewedBy, reviewedAt, nextReviewDue, "overdue");
    }

    Review toReview() {
      return new Review(reviewedBy, reviewedAt, nextReviewDue);
    }
  }

  /** One section of the body. */
  @Schema(name = "SectionDocument")
  public record SectionDocument(
      @Schema(
              description = "Stable key, unchanged across versions.",
              examples = "bone-health",
              maxLength = 80,
              required = true)
          String key,
      @Schema(description = "1-based position in the article.", minimum = "1", required = true)
          int position,
      @Schema(description = "Heading; absent for an untitled introduction.", maxLength = 300)
          String heading,
      @Schema(description = "The blocks in reading order.", maxItems = 200, required = true)
          List<com.renovare.content.article.Block> blocks) {}

  /** Where and how the article links a product. */
  @Schema(name = "ProductLink")
  public record ProductLinkDocument(
      @Schema(
              description = "The product; its card is in the document's products list.",
              maxLength = 64,
              required = true)
          String sku,
      @Schema(
              description = "Key of the section that links it; absent when the whole article does.",
              maxLength = 80)
          String section,
      @Schema(
              description = "How prominently to show it.",
              enumeration = {"featured", "mentioned"},
              required = true)
          String role,
      @Schema(
              description = "1-based order among the article's links.",
              minimum = "1",
              required = true)
          int position,
      @Schema(description = "Why the product is linked here.", maxLength = 500) String blurb) {}

  /** Addresses of this document and its relatives. */
  @Schema(name = "ArticleLinks")
  public record Links(
      @Schema(
              description = "This version, cacheable forever.",
              examples = "/v1/articles/vitamin-k2-mk7/versions/1",
              maxLength = ApiDefinition.VERSION_URL_MAX,
              required = true)
          String self,
      @Schema(
              description = "The current version of the article.",
              examples = "/v1/articles/vitamin-k2-mk7",
              maxLength = ApiDefinition.VERSION_URL_MAX,
              required = true)
          String current,
      @Schema(
              description = "The version history.",
              examples = "/v1/articles/vitamin-k2-mk7/versions",
              maxLength = ApiDefinition.VERSION_URL_MAX,
              required = true)
          String versions) {}
}

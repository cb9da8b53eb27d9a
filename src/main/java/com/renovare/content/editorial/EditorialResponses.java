package com.renovare.content.editorial;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.renovare.content.access.TokenView;
import com.renovare.content.article.ArticleContent;
import com.renovare.content.audit.AuditRecord;
import com.renovare.content.compliance.ComplianceReport;
import com.renovare.content.imports.ImportNote;
import com.renovare.content.platform.openapi.ApiDefinition;
import com.renovare.content.publishing.PublishDecision;
import com.renovare.content.publishing.ScheduleView;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of editorial responses. */
public final class EditorialResponses {

  private EditorialResponses() {}

  /** A draft with the state editors cannot write directly. Its ETag is the draft's version. */
  @Schema(name = "Draft")
  public record Draft(
      @Schema(required = true) UUID id,
      @Schema(
              enumeration = {"draft", "published", "unpublished"},
              required = true)
          String status,
      @Schema(
              description = "The latest published version; 0 when never published.",
              minimum = "0",
              required = true)
          int publishedVersion,
      @Schema(required = true) Instant createdAt,
      @Schema(required = true) Instant updatedAt,
      @Schema(description = "A pending scheduled publish.") ScheduleView schedule,
      @Schema(required = true) Links links,
      @Schema(
              description = "What editors write: send this back in PUT to change it.",
              required = true)
          ArticleContent content) {}

  /** A draft made from an imported post and the report of what the import did. */
  @Schema(name = "ImportResult")
  public record Imported(
      @Schema(
              description = "The new draft, as GET /v1/editorial/articles/{id} returns it.",
              required = true)
          Draft draft,
      @Schema(
              description =
                  "Everything dropped, guessed or decided, in source order: check these before"
                      + " publishing.",
              maxItems = 200,
              required = true)
          List<ImportNote> report) {}

  /** Where to go from a draft. */
  @Schema(name = "DraftLinks")
  public record Links(
      @Schema(maxLength = ApiDefinition.URL_MAX, required = true) String self,
      @Schema(maxLength = ApiDefinition.URL_MAX, required = true) String preview,
      @Schema(maxLength = ApiDefinition.URL_MAX, required = true) String versions,
      @Schema(
              description = "The public URL, live once published.",
              maxLength = ApiDefinition.URL_MAX,
              required = true)
          String delivery) {}

  /** A page of drafts. */
  @Schema(name = "DraftList")
  public record DraftList(
      @Schema(maxItems = 100, required = true) List<DraftSummary> items,
      @Schema(maxLength = 512, nullable = true, required = true)
          @JsonInclude(JsonInclude.Include.ALWAYS)
          String next) {}

  /** A draft in a list. */
  @Schema(name = "DraftSummary")
  public record DraftSummary(
      @Schema(required = true) UUID id,
      @Schema(maxLength = 120, required = true) String slug,
      @Schema(maxLength = 300, required = true) String title,
      @Schema(
              enumeration = {"draft", "published", "unpublished"},
              required = true)
          String status,
      @Schema(minimum = "0", required = true) int publishedVersion,
      @Schema(required = true) Instant updatedAt,
      @Schema(maxLength = ApiDefinition.URL_MAX, required = true) String url) {}

  /** What a publish created. */
  @Schema(name = "Published")
  public record Published(
      @Schema(minimum = "1", required = true) int version,
      @Schema(required = true) Instant publishedAt,
      @Schema(maxLength = 80, required = true) String etag,
      @Schema(
              description = "The new version's immutable URL.",
              maxLength = ApiDefinition.VERSION_URL_MAX,
              required = true)
          String url,
      @Schema(
              description =
                  "What the compliance rules found, kept with the version: the disclaimers its"
                      + " claims carry and the findings an editor should look at.",
              required = true)
          ComplianceReport compliance) {}

  /** What a catalogue sync did. */
  @Schema(name = "ProductUpsertResult")
  public record UpsertResult(
      @Schema(minimum = "0", required = true) int created,
      @Schema(minimum = "0", required = true) int updated,
      @Schema(minimum = "0", required = true) int unchanged,
      @Schema(
              description =
                  "Article versions published because a linked product became available or unavailable.",
              maxItems = 1000,
              required = true)
          List<Published> republished,
      @Schema(
              description =
                  "Live articles linking a product that became available or unavailable which were"
                      + " not re-published, because their live content may not be published any"
                      + " more (for example: findings in a market whose compliance policy is"
                      + " block). Each stays at its live version; the product change and the other"
                      + " articles' new versions are stored all the same. Empty when every article"
                      + " was re-published.",
              maxItems = 1000,
              required = true)
          List<NotRepublished> notRepublished) {}

  /** A live article a catalogue sync could not re-publish, and why. */
  @Schema(name = "NotRepublished")
  public record NotRepublished(
      @Schema(required = true) UUID articleId,
      @Schema(maxLength = 120, required = true) String slug,
      @Schema(description = "The version that stays live.", minimum = "1", required = true)
          int liveVersion,
      @Schema(
              description =
                  "Why it may not be published: the first "
                      + NotRepublished.MAX_REASONS
                      + " reasons. The draft's compliance report (GET"
                      + " /v1/editorial/articles/{id}/compliance) has every finding with its span.",
              maxItems = NotRepublished.MAX_REASONS,
              required = true)
          List<PublishDecision.Reason> reasons) {

    static final int MAX_REASONS = 100;
  }

  /** A token at its creation: the only time its secret is shown. */
  @Schema(name = "IssuedToken")
  public record IssuedToken(
      @Schema(required = true) TokenView token,
      @Schema(
              description = "The bearer secret. Store it now: it cannot be shown again.",
              maxLength = 100,
              required = true)
          String secret) {}

  /** All tokens. */
  @Schema(name = "TokenList")
  public record TokenList(@Schema(maxItems = 10000, required = true) List<TokenView> items) {}

  /** A page of the audit log. */
  @Schema(name = "AuditPage")
  public record AuditPage(
      @Schema(maxItems = 100, required = true) List<AuditRecord> items,
      @Schema(maxLength = 512, nullable = true, required = true)
          @JsonInclude(JsonInclude.Include.ALWAYS)
          String next) {}

  /** A page of the re-review list. */
  @Schema(name = "ReviewList")
  public record ReviewList(
      @Schema(maxItems = 100, required = true) List<ReviewItem> items,
      @Schema(maxLength = 512, nullable = true, required = true)
          @JsonInclude(JsonInclude.Include.ALWAYS)
          String next) {}

  /** A live article that needs another review, and why. */
  @Schema(name = "ReviewItem")
  public record ReviewItem(
      @Schema(required = true) UUID articleId,
      @Schema(maxLength = 120, required = true) String slug,
      @Schema(maxLength = 300, required = true) String title,
      @Schema(description = "The day of the last review; null when never reviewed.")
          LocalDate reviewedAt,
      @Schema(description = "The day the review falls due; null when never reviewed.")
          LocalDate nextReviewDue,
      @Schema(description = "Every reason it needs review.", maxItems = 200, required = true)
          List<ReviewReason> reasons,
      @Schema(
              description = "The draft to work on.",
              maxLength = ApiDefinition.URL_MAX,
              required = true)
          String url) {}

  /** Why an article needs review. */
  @Schema(name = "ReviewReason")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ReviewReason(
      @Schema(
              enumeration = {"not-reviewed", "review-overdue", "source-broken", "source-changed"},
              required = true)
          String code,
      @Schema(description = "For the editor.", maxLength = 1000, required = true) String message,
      @Schema(description = "The cited source concerned, for source reasons.", maxLength = 80)
          String citation,
      @Schema(description = "Since when the reason holds.") Instant since) {}
}

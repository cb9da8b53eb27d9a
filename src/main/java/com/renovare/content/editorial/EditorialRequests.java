package com.renovare.content.editorial;

import com.renovare.content.product.ProductData;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of editorial requests other than article content. */
public final class EditorialRequests {

  private EditorialRequests() {}

  /** Publish the draft now. */
  @Schema(name = "PublishRequest")
  public record Publish(
      @Schema(
              description = "Why this version is published; shown in the version history.",
              examples = "Corrected the dosage in the key-products section.",
              maxLength = 1000,
              required = true)
          @NotBlank
          @Size(max = 1000)
          String changeNote) {}

  /** Publish the draft at a future time. */
  @Schema(name = "ScheduleRequest")
  public record Schedule(
      @Schema(
              description = "When to publish (ISO-8601, UTC).",
              examples = "2026-12-01T08:00:00Z",
              required = true)
          @NotNull
          Instant publishAt,
      @Schema(maxLength = 1000, required = true) @NotBlank @Size(max = 1000) String changeNote) {}

  /** Make the draft a copy of a published version. */
  @Schema(name = "RevertRequest")
  public record Revert(
      @Schema(
              description = "The version to copy into the draft.",
              minimum = "1",
              maximum = "999999999",
              required = true)
          @NotNull
          @Min(1)
          @Max(999_999_999)
          Integer version) {}

  /** Take published versions down for a legal or medical reason. Irreversible. */
  @Schema(name = "RedactionRequest")
  public record Redact(
      @Schema(
              description =
                  "The version to redact (from 1), or all for every version not yet redacted.",
              examples = "2",
              pattern = "^(all|[1-9][0-9]{0,8})$",
              maxLength = 9,
              required = true)
          @NotNull
          @Pattern(regexp = "all|[1-9][0-9]{0,8}", message = "must be a version number or all")
          String version,
      @Schema(
              description =
                  "Why, for the public: shown with the version, in its 410 answer and in the"
                      + " article.redacted event. Name the ground, not the content.",
              examples = "Legal takedown: court order of 2026-11-30.",
              minLength = 1,
              maxLength = 500,
              required = true)
          @NotBlank
          @Size(max = 500)
          String reason) {

    /** The version number, or null for all versions. */
    public Integer versionNumber() {
      return version.equals("all") ? null : Integer.valueOf(version);
    }
  }

  /** Longest public byline of a token. */
  static final int BYLINE_MAX = 100;

  /** No control characters, no angle brackets, no space at either end. */
  static final String BYLINE =
      "^[^\\s\\x00-\\x1F\\x7F<>](?:[^\\x00-\\x1F\\x7F<>]*[^\\s\\x00-\\x1F\\x7F<>])?$";

  /** A new bearer token. */
  @Schema(name = "TokenRequest")
  public record Token(
      @Schema(
              description = "What the token is for, to recognise it in the audit log.",
              examples = "storefront-editor",
              maxLength = 100,
              pattern = "^[A-Za-z0-9][A-Za-z0-9 ._-]*$",
              required = true)
          @NotBlank
          @Size(max = 100)
          @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9 ._-]*")
          String name,
      @Schema(
              description =
                  "The public byline of what the token publishes, shown as publishedBy in version"
                      + " histories (a person's or a team's display name). Absent: the"
                      + " organisation's name. Never use a credential's name here.",
              examples = "Renovare editorial team",
              maxLength = EditorialRequests.BYLINE_MAX,
              pattern = EditorialRequests.BYLINE)
          @Size(min = 1, max = BYLINE_MAX)
          @Pattern(regexp = BYLINE)
          String byline,
      @Schema(
              description = "Its roles; the highest counts, and each includes those below it.",
              maxItems = 3,
              required = true)
          @NotEmpty
          @Size(max = 3)
          List<@NotNull @Size(max = 9) @Pattern(regexp = "editor|publisher|admin") String> roles,
      @Schema(description = "When it stops working; absent for no expiry.") Instant expiresAt) {}

  /** The commerce system's catalogue sync. */
  @Schema(name = "ProductUpsertRequest")
  public record ProductUpsert(
      @Schema(
              description = "Products to create or update, by SKU.",
              maxItems = 1000,
              required = true)
          @NotEmpty
          @Size(max = 1000)
          List<@NotNull @Valid ProductData> items) {}
}

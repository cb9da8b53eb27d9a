package com.renovare.content.article;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The medical review of an article: who checked it, when, and when it must be checked again.
 * Delivery shows it with a status that turns from {@code current} to {@code overdue} once the due
 * date has passed.
 */
@Schema(name = "Review")
public record Review(
    @Schema(description = "The medical reviewer.", required = true) @NotNull @Valid
        Reviewer reviewedBy,
    @Schema(description = "The day the review was done.", examples = "2026-11-25", required = true)
        @NotNull
        LocalDate reviewedAt,
    @Schema(
            description = "The day by which the article must be reviewed again.",
            examples = "2027-11-25",
            required = true)
        @NotNull
        LocalDate nextReviewDue) {

  /** A qualified person who checked the article's health content. */
  @Schema(name = "Reviewer")
  public record Reviewer(
      @Schema(
              description = "Full name.",
              examples = "Dr. Jane Doe",
              maxLength = 200,
              required = true)
          @NotBlank
          @Size(max = 200)
          String name,
      @Schema(
              description = "Degrees and licences that qualify the reviewer.",
              examples = "MD, Internal Medicine",
              maxLength = 200,
              required = true)
          @NotBlank
          @Size(max = 200)
          String credentials) {}

  /** The review's status on the given day. */
  public String statusOn(LocalDate day) {
    return day.isAfter(nextReviewDue) ? "overdue" : "current";
  }

  @JsonIgnore
  @Schema(hidden = true)
  @AssertTrue(message = "nextReviewDue must be after reviewedAt")
  boolean isDueAfterReview() {
    return reviewedAt == null || nextReviewDue == null || nextReviewDue.isAfter(reviewedAt);
  }
}

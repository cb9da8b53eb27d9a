package com.renovare.content.compliance;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.renovare.content.identifier.Identifiers;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the compliance rules found in an article, market by market: the disclaimers its claims need
 * and every finding an editor should look at. Kept with each published version.
 */
@Schema(name = "ComplianceReport")
public record ComplianceReport(
    @Schema(
            description = "One report per market the article is checked for; empty when none.",
            maxItems = 20,
            required = true)
        List<MarketReport> markets) {

  public ComplianceReport {
    markets = List.copyOf(markets);
  }

  /** Whether a market whose policy is {@code block} has findings. */
  @JsonIgnore
  public boolean blocks() {
    return markets.stream().anyMatch(m -> m.outcome().equals(MarketReport.BLOCKED));
  }

  /** Every disclaimer the article must carry, market by market. */
  public List<RequiredDisclaimer> requiredDisclaimers() {
    return markets.stream().flatMap(m -> m.disclaimers().stream()).toList();
  }

  /** The report of one market. */
  @Schema(name = "MarketComplianceReport")
  public record MarketReport(
      @Schema(
              description = "ISO 3166-1 alpha-2 code of the market.",
              examples = "US",
              maxLength = 2,
              pattern = "^[A-Z]{2}$",
              required = true)
          String market,
      @Schema(
              description =
                  "warn: findings are reported and publishing goes ahead; block: publishing is"
                      + " refused while there are findings.",
              enumeration = {"warn", "block"},
              required = true)
          String policy,
      @Schema(
              description =
                  "clear: nothing found; warnings: findings that did not stop publishing;"
                      + " blocked: findings that stop publishing.",
              enumeration = {CLEAR, WARNINGS, BLOCKED},
              required = true)
          String outcome,
      @Schema(
              description = "Disclaimers the article's claims need in this market.",
              maxItems = 10,
              required = true)
          List<RequiredDisclaimer> disclaimers,
      @Schema(description = "What an editor should look at.", maxItems = 1000, required = true)
          List<Finding> findings) {

    public static final String CLEAR = "clear";
    public static final String WARNINGS = "warnings";
    public static final String BLOCKED = "blocked";

    public MarketReport {
      disclaimers = List.copyOf(disclaimers);
      findings = List.copyOf(findings);
    }
  }

  /** A disclaimer a rule attaches, and the claims that need it. */
  @Schema(name = "RequiredDisclaimer")
  public record RequiredDisclaimer(
      @Schema(
              description = "Stable key.",
              examples = "us-fda-dshea",
              maxLength = 80,
              required = true)
          String key,
      @Schema(description = "Market code.", examples = "US", maxLength = 2, required = true)
          String market,
      @Schema(description = "The text readers see.", maxLength = 2000, required = true) String text,
      @Schema(
              description = "Mark shown after each claim.",
              examples = "*",
              maxLength = 8,
              required = true)
          String marker,
      @Schema(description = "Keys of the claims that need it.", maxItems = 1000, required = true)
          List<@Size(max = Identifiers.CLAIM_KEY_MAX) String> claims) {

    public RequiredDisclaimer {
      claims = List.copyOf(claims);
    }
  }

  /** Something in the text an editor must look at, and where it is. */
  @Schema(name = "ComplianceFinding")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Finding(
      @Schema(
              description =
                  "disease-claim: a claim marked as a disease claim; disease-wording: a sentence"
                      + " that uses wording from the maintained disease term list;"
                      + " uncited-claim: a claim without a supporting citation.",
              enumeration = {DISEASE_CLAIM, DISEASE_WORDING, UNCITED_CLAIM},
              required = true)
          String code,
      @Schema(
              description = "Where in the draft, as a path.",
              examples = "sections[0].blocks[1].text",
              maxLength = 200,
              required = true)
          String field,
      @Schema(
              description = "The section's key.",
              examples = "introduction",
              maxLength = Identifiers.SECTION_KEY_MAX,
              required = true)
          String section,
      @Schema(
              description = "0-based index of the block in the section.",
              minimum = "0",
              required = true)
          int block,
      @Schema(description = "0-based index of the list item, for lists.", minimum = "0")
          Integer item,
      @Schema(
              description = "The claim's key, for findings about a claim.",
              maxLength = Identifiers.CLAIM_KEY_MAX)
          String claim,
      @Schema(
              description = "Start of the span in the text (0-based, UTF-16 code units).",
              minimum = "0",
              required = true)
          int start,
      @Schema(description = "End of the span (exclusive).", minimum = "0", required = true) int end,
      @Schema(description = "The span's text.", maxLength = 10000, required = true) String text,
      @Schema(description = "The listed terms the span uses, for disease wording.", maxItems = 50)
          // Each term is words matched in the span, so no longer than the span's text.
          List<@Size(max = 10000) String> terms,
      @Schema(description = "What to look at, for the editor.", maxLength = 1000, required = true)
          String message) {

    public static final String DISEASE_CLAIM = "disease-claim";
    public static final String DISEASE_WORDING = "disease-wording";
    public static final String UNCITED_CLAIM = "uncited-claim";
  }
}

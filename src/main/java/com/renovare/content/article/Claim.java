package com.renovare.content.article;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.renovare.content.identifier.Identifiers;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Null;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A statement inside a block's text that needs evidence, such as "K2 activates osteocalcin".
 * Editors quote it word for word from the block and name its kind and the citations that support
 * it; where it sits in the text and which disclaimers it carries are worked out when the article is
 * published.
 */
@Schema(name = "Claim")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Claim(
    @Schema(
            description = "Stable key of the claim, unique within the article.",
            examples = "k2-activates-osteocalcin",
            maxLength = Identifiers.CLAIM_KEY_MAX,
            pattern = Identifiers.CLAIM_KEY,
            required = true)
        @NotBlank
        @Size(max = Identifiers.CLAIM_KEY_MAX)
        @Pattern(regexp = Identifiers.CLAIM_KEY)
        String key,
    @Schema(
            description =
                "What the claim says: about the body's structure or function, a biological"
                    + " mechanism, general well-being, a disease (not allowed for supplements in"
                    + " the US), or something else.",
            enumeration = {
              Claim.STRUCTURE_FUNCTION,
              Claim.MECHANISM,
              Claim.GENERAL_WELLBEING,
              Claim.DISEASE,
              Claim.OTHER
            },
            required = true)
        @NotBlank
        @Pattern(regexp = "structure_function|mechanism|general_wellbeing|disease|other")
        String kind,
    @Schema(
            description = "The claim's words exactly as they appear in the block's text.",
            examples = "K2 activates a protein called osteocalcin",
            maxLength = Block.TEXT_MAX,
            required = true)
        @NotBlank
        @Size(max = Block.TEXT_MAX)
        String text,
    @Schema(
            description = "Keys of the citations that support the claim.",
            maxItems = Block.MAX_CITATIONS,
            required = true)
        @Size(max = Block.MAX_CITATIONS)
        List<
                @NotBlank @Size(max = Identifiers.CITATION_KEY_MAX)
                @Pattern(regexp = Identifiers.CITATION_KEY) String>
            citations,
    @Schema(
            description =
                "Where the claim starts in the block's text (0-based, in UTF-16 code units as"
                    + " JavaScript strings count). Set when published; not written by editors.",
            minimum = "0",
            readOnly = true)
        @Null(message = "is worked out when the article is published; do not send it")
        Integer start,
    @Schema(
            description =
                "Where the claim ends in the block's text (exclusive). Set when published.",
            minimum = "0",
            readOnly = true)
        @Null(message = "is worked out when the article is published; do not send it")
        Integer end,
    @Schema(
            description =
                "Keys of the document's disclaimers that apply to this claim; show each one's"
                    + " marker after the claim. Set when published.",
            maxItems = 10,
            readOnly = true)
        @Null(message = "is worked out when the article is published; do not send it")
        List<@Size(max = Identifiers.CLAIM_KEY_MAX) String> disclaimers) {

  public static final String STRUCTURE_FUNCTION = "structure_function";
  public static final String MECHANISM = "mechanism";
  public static final String GENERAL_WELLBEING = "general_wellbeing";
  public static final String DISEASE = "disease";
  public static final String OTHER = "other";

  public Claim {
    citations = citations == null ? List.of() : List.copyOf(citations);
    disclaimers = disclaimers == null ? null : List.copyOf(disclaimers);
  }

  /** A claim as an editor writes it. */
  public static Claim of(String key, String kind, String text, List<String> citations) {
    return new Claim(key, kind, text, citations, null, null, null);
  }

  /** The claim without what publishing works out, as editors write it. */
  public Claim asWritten() {
    return of(key, kind, text, citations);
  }

  /** The claim placed in its block's text and linked to the disclaimers that apply. */
  public Claim placed(int start, List<String> disclaimers) {
    return new Claim(
        key,
        kind,
        text,
        citations,
        start,
        start + text.length(),
        disclaimers.isEmpty() ? null : disclaimers);
  }
}

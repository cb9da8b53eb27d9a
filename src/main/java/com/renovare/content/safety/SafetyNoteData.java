package com.renovare.content.safety;

import com.renovare.content.identifier.Identifiers;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A safety note as editors write it: which ingredient it is about, the terms that identify that
 * ingredient in product data and article text, what readers are told, and the sources behind it.
 * The same record is what the editorial API returns, so a client can send back what it read.
 */
@Schema(name = "SafetyNoteInput")
public record SafetyNoteData(
    @Schema(
            description = "Stable key; never changes once created.",
            examples = "vitamin-k-anticoagulants",
            maxLength = KEY_MAX,
            pattern = Identifiers.SLUG,
            required = true)
        @NotBlank
        @Size(max = KEY_MAX)
        @Pattern(regexp = Identifiers.SLUG)
        String key,
    @Schema(
            description = "The ingredient the note is about, as readers should see it named.",
            examples = "Vitamin K",
            maxLength = 200,
            required = true)
        @NotBlank
        @Size(max = 200)
        String ingredient,
    @Schema(
            description =
                "Words that identify the ingredient. A product involves the note when its active"
                    + " ingredient name contains one of them, an article when its text does or"
                    + " when it links such a product. Matching ignores case and compares whole"
                    + " words, with letters and digits as separate words: \"vitamin k\" matches"
                    + " \"Vitamin K2-7\" but not \"Vitamin C\" or \"vitamin kale\"; \"mk-7\""
                    + " matches \"MK7\" and \"MK-7\".",
            examples = "[\"vitamin k\", \"menaquinone\", \"mk-7\"]",
            minItems = 1,
            maxItems = MAX_TERMS,
            required = true)
        @NotEmpty
        @Size(max = MAX_TERMS)
        List<@NotBlank @Size(max = TERM_MAX) @Pattern(regexp = TERM, message = TERM_MESSAGE) String>
            terms,
    @Schema(
            description = "Headline of the note.",
            examples = "Vitamin K and blood thinners",
            maxLength = 300,
            required = true)
        @NotBlank
        @Size(max = 300)
        String title,
    @Schema(description = "What readers are told.", maxLength = TEXT_MAX, required = true)
        @NotBlank
        @Size(max = TEXT_MAX)
        String text,
    @Schema(
            description =
                "Keys of the citations the note rests on; each must exist"
                    + " (POST /v1/editorial/citations).",
            examples = "[\"nih-ods-vitamin-k-fact-sheet\"]",
            minItems = 1,
            maxItems = MAX_CITATIONS,
            required = true)
        @NotEmpty
        @Size(max = MAX_CITATIONS)
        List<
                @NotBlank @Size(max = Identifiers.CITATION_KEY_MAX)
                @Pattern(regexp = Identifiers.CITATION_KEY) String>
            citations) {

  public static final int KEY_MAX = 80;
  public static final int MAX_TERMS = 30;
  public static final int TERM_MAX = 100;
  public static final int TEXT_MAX = 4000;
  public static final int MAX_CITATIONS = 10;

  /** Words of letters and digits separated by single spaces or hyphens: {@code mk-7}. */
  public static final String TERM = "^[\\p{L}\\p{N}]+(?:[ -][\\p{L}\\p{N}]+)*$";

  static final String TERM_MESSAGE =
      "must be words of letters and digits separated by single spaces or hyphens";

  /**
   * Checks a key taken from a URL before it reaches a query.
   *
   * @throws com.renovare.content.platform.problem.ApiProblem 400 naming the parameter
   */
  public static String checkKey(String name, String value) {
    Identifiers.slug(name, value);
    if (value.length() > KEY_MAX) {
      throw com.renovare.content.platform.problem.ApiProblem.invalidParameter(
          name, "must be at most " + KEY_MAX + " characters");
    }
    return value;
  }

  public SafetyNoteData {
    terms = terms == null ? List.of() : List.copyOf(terms);
    citations = citations == null ? List.of() : List.copyOf(citations);
  }
}

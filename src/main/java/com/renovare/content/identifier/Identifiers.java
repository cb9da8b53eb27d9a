package com.renovare.content.identifier;

import com.renovare.content.platform.problem.ApiProblem;
import java.util.regex.Pattern;

/**
 * The shapes of the stable identifiers clients put in URLs. One definition serves input validation
 * on writes and early refusal of malformed path parameters on reads.
 */
public final class Identifiers {

  /** Lower-case words joined by single hyphens: {@code vitamin-k2-mk7}. */
  public static final String SLUG = "^[a-z0-9]+(?:-[a-z0-9]+)*$";

  public static final int SLUG_MAX = 120;

  /** Same shape as a slug: {@code bone-health}. */
  public static final String SECTION_KEY = SLUG;

  public static final int SECTION_KEY_MAX = 80;

  /** Letters, digits, dot, underscore and hyphen, starting with a letter or digit. */
  public static final String SKU = "^[A-Za-z0-9][A-Za-z0-9._-]*$";

  public static final int SKU_MAX = 64;

  /** Lower-case words joined by hyphens, dots or underscores: {@code krishnan-vitamin-k2}. */
  public static final String CITATION_KEY = "^[a-z0-9]+(?:[-_.][a-z0-9]+)*$";

  public static final int CITATION_KEY_MAX = 80;

  /** A claim is keyed like a slug, unique within its article. */
  public static final String CLAIM_KEY = SLUG;

  public static final int CLAIM_KEY_MAX = 80;

  /** A BCP 47 tag of language and optional region: {@code en-US}. */
  public static final String LOCALE = "^[a-z]{2,3}(?:-[A-Z]{2})?$";

  public static final int LOCALE_MAX = 6;

  /** A topic is tagged like a slug. */
  public static final String TOPIC = SLUG;

  public static final int TOPIC_MAX = 80;

  private static final Pattern SLUG_PATTERN = Pattern.compile(SLUG);
  private static final Pattern SKU_PATTERN = Pattern.compile(SKU);
  private static final Pattern CITATION_KEY_PATTERN = Pattern.compile(CITATION_KEY);
  private static final Pattern LOCALE_PATTERN = Pattern.compile(LOCALE);
  private static final Pattern VERSION_PATTERN = Pattern.compile("[1-9][0-9]{0,8}");

  private Identifiers() {}

  public static String slug(String name, String value) {
    return require(
        name,
        value,
        SLUG_PATTERN,
        SLUG_MAX,
        "lower-case letters and digits joined by single hyphens");
  }

  public static String sectionKey(String name, String value) {
    return require(
        name,
        value,
        SLUG_PATTERN,
        SECTION_KEY_MAX,
        "lower-case letters and digits joined by single hyphens");
  }

  public static String topic(String name, String value) {
    return require(
        name,
        value,
        SLUG_PATTERN,
        TOPIC_MAX,
        "lower-case letters and digits joined by single hyphens");
  }

  public static String sku(String name, String value) {
    return require(
        name,
        value,
        SKU_PATTERN,
        SKU_MAX,
        "letters, digits, '.', '_' and '-', starting with a letter or digit");
  }

  public static String citationKey(String name, String value) {
    return require(
        name,
        value,
        CITATION_KEY_PATTERN,
        CITATION_KEY_MAX,
        "lower-case letters and digits joined by '-', '_' or '.'");
  }

  public static String locale(String name, String value) {
    return require(name, value, LOCALE_PATTERN, LOCALE_MAX, "a language tag such as en-US");
  }

  /** A content version number as a path carries it: 1 to 999999999, no sign or leading zero. */
  public static int version(String name, String value) {
    if (value == null || !VERSION_PATTERN.matcher(value).matches()) {
      throw ApiProblem.invalidParameter(name, "must be a whole number from 1 to 999999999");
    }
    return Integer.parseInt(value);
  }

  private static String require(String name, String value, Pattern pattern, int max, String shape) {
    if (value == null
        || value.isEmpty()
        || value.length() > max
        || !pattern.matcher(value).matches()) {
      throw ApiProblem.invalidParameter(
          name, "must be " + shape + ", at most " + max + " characters");
    }
    return value;
  }
}

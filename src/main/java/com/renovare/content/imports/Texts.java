package com.renovare.content.imports;

import java.text.Normalizer;
import java.util.Locale;

/** Small text rules shared by the readers. */
final class Texts {

  private Texts() {}

  /**
   * White space for the purpose of dropping lines and trimming: Java's white space plus the
   * non-breaking and other Unicode spaces, zero-width space and the byte-order mark, which pasted
   * blog text is full of.
   */
  static boolean isSpace(int c) {
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || c == '\u200B'
        || c == '\uFEFF'
        || c == '\u2060';
  }

  static boolean isBlank(String s) {
    return s == null || s.codePoints().allMatch(Texts::isSpace);
  }

  /** The text without leading and trailing white space of any kind; inner spacing is kept. */
  static String trim(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isSpace(s.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }

  /** Runs of markup white space (not non-breaking spaces, which were written on purpose) as one. */
  static String collapse(String s) {
    return s.replaceAll("[ \\t\\n\\r\\f]+", " ");
  }

  /**
   * Lower-case ASCII words joined by single hyphens, at most {@code max} characters, cut at a
   * hyphen; empty when nothing of the text is ASCII letters or digits.
   */
  static String slug(String text, int max) {
    String ascii =
        Normalizer.normalize(text, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("(^-+|-+$)", "");
    if (ascii.length() <= max) {
      return ascii;
    }
    String cut = ascii.substring(0, max);
    int hyphen = cut.lastIndexOf('-');
    return hyphen > 0 ? cut.substring(0, hyphen) : cut;
  }

  /**
   * Where to cut a text so that it keeps at most {@code max} characters, at a word boundary when
   * there is one in the second half.
   */
  static int cutAt(String text, int max) {
    if (text.length() <= max) {
      return text.length();
    }
    for (int i = max; i > max / 2; i--) {
      if (isSpace(text.charAt(i))) {
        return i;
      }
    }
    return Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
  }
}

package com.renovare.content.safety;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one place that decides which safety notes apply to what.
 *
 * <p>A <b>term</b> matches a text when the term's words appear in the text consecutively and in the
 * same order. Both are compared as words: Unicode-normalised (NFKC, so "K₂" reads as "K2"),
 * lower-cased, and split into runs of letters and runs of digits, everything else being a
 * separator. "Vitamin K2 (as menaquinone-7)" is thus the words {@code vitamin k 2 as menaquinone
 * 7}, and "Vitamin K2-7" is {@code vitamin k 2 7}: "vitamin k", "vitamin k2" and "k2" match both,
 * "menaquinone" only the first, and "mk-7" (= {@code mk 7}) neither, though it matches "MK7",
 * "MK-7" and "mk 7". A word never matches part of a longer word: "vitamin k" does not match
 * "vitamin kale", nor "vitamin k1" match "vitamin K12".
 *
 * <p>A note applies to a <b>product</b> when one of its terms matches the product's active
 * ingredient name, and to an <b>article</b> when it applies to a product the article links or when
 * a term matches the article's title, summary, a topic, a section heading or a block's text.
 */
public final class SafetyNoteMatcher {

  /** Matches nothing. */
  public static final SafetyNoteMatcher NONE = new SafetyNoteMatcher(List.of());

  /** A note as the matcher sees it: its terms, and what to show where it applies. */
  public record Candidate(List<String> terms, SafetyNoteView note) {
    public Candidate {
      terms = List.copyOf(terms);
    }
  }

  /**
   * The notes that apply to an article, in key order, and for each linked product that has any, the
   * keys of those that apply to the product itself.
   */
  public record ArticleNotes(List<SafetyNoteView> notes, Map<String, List<String>> keysBySku) {}

  private record Compiled(List<List<String>> terms, SafetyNoteView note) {}

  private final List<Compiled> notes;

  private SafetyNoteMatcher(List<Compiled> notes) {
    this.notes = notes;
  }

  /** A matcher over these notes; results always come in key order, whatever the input order. */
  public static SafetyNoteMatcher of(Collection<Candidate> candidates) {
    return new SafetyNoteMatcher(
        candidates.stream()
            .sorted(Comparator.comparing(c -> c.note().key()))
            .map(
                c ->
                    new Compiled(
                        c.terms().stream().map(SafetyNoteMatcher::words).toList(), c.note()))
            .toList());
  }

  /** The notes that apply to a product with this active ingredient (none when it has none). */
  public List<SafetyNoteView> forIngredient(String ingredientName) {
    if (ingredientName == null) {
      return List.of();
    }
    List<String> ingredient = words(ingredientName);
    return notes.stream()
        .filter(n -> mentions(n, List.of(ingredient)))
        .map(Compiled::note)
        .toList();
  }

  /**
   * The notes that apply to an article.
   *
   * @param texts the article's reader-visible text (title, summary, topics, headings, blocks)
   * @param ingredientBySku the active ingredient of each linked product, in link order; products
   *     without one are absent or map to null
   */
  public ArticleNotes forArticle(Collection<String> texts, Map<String, String> ingredientBySku) {
    List<List<String>> textWords =
        texts.stream().filter(t -> t != null).map(SafetyNoteMatcher::words).toList();
    Map<String, List<String>> keysBySku = new LinkedHashMap<>();
    ingredientBySku.forEach(
        (sku, ingredient) -> {
          List<String> keys = forIngredient(ingredient).stream().map(SafetyNoteView::key).toList();
          if (!keys.isEmpty()) {
            keysBySku.put(sku, keys);
          }
        });
    List<SafetyNoteView> applying = new ArrayList<>();
    for (Compiled note : notes) {
      boolean viaProduct =
          keysBySku.values().stream().anyMatch(keys -> keys.contains(note.note().key()));
      if (viaProduct || mentions(note, textWords)) {
        applying.add(note.note());
      }
    }
    return new ArticleNotes(List.copyOf(applying), Map.copyOf(keysBySku));
  }

  /** Whether the term matches the text, as defined above. */
  public static boolean matches(String term, String text) {
    return firstIndex(words(text), words(term)) >= 0;
  }

  /** The text as the words matching compares: lower-cased runs of letters and of digits. */
  static List<String> words(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    List<String> words = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      int start = i;
      int kind = kind(s.codePointAt(i));
      while (i < s.length() && kind(s.codePointAt(i)) == kind) {
        i += Character.charCount(s.codePointAt(i));
      }
      if (kind != SEPARATOR) {
        words.add(s.substring(start, i));
      }
    }
    return words;
  }

  private static final int SEPARATOR = 0;
  private static final int LETTER = 1;
  private static final int DIGIT = 2;

  private static int kind(int codePoint) {
    if (Character.isLetter(codePoint)) {
      return LETTER;
    }
    return Character.isDigit(codePoint) ? DIGIT : SEPARATOR;
  }

  private static boolean mentions(Compiled note, List<List<String>> texts) {
    for (List<String> term : note.terms()) {
      for (List<String> text : texts) {
        if (firstIndex(text, term) >= 0) {
          return true;
        }
      }
    }
    return false;
  }

  /** Where the words of {@code term} first occur consecutively in {@code text}, or -1. */
  private static int firstIndex(List<String> text, List<String> term) {
    return term.isEmpty() ? -1 : Collections.indexOfSubList(text, term);
  }
}

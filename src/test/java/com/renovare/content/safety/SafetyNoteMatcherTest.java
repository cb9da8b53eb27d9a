package com.renovare.content.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SafetyNoteMatcherTest {

  private static final String K2_MK7 = "Vitamin K2 (as menaquinone-7)";
  private static final String K2_7 = "Vitamin K2-7";

  private static final List<String> VITAMIN_K_TERMS =
      List.of("vitamin k", "vitamin k1", "vitamin k2", "menaquinone", "phylloquinone", "mk-7");

  private static final SafetyNoteMatcher MATCHER =
      SafetyNoteMatcher.of(
          List.of(
              candidate("zinc-copper", List.of("zinc")),
              candidate("vitamin-k-anticoagulants", VITAMIN_K_TERMS),
              candidate("magnesium-kidneys", List.of("magnesium"))));

  @Test
  void vitaminKMatchesBothWaysTheSeedProductsNameK2() {
    assertTrue(SafetyNoteMatcher.matches("vitamin k", K2_MK7));
    assertTrue(SafetyNoteMatcher.matches("vitamin k", K2_7));
    assertTrue(SafetyNoteMatcher.matches("vitamin k2", K2_MK7));
    assertTrue(SafetyNoteMatcher.matches("vitamin k2", K2_7));
    assertTrue(SafetyNoteMatcher.matches("k2", K2_7));
  }

  @Test
  void menaquinoneMatchesOnlyANameThatSaysMenaquinone() {
    assertTrue(SafetyNoteMatcher.matches("menaquinone", K2_MK7));
    assertFalse(SafetyNoteMatcher.matches("menaquinone", K2_7));
  }

  @Test
  void mk7MatchesMk7WithOrWithoutAHyphenButNotMenaquinone7OrK2Dash7() {
    assertTrue(SafetyNoteMatcher.matches("mk-7", "Vitamin K2 as MK-7"));
    assertTrue(SafetyNoteMatcher.matches("mk-7", "MK7"));
    assertTrue(SafetyNoteMatcher.matches("mk-7", "mk 7 from natto"));
    assertTrue(SafetyNoteMatcher.matches("MK7", "Vitamin K2 (MK-7)"));
    assertFalse(SafetyNoteMatcher.matches("mk-7", K2_MK7));
    assertFalse(SafetyNoteMatcher.matches("mk-7", K2_7));
    assertFalse(SafetyNoteMatcher.matches("mk-7", "MK-70"));
  }

  @Test
  void aTermNeverMatchesPartOfALongerWord() {
    assertFalse(SafetyNoteMatcher.matches("vitamin k", "vitamin kale"));
    assertFalse(SafetyNoteMatcher.matches("vitamin k", "Vitamin Kombucha blend"));
    assertFalse(SafetyNoteMatcher.matches("vitamin k1", "Vitamin K12"));
    assertFalse(SafetyNoteMatcher.matches("menaquinone", "menaquinones"));
  }

  @Test
  void vitaminKDoesNotMatchOtherVitamins() {
    assertFalse(SafetyNoteMatcher.matches("vitamin k", "Vitamin C"));
    assertFalse(SafetyNoteMatcher.matches("vitamin k", "Vitamin D3"));
    assertFalse(SafetyNoteMatcher.matches("vitamin k", "Vitamin B12 (as methylcobalamin)"));
    assertFalse(SafetyNoteMatcher.matches("vitamin k", "K vitamin"));
  }

  @Test
  void caseAndSeparatorsAndUnicodeFormsDoNotMatter() {
    assertTrue(SafetyNoteMatcher.matches("Vitamin K", "VITAMIN K"));
    assertTrue(SafetyNoteMatcher.matches("vitamin k", "vitamin-k2"));
    assertTrue(SafetyNoteMatcher.matches("vitamin k2", "Vitamin K₂"));
    assertTrue(SafetyNoteMatcher.matches("phylloquinone", "Phylloquinone (vitamin K1)"));
  }

  @Test
  void aProductGetsTheNotesWhoseTermsItsIngredientMatchesInKeyOrder() {
    SafetyNoteMatcher both =
        SafetyNoteMatcher.of(
            List.of(
                candidate("vitamin-k-anticoagulants", VITAMIN_K_TERMS),
                candidate("k2-test-note", List.of("k2"))));

    assertEquals(
        List.of("k2-test-note", "vitamin-k-anticoagulants"),
        both.forIngredient(K2_7).stream().map(SafetyNoteView::key).toList());
    assertEquals(List.of(), both.forIngredient("Vitamin C (as ascorbic acid)"));
    assertEquals(List.of(), both.forIngredient(null));
  }

  @Test
  void anArticleLinkingAMatchingProductGetsTheNoteAndTheProductNamesIt() {
    Map<String, String> products = new LinkedHashMap<>();
    products.put("K2-CAPS", K2_MK7);
    products.put("C-TABS", "Vitamin C");
    products.put("NO-INGREDIENT", null);

    SafetyNoteMatcher.ArticleNotes notes =
        MATCHER.forArticle(List.of("Why sleep matters", "Rest well."), products);

    assertEquals(
        List.of("vitamin-k-anticoagulants"),
        notes.notes().stream().map(SafetyNoteView::key).toList());
    assertEquals(Map.of("K2-CAPS", List.of("vitamin-k-anticoagulants")), notes.keysBySku());
  }

  @Test
  void anArticleWhoseTextMentionsATermGetsTheNoteWithoutAnyProduct() {
    SafetyNoteMatcher.ArticleNotes notes =
        MATCHER.forArticle(
            List.of("Leafy greens", "Kale and spinach are rich in phylloquinone."), Map.of());

    assertEquals(
        List.of("vitamin-k-anticoagulants"),
        notes.notes().stream().map(SafetyNoteView::key).toList());
    assertEquals(Map.of(), notes.keysBySku());
  }

  @Test
  void anUnrelatedArticleGetsNoNotes() {
    SafetyNoteMatcher.ArticleNotes notes =
        MATCHER.forArticle(
            List.of("Vitamin C and your immune system", "vitamin-c", "Citrus and kale."),
            Map.of("C-TABS", "Vitamin C"));

    assertEquals(List.of(), notes.notes());
    assertEquals(Map.of(), notes.keysBySku());
  }

  @Test
  void notesComeInKeyOrderWhateverOrderTheCatalogueGaveThem() {
    SafetyNoteMatcher.ArticleNotes notes =
        MATCHER.forArticle(List.of("Zinc, magnesium and vitamin K together"), Map.of());

    assertEquals(
        List.of("magnesium-kidneys", "vitamin-k-anticoagulants", "zinc-copper"),
        notes.notes().stream().map(SafetyNoteView::key).toList());
  }

  private static SafetyNoteMatcher.Candidate candidate(String key, List<String> terms) {
    return new SafetyNoteMatcher.Candidate(
        terms, new SafetyNoteView(key, key, "Title of " + key, "Text of " + key, List.of()));
  }
}

package com.renovare.content.safety;

import com.renovare.content.Articles;
import com.renovare.content.product.ProductData;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Fixtures for safety-note tests: ingredients no other test names, so notes stay their own. */
final class SafetyNotesTesting {

  /** The note the seed bundle ships. */
  static final String SEED_NOTE = "vitamin-k-anticoagulants";

  static final String NIH_URL = "https://ods.od.nih.gov/factsheets/VitaminK-HealthProfessional/";

  private SafetyNotesTesting() {}

  /** A made-up ingredient word of letters only, so it is one word to the matcher. */
  static String uniqueIngredient() {
    StringBuilder word = new StringBuilder("quill");
    for (int i = 0; i < 10; i++) {
      word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
    }
    return word.toString();
  }

  static String uniqueKey() {
    return "test-note-" + UUID.randomUUID().toString().substring(0, 8);
  }

  static String uniqueSku() {
    return "TEST-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** A valid note body about the ingredient, resting on the seed's presentation citation. */
  static Map<String, Object> note(String key, String ingredient) {
    return Map.of(
        "key",
        key,
        "ingredient",
        ingredient,
        "terms",
        List.of(ingredient),
        "title",
        "A note on " + ingredient,
        "text",
        "People who take " + ingredient + " should ask their healthcare provider first.",
        "citations",
        List.of(Articles.SEED_CITATION));
  }

  static ProductData product(String sku, String ingredientName) {
    return new ProductData(
        sku,
        "Test product " + sku,
        "Test Brand",
        "https://shop.example/" + sku,
        null,
        new ProductData.ActiveIngredient(ingredientName, new BigDecimal("200"), "mg"),
        "1 tablet",
        "active",
        true);
  }
}

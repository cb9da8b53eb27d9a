package com.renovare.content.safety;

import static com.renovare.content.safety.SafetyNotesTesting.NIH_URL;
import static com.renovare.content.safety.SafetyNotesTesting.SEED_NOTE;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.renovare.content.Articles;
import com.renovare.content.article.ArticleContent;
import com.renovare.content.article.ArticleContent.SectionContent;
import com.renovare.content.article.ArticleDrafts;
import com.renovare.content.article.Block;
import com.renovare.content.editorial.Editorial;
import com.renovare.content.product.ProductCatalog;
import com.renovare.content.publishing.PublishingService;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What readers see of safety notes on articles, products and the note's own URL. */
@QuarkusTest
class SafetyNoteDeliveryTest {

  @Inject ProductCatalog products;
  @Inject ArticleDrafts drafts;
  @Inject PublishingService publishing;

  private String publisher;

  @BeforeEach
  void signIn() {
    publisher = Editorial.token("publisher");
  }

  @Test
  void theSeedArticleCarriesTheVitaminKNoteWithItsSourceAndItsProductCardsNameIt() {
    given()
        .get("/v1/articles/vitamin-k2-mk7")
        .then()
        .statusCode(200)
        .body("safetyNotes", hasSize(1))
        .body("safetyNotes[0].key", equalTo(SEED_NOTE))
        .body("safetyNotes[0].ingredient", equalTo("Vitamin K"))
        .body("safetyNotes[0].text", containsString("warfarin (Coumadin)"))
        .body("safetyNotes[0].text", containsString("healthcare provider"))
        .body("safetyNotes[0].sources[0].key", equalTo("nih-ods-vitamin-k-fact-sheet"))
        .body("safetyNotes[0].sources[0].type", equalTo("webpage"))
        .body(
            "safetyNotes[0].sources[0].containerTitle",
            equalTo("NIH Office of Dietary Supplements"))
        .body("safetyNotes[0].sources[0].publisher", equalTo("National Institutes of Health"))
        .body("safetyNotes[0].sources[0].url", equalTo(NIH_URL))
        .body("safetyNotes[0].sources[0].accessed", nullValue())
        .body("products.sku", equalTo(List.of("SAMPLE-K2-MK7-100", "SAMPLE-D3-K2-DROPS")))
        .body("products.safetyNotes", everyItem(equalTo(List.of(SEED_NOTE))))
        // The article's own bibliography stays what its editors cite.
        .body("citations.key", not(org.hamcrest.Matchers.hasItem("nih-ods-vitamin-k-fact-sheet")));
  }

  @Test
  void bothSeedProductsShowTheVitaminKNote() {
    for (String sku : List.of("SAMPLE-K2-MK7-100", "SAMPLE-D3-K2-DROPS")) {
      given()
          .get("/v1/products/" + sku)
          .then()
          .statusCode(200)
          .body("sku", equalTo(sku))
          .body("safetyNotes", hasSize(1))
          .body("safetyNotes[0].key", equalTo(SEED_NOTE))
          .body("safetyNotes[0].title", equalTo("Vitamin K and blood-thinning medicines"))
          .body("safetyNotes[0].sources[0].url", equalTo(NIH_URL));
    }
  }

  @Test
  void theNoteHasItsOwnPublicUrl() {
    String etag =
        given()
            .get("/v1/safety-notes/" + SEED_NOTE)
            .then()
            .statusCode(200)
            .body("key", equalTo(SEED_NOTE))
            .body("sources[0].url", equalTo(NIH_URL))
            .body("terms", nullValue())
            .extract()
            .header("ETag");
    given()
        .header("If-None-Match", etag)
        .get("/v1/safety-notes/" + SEED_NOTE)
        .then()
        .statusCode(304);
    given()
        .get("/v1/safety-notes/no-such-note")
        .then()
        .statusCode(404)
        .body("status", equalTo(404));
    given()
        .get("/v1/safety-notes/Not_A_Key")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }

  @Test
  void anArticleAboutMagnesiumThatLinksNoVitaminKProductHasNoNotes() {
    String sku = SafetyNotesTesting.uniqueSku();
    products.addIfAbsent(
        SafetyNotesTesting.product(sku, "Magnesium (as glycinate)"), Articles.DESK);
    ArticleContent content =
        Articles.aDraft(
            Articles.uniqueSlug(),
            1,
            List.of("magnesium", "sleep"),
            List.of(Articles.featuring(sku, "part-1")));
    publishing.publish(drafts.create(content, Articles.DESK), Articles.DESK, "First");

    given()
        .get("/v1/articles/" + content.slug())
        .then()
        .statusCode(200)
        .body("safetyNotes", hasSize(0))
        .body("products[0].sku", equalTo(sku))
        .body("products[0].safetyNotes", hasSize(0));
    given().get("/v1/products/" + sku).then().statusCode(200).body("safetyNotes", hasSize(0));
  }

  @Test
  void aNewNoteShowsOnAProductAtOnceAndOnAnArticleOnlyFromItsNextPublish() {
    String ingredient = SafetyNotesTesting.uniqueIngredient();
    String sku = SafetyNotesTesting.uniqueSku();
    products.addIfAbsent(
        SafetyNotesTesting.product(sku, capitalised(ingredient) + " (as citrate)"), Articles.DESK);
    ArticleContent content =
        Articles.aDraft(
            Articles.uniqueSlug(), 1, List.of(), List.of(Articles.featuring(sku, "part-1")));
    UUID id = drafts.create(content, Articles.DESK);
    publishing.publish(id, Articles.DESK, "Before the note");
    given().get("/v1/products/" + sku).then().statusCode(200).body("safetyNotes", hasSize(0));

    String key = SafetyNotesTesting.uniqueKey();
    Editorial.as(publisher)
        .body(SafetyNotesTesting.note(key, ingredient))
        .post("/v1/editorial/safety-notes")
        .then()
        .statusCode(201);

    given()
        .get("/v1/products/" + sku)
        .then()
        .statusCode(200)
        .body("safetyNotes.key", equalTo(List.of(key)))
        .body("safetyNotes[0].sources[0].key", equalTo(Articles.SEED_CITATION));
    given()
        .get("/v1/articles/" + content.slug())
        .then()
        .statusCode(200)
        .body("version", equalTo(1))
        .body("safetyNotes", hasSize(0))
        .body("products[0].safetyNotes", hasSize(0));

    publishing.publish(id, Articles.DESK, "After the note");

    given()
        .get("/v1/articles/" + content.slug())
        .then()
        .statusCode(200)
        .body("version", equalTo(2))
        .body("safetyNotes.key", equalTo(List.of(key)))
        .body("safetyNotes[0].title", equalTo("A note on " + ingredient))
        .body("products[0].safetyNotes", equalTo(List.of(key)));
    given()
        .get("/v1/articles/" + content.slug() + "/versions/1")
        .then()
        .statusCode(200)
        .body("safetyNotes", hasSize(0));
    given()
        .get("/v1/articles/" + content.slug() + "/sections/part-1")
        .then()
        .statusCode(200)
        .body("products[0].safetyNotes", equalTo(List.of(key)))
        .body("safetyNotes.key", equalTo(List.of(key)));
  }

  @Test
  void aChangedNoteShowsOnProductsAtOnceWhilePublishedVersionsKeepTheOldText() {
    String ingredient = SafetyNotesTesting.uniqueIngredient();
    String sku = SafetyNotesTesting.uniqueSku();
    products.addIfAbsent(SafetyNotesTesting.product(sku, ingredient), Articles.DESK);
    String key = SafetyNotesTesting.uniqueKey();
    String etag =
        Editorial.as(publisher)
            .body(SafetyNotesTesting.note(key, ingredient))
            .post("/v1/editorial/safety-notes")
            .then()
            .statusCode(201)
            .extract()
            .header("ETag");
    ArticleContent content =
        Articles.aDraft(
            Articles.uniqueSlug(), 1, List.of(), List.of(Articles.featuring(sku, null)));
    publishing.publish(drafts.create(content, Articles.DESK), Articles.DESK, "With the note");

    Map<String, Object> changed = new HashMap<>(SafetyNotesTesting.note(key, ingredient));
    changed.put("text", "Revised: ask first.");
    Editorial.as(publisher)
        .header("If-Match", etag)
        .body(changed)
        .put("/v1/editorial/safety-notes/" + key)
        .then()
        .statusCode(200);

    given()
        .get("/v1/products/" + sku)
        .then()
        .statusCode(200)
        .body("safetyNotes[0].text", equalTo("Revised: ask first."));
    given()
        .get("/v1/articles/" + content.slug())
        .then()
        .statusCode(200)
        .body("safetyNotes[0].text", containsString("should ask their healthcare provider first"));
  }

  @Test
  void anArticleWhoseTextMentionsTheIngredientGetsTheNoteWithoutLinkingAProduct() {
    String ingredient = SafetyNotesTesting.uniqueIngredient();
    String key = SafetyNotesTesting.uniqueKey();
    Editorial.as(publisher)
        .body(SafetyNotesTesting.note(key, ingredient))
        .post("/v1/editorial/safety-notes")
        .then()
        .statusCode(201);
    ArticleContent base = Articles.aDraftWithSections(2);
    ArticleContent content =
        new ArticleContent(
            base.slug(),
            base.locale(),
            base.title(),
            base.summary(),
            base.topics(),
            base.authors(),
            null,
            List.of(
                base.sections().get(0),
                new SectionContent(
                    "mentions",
                    "Where it comes from",
                    List.of(
                        new Block.Paragraph(
                            "Some teas hold " + capitalised(ingredient) + ".",
                            List.of(Articles.SEED_CITATION))))),
            List.of(),
            base.citations(),
            base.credits(),
            base.disclaimers());
    publishing.publish(drafts.create(content, Articles.DESK), Articles.DESK, "First");

    given()
        .get("/v1/articles/" + content.slug())
        .then()
        .statusCode(200)
        .body("safetyNotes.key", equalTo(List.of(key)))
        .body("products", hasSize(0));
    given()
        .get("/v1/articles/" + content.slug() + "/sections/mentions")
        .then()
        .statusCode(200)
        .body("safetyNotes.key", equalTo(List.of(key)));
    given()
        .get("/v1/articles/" + content.slug() + "/sections/part-1")
        .then()
        .statusCode(200)
        .body("safetyNotes", hasSize(0));
  }

  @Test
  void generatedNotesNeverBecomeEditorContentWhenAVersionIsReadBack() {
    String ingredient = SafetyNotesTesting.uniqueIngredient();
    String sku = SafetyNotesTesting.uniqueSku();
    products.addIfAbsent(SafetyNotesTesting.product(sku, ingredient), Articles.DESK);
    String key = SafetyNotesTesting.uniqueKey();
    Editorial.as(publisher)
        .body(SafetyNotesTesting.note(key, ingredient))
        .post("/v1/editorial/safety-notes")
        .then()
        .statusCode(201);
    ArticleContent content =
        Articles.aDraft(
            Articles.uniqueSlug(), 1, List.of(), List.of(Articles.featuring(sku, null)));
    UUID id = drafts.create(content, Articles.DESK);
    publishing.publish(id, Articles.DESK, "With the note");
    given()
        .get("/v1/articles/" + content.slug())
        .then()
        .body("safetyNotes.key", equalTo(List.of(key)));

    assertEquals(content, publishing.contentOf(id, 1));

    String etag = Editorial.etag(publisher, id.toString());
    Editorial.as(publisher)
        .header("If-Match", etag)
        .body(Map.of("version", 1))
        .post("/v1/editorial/articles/" + id + "/revert")
        .then()
        .statusCode(200)
        .body("content.citations", equalTo(List.of(Articles.SEED_CITATION)))
        .body("content.safetyNotes", nullValue())
        .body("content.productLinks[0].safetyNotes", nullValue());
  }

  private static String capitalised(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}

package com.renovare.content.delivery;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.renovare.content.Articles;
import com.renovare.content.article.ArticleContent;
import com.renovare.content.editorial.Editorial;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Articles as schema.org JSON-LD, the markup search engines read. */
@QuarkusTest
class LinkedDataTest {

  private static final String LD = "application/ld+json";
  private static final String SEED = "/v1/articles/vitamin-k2-mk7";

  @Test
  void theSeedArticleIsAMedicalWebPageWithItsReviewSourcesAndProducts() throws Exception {
    Response response = given().accept(LD).get(SEED);
    response
        .then()
        .statusCode(200)
        .contentType(LD)
        // The test profile allows a storefront origin (CORS), so caches vary on Origin too.
        .header("Vary", "Accept, Accept-Encoding, Origin")
        .header("Content-Location", SEED + "/versions/1");

    String body = response.asString();
    assertTrue(
        body.contains("\"author\":[{\"@type\":\"Organization\",\"name\":\"Renovare\"}]"),
        "properties keep their order, so every instance serves the same bytes: " + body);
    JsonNode page = new ObjectMapper().readTree(response.asByteArray());
    assertEquals("https://schema.org", page.path("@context").asText());
    assertEquals("MedicalWebPage", page.path("@type").asText());
    assertEquals(
        "Vitamin K2-7 – the little known vitamin with a large impact",
        page.path("headline").asText());
    JsonNode document = new ObjectMapper().readTree(given().get(SEED).asByteArray());
    assertEquals(document.path("firstPublishedAt").asText(), page.path("datePublished").asText());
    assertEquals(document.path("publishedAt").asText(), page.path("dateModified").asText());
    assertEquals("Organization", page.path("author").path(0).path("@type").asText());
    assertEquals("Renovare", page.path("author").path(0).path("name").asText());
    assertEquals("Person", page.path("reviewedBy").path("@type").asText());
    assertEquals(
        document.path("review").path("reviewedBy").path("name").asText(),
        page.path("reviewedBy").path("name").asText());
    assertEquals(
        document.path("review").path("reviewedAt").asText(), page.path("lastReviewed").asText());

    List<String> citationTypes = new ArrayList<>();
    page.path("citation").forEach(c -> citationTypes.add(c.path("@type").asText()));
    assertEquals(List.of("CreativeWork", "WebPage"), citationTypes);
    JsonNode healthline = page.path("citation").path(1);
    assertEquals(
        "https://www.healthline.com/health/calcification#types", healthline.path("url").asText());
    assertEquals("Healthline", healthline.path("isPartOf").path("name").asText());
    assertEquals(
        "Microbiome Labs",
        page.path("citation")
            .path(0)
            .path("author")
            .path(0)
            .path("affiliation")
            .path("name")
            .asText());

    assertEquals(2, page.path("mentions").size());
    for (JsonNode product : page.path("mentions")) {
      List<String> types = new ArrayList<>();
      product.path("@type").forEach(t -> types.add(t.asText()));
      assertEquals(List.of("Product", "DietarySupplement"), types);
      assertTrue(product.path("sku").asText().startsWith("SAMPLE-"), product.toString());
      assertEquals("Sample Brand", product.path("brand").path("name").asText());
      assertTrue(product.path("activeIngredient").asText().contains("menaquinone-7"));
    }
  }

  @Test
  void eachRepresentationHasItsOwnEtagAndRevalidates() {
    String json = given().get(SEED).then().statusCode(200).extract().header("ETag");
    String ld = given().accept(LD).get(SEED).then().statusCode(200).extract().header("ETag");
    assertNotEquals(json, ld);
    given().accept(LD).header("If-None-Match", ld).get(SEED).then().statusCode(304);
    given()
        .accept(LD)
        .get(SEED + "/versions/1")
        .then()
        .statusCode(200)
        .contentType(LD)
        .header("Cache-Control", "public, max-age=31536000, immutable")
        .body("version", equalTo(1));
    given()
        .header("Accept", "application/json;q=0.5, application/ld+json")
        .get(SEED)
        .then()
        .contentType(LD);
    given().header("Accept", "*/*").get(SEED).then().contentType("application/json");
  }

  @Test
  void anAcceptThatAllowsNeitherIsRefusedAndAnUnknownArticleIsAProblem() {
    given()
        .accept("text/html")
        .get(SEED)
        .then()
        .statusCode(406)
        .contentType("application/problem+json");
    given()
        .accept(LD)
        .get("/v1/articles/no-such-article-for-ld")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  @Test
  void aTitleWithAScriptTagCannotEndTheScriptElementItIsEmbeddedIn() throws Exception {
    String title = "K2 </script><script>alert(1)</script> guide & more \u2028\u2029";
    ArticleContent draft = Articles.withTitle(Articles.aDraftWithSections(1), title);
    String id = Editorial.create(Editorial.ADMIN, draft);
    Editorial.publish(Editorial.ADMIN, id, "A hostile title");

    for (String url :
        List.of("/v1/articles/" + draft.slug(), "/v1/articles/" + draft.slug() + "/versions/1")) {
      String body = given().accept(LD).get(url).then().statusCode(200).extract().asString();
      for (String raw : List.of("<", ">", "&", "\u2028", "\u2029")) {
        assertFalse(body.contains(raw), url + " holds a raw " + raw + ": " + body);
      }
      assertTrue(body.contains("K2 \\u003C/script\\u003E"), body);
      JsonNode page = new ObjectMapper().readTree(body);
      assertEquals(title, page.path("headline").asText());
      assertEquals(title, page.path("name").asText());
    }
  }
}

package com.renovare.content.delivery;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.renovare.content.Articles;
import com.renovare.content.article.ArticleDrafts;
import com.renovare.content.publishing.PublishingService;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ArticleDeliveryTest {

  private static final String SEED = "/v1/articles/vitamin-k2-mk7";

  @Inject ArticleDrafts drafts;
  @Inject PublishingService publishing;

  @Test
  void theSeedArticleIsServedWithCachingHeaders() {
    given()
        .get(SEED)
        .then()
        .statusCode(200)
        .contentType("application/json")
        .header("ETag", startsWith("\"v1-"))
        .header(
            "Cache-Control",
            equalTo("public, max-age=60, stale-while-revalidate=300, stale-if-error=86400"))
        .header("Content-Location", equalTo(SEED + "/versions/1"))
        .body("slug", equalTo("vitamin-k2-mk7"))
        .body("version", equalTo(1))
        .body(
            "sections.key",
            equalTo(
                List.of(
                    "introduction",
                    "key-areas",
                    "liver",
                    "bone-health",
                    "soft-tissue-calcification",
                    "key-products")))
        .body("products.sku", equalTo(List.of("SAMPLE-K2-MK7-100", "SAMPLE-D3-K2-DROPS")))
        .body("products.sample", equalTo(List.of(true, true)))
        .body("citations.type", equalTo(List.of("speech", "webpage")))
        .body("disclaimers[0].market", equalTo("US"));
  }

  @Test
  void revalidatingWithTheEtagGives304WithoutABody() {
    String etag = given().get(SEED).then().statusCode(200).extract().header("ETag");

    given()
        .header("If-None-Match", etag)
        .get(SEED)
        .then()
        .statusCode(304)
        .header("ETag", equalTo(etag))
        .body(emptyOrNullString());
    given().header("If-None-Match", "\"v0-stale\"").get(SEED).then().statusCode(200);
  }

  @Test
  void theVersionUrlServesTheSameBytesCachedForever() {
    Response current = given().get(SEED);
    Response version = given().get(SEED + "/versions/1");

    version
        .then()
        .statusCode(200)
        .header("Cache-Control", equalTo("public, max-age=31536000, immutable"));
    assertArrayEquals(current.asByteArray(), version.asByteArray());
    assertEquals(current.header("ETag"), version.header("ETag"));
    given()
        .header("If-None-Match", version.header("ETag"))
        .get(SEED + "/versions/1")
        .then()
        .statusCode(304);
  }

  @Test
  void aNewVersionLeavesTheOldOneByteForByteAndBecomesCurrent() {
    String slug = Articles.uniqueSlug();
    UUID id = drafts.create(Articles.aDraft(slug, 2, List.of("testing"), List.of()), Articles.DESK);
    publishing.publish(id, Articles.DESK, "First");
    byte[] v1 = given().get("/v1/articles/" + slug + "/versions/1").asByteArray();
    String v1Etag = given().get("/v1/articles/" + slug).header("ETag");

    publishing.publish(id, Articles.DESK, "Second");

    assertArrayEquals(v1, given().get("/v1/articles/" + slug + "/versions/1").asByteArray());
    Response current = given().get("/v1/articles/" + slug);
    current
        .then()
        .statusCode(200)
        .header("Content-Location", equalTo("/v1/articles/" + slug + "/versions/2"));
    assertNotEquals(v1Etag, current.header("ETag"));
    given()
        .header("If-None-Match", v1Etag)
        .get("/v1/articles/" + slug)
        .then()
        .statusCode(200)
        .body("version", equalTo(2));
    given()
        .get("/v1/articles/" + slug + "/versions")
        .then()
        .statusCode(200)
        .body("items.version", equalTo(List.of(2, 1)))
        .body("items.changeNote", equalTo(List.of("Second", "First")))
        .body("items.publishedBy", equalTo(List.of("Test Desk", "Test Desk")))
        .body("items[1].url", equalTo("/v1/articles/" + slug + "/versions/1"))
        .body("next", nullValue());
  }

  @Test
  void theVersionHistoryPagesWithACursor() {
    String slug = Articles.uniqueSlug();
    UUID id = drafts.create(Articles.aDraft(slug, 1, List.of(), List.of()), Articles.DESK);
    for (int i = 1; i <= 3; i++) {
      publishing.publish(id, Articles.DESK, "Change " + i);
    }

    String next =
        given()
            .queryParam("limit", 2)
            .get("/v1/articles/" + slug + "/versions")
            .then()
            .statusCode(200)
            .body("items.version", equalTo(List.of(3, 2)))
            .extract()
            .path("next");
    given()
        .queryParam("limit", 2)
        .queryParam("cursor", next)
        .get("/v1/articles/" + slug + "/versions")
        .then()
        .statusCode(200)
        .body("items.version", equalTo(List.of(1)))
        .body("next", nullValue());
  }

  @Test
  void aSectionComesWithTheCitationsAndProductsItUses() {
    given()
        .get(SEED + "/sections/soft-tissue-calcification")
        .then()
        .statusCode(200)
        .header("ETag", startsWith("\"v1-"))
        .header("Cache-Control", containsString("stale-if-error"))
        .body("article.slug", equalTo("vitamin-k2-mk7"))
        .body("article.url", equalTo(SEED + "/versions/1"))
        .body("section.heading", equalTo("Soft Tissues and calcium removal"))
        .body("section.blocks.type", equalTo(List.of("paragraph", "paragraph", "bulletedList")))
        .body("section.blocks[2].items", hasSize(6))
        .body(
            "citations.key",
            equalTo(List.of("krishnan-vitamin-k2-presentation", "healthline-calcification-types")))
        .body("products", hasSize(0));
    given()
        .get(SEED + "/sections/key-products")
        .then()
        .statusCode(200)
        .body("productLinks.sku", equalTo(List.of("SAMPLE-K2-MK7-100", "SAMPLE-D3-K2-DROPS")))
        .body(
            "products.name",
            equalTo(
                List.of("Sample Vitamin K2 MK-7 100 mcg", "Sample Vitamin D3 + K2 Liquid Drops")));
    String etag = given().get(SEED + "/sections/liver").header("ETag");
    given().header("If-None-Match", etag).get(SEED + "/sections/liver").then().statusCode(304);
  }

  @Test
  void theListFiltersByTopicProductAndLocale() {
    String slug = Articles.uniqueSlug();
    String topic = "topic-" + slug;
    publishing.publish(
        drafts.create(
            Articles.aDraft(
                slug, 1, List.of(topic), List.of(Articles.featuring(Articles.SEED_SKU, "part-1"))),
            Articles.DESK),
        Articles.DESK,
        "First");

    given()
        .queryParam("topic", topic)
        .get("/v1/articles")
        .then()
        .statusCode(200)
        .header("ETag", startsWith("\""))
        .body("items.slug", equalTo(List.of(slug)))
        .body("items[0].url", equalTo("/v1/articles/" + slug))
        .body("items[0].version", equalTo(1))
        .body("next", nullValue());
    given()
        .queryParam("topic", topic)
        .queryParam("locale", "de-DE")
        .get("/v1/articles")
        .then()
        .statusCode(200)
        .body("items", hasSize(0));
    given()
        .queryParam("topic", topic)
        .queryParam("product", "SAMPLE-D3-K2-DROPS")
        .get("/v1/articles")
        .then()
        .statusCode(200)
        .body("items", hasSize(0));
    given()
        .queryParam("topic", topic)
        .queryParam("product", Articles.SEED_SKU)
        .queryParam("locale", "en-US")
        .get("/v1/articles")
        .then()
        .statusCode(200)
        .body("items.slug", equalTo(List.of(slug)));
    given()
        .queryParam("topic", "vitamin-k2")
        .get("/v1/articles")
        .then()
        .statusCode(200)
        .body("items.slug", equalTo(List.of("vitamin-k2-mk7")));
  }

  @Test
  void theListPagesNewestFirstWithoutGapsOrRepeats() {
    String topic = "paging-" + UUID.randomUUID().toString().substring(0, 8);
    for (int i = 0; i < 5; i++) {
      publishing.publish(
          drafts.create(
              Articles.aDraft(Articles.uniqueSlug(), 1, List.of(topic), List.of()), Articles.DESK),
          Articles.DESK,
          "First");
    }
    List<String> all = given().queryParam("topic", topic).get("/v1/articles").path("items.slug");

    List<String> paged = new java.util.ArrayList<>();
    String cursor = null;
    do {
      var request = given().queryParam("topic", topic).queryParam("limit", 2);
      if (cursor != null) {
        request.queryParam("cursor", cursor);
      }
      Response page = request.get("/v1/articles");
      page.then().statusCode(200);
      paged.addAll(page.path("items.slug"));
      cursor = page.path("next");
    } while (cursor != null);

    assertEquals(5, all.size());
    assertEquals(all, paged);
  }

  @Test
  void unknownArticlesVersionsAndSectionsAre404Problems() {
    for (String path :
        List.of(
            "/v1/articles/no-such-article",
            "/v1/articles/no-such-article/versions",
            "/v1/articles/no-such-article/versions/1",
            SEED + "/versions/99",
            SEED + "/sections/no-such-section",
            "/v1/articles/no-such-article/sections/intro")) {
      given()
          .get(path)
          .then()
          .statusCode(404)
          .contentType("application/problem+json")
          .body("status", equalTo(404))
          .body("type", equalTo("/problems/not-found"))
          .body("instance", equalTo(path))
          .body("detail", containsString("no"));
    }
  }

  @Test
  void malformedParametersAre400ProblemsNamingTheParameter() {
    record Case(String path, String name, String value, String field) {}
    for (Case c :
        List.of(
            new Case("/v1/articles", "limit", "0", "limit"),
            new Case("/v1/articles", "limit", "101", "limit"),
            new Case("/v1/articles", "limit", "ten", "limit"),
            new Case("/v1/articles", "cursor", "not-a-cursor", "cursor"),
            new Case("/v1/articles", "topic", "Bone Health", "topic"),
            new Case("/v1/articles", "product", "<script>", "product"),
            new Case("/v1/articles", "locale", "english", "locale"),
            new Case(SEED + "/versions", "limit", "-5", "limit"),
            new Case(SEED + "/versions", "cursor", "AAAA", "cursor"))) {
      given()
          .queryParam(c.name(), c.value())
          .get(c.path())
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("violations[0].field", equalTo(c.field()));
    }
    for (String path :
        List.of(
            "/v1/articles/Not_A_Slug",
            SEED + "/versions/0",
            SEED + "/versions/abc",
            SEED + "/versions/99999999999",
            SEED + "/sections/UPPER")) {
      given()
          .get(path)
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("status", equalTo(400));
    }
    given()
        .get("/v1/articles/" + "a".repeat(121))
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("slug"));
  }

  @Test
  void anAcceptHeaderThatExcludesJsonIsA406Problem() {
    given()
        .accept("application/xml")
        .get(SEED)
        .then()
        .statusCode(406)
        .contentType("application/problem+json")
        .body("status", equalTo(406));
    given().accept("application/json").get(SEED).then().statusCode(200);
    given().accept("*/*").get(SEED).then().statusCode(200);
  }

  @Test
  void unknownRoutesAndMethodsAreProblemsToo() {
    given()
        .get("/v2/articles")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("status", equalTo(404));
    given()
        .delete(SEED)
        .then()
        .statusCode(405)
        .contentType("application/problem+json")
        .header("Allow", equalTo("GET, HEAD, OPTIONS"))
        .body("status", equalTo(405));
    given()
        .contentType("application/json")
        .body("{}")
        .post("/v1/articles")
        .then()
        .statusCode(405)
        .contentType("application/problem+json");
  }
}

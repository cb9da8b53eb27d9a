package com.renovare.content.delivery;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.renovare.content.editorial.Editorial;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Citations as CSL-JSON, for reference managers and citation processors. */
@QuarkusTest
class CitationFormatsTest {

  private static final String CSL = "application/vnd.citationstyles.csl+json";

  @Test
  void aWebPageIsACslWebpageWithItsSiteAndAccessDate() {
    String json =
        given()
            .get("/v1/citations/healthline-calcification-types")
            .then()
            .statusCode(200)
            .extract()
            .header("ETag");
    String csl =
        given()
            .accept(CSL)
            .get("/v1/citations/healthline-calcification-types")
            .then()
            .statusCode(200)
            .contentType(CSL)
            // The test profile allows a storefront origin (CORS), so caches vary on Origin too.
            .header("Vary", "Accept, Accept-Encoding, Origin")
            .body("id", equalTo("healthline-calcification-types"))
            .body("type", equalTo("webpage"))
            .body("title", equalTo("Calcification: Types, Causes & Diagnosis"))
            .body("container-title", equalTo("Healthline"))
            .body("URL", equalTo("https://www.healthline.com/health/calcification#types"))
            .body("accessed.date-parts", equalTo(List.of(List.of(2026, 11, 25))))
            .extract()
            .header("ETag");
    assertNotEquals(json, csl, "each representation has its own ETag");
    given()
        .accept(CSL)
        .header("If-None-Match", csl)
        .get("/v1/citations/healthline-calcification-types")
        .then()
        .statusCode(304);
  }

  @Test
  void aPresentationIsACslSpeechWithItsEventAndThePresentersInterest() {
    Editorial.as(Editorial.ADMIN)
        .body(
            Map.of(
                "key", "test-summit-talk",
                "type", "speech",
                "title", "Menaquinones in practice",
                "authors",
                    List.of(
                        Map.of(
                            "given", "Ada",
                            "family", "Example",
                            "affiliation", "Example Nutrition",
                            "disclosedInterest",
                                "Founder of Example Nutrition, a supplement brand.")),
                "eventTitle", "Example Nutrition Summit 2025",
                "issued", "2025-05"))
        .post("/v1/editorial/citations")
        .then()
        .statusCode(201);
    Editorial.publishCiting("test-summit-talk");
    given()
        .accept(CSL)
        .get("/v1/citations/test-summit-talk")
        .then()
        .statusCode(200)
        .body("type", equalTo("speech"))
        .body("event-title", equalTo("Example Nutrition Summit 2025"))
        .body("issued.date-parts", equalTo(List.of(List.of(2025, 5))))
        .body("author", equalTo(List.of(Map.of("family", "Example", "given", "Ada"))))
        .body(
            "note",
            equalTo(
                "Disclosed interest of Ada Example: Founder of Example Nutrition, a supplement"
                    + " brand."));
  }

  @Test
  void theSeedPresenterDisclosesHisInterest() {
    given()
        .accept(CSL)
        .get("/v1/citations/krishnan-vitamin-k2-presentation")
        .then()
        .statusCode(200)
        .body("type", equalTo("speech"))
        .body(
            "note",
            containsString(
                "Disclosed interest of Kiran Krishnan: An officer of Microbiome Labs, a company"
                    + " that sells dietary supplements."));
    given()
        .get("/v1/citations/krishnan-vitamin-k2-presentation")
        .then()
        .body(
            "authors[0].disclosedInterest",
            equalTo("An officer of Microbiome Labs, a company that sells dietary supplements."));
  }

  @Test
  void anArticlesCitationListComesAsJsonOrCslJson() {
    given()
        .get("/v1/articles/vitamin-k2-mk7/citations")
        .then()
        .statusCode(200)
        .contentType("application/json")
        .header("Vary", "Accept, Accept-Encoding, Origin")
        .body(
            "items.key",
            equalTo(List.of("krishnan-vitamin-k2-presentation", "healthline-calcification-types")));
    String etag =
        given()
            .accept(CSL)
            .get("/v1/articles/vitamin-k2-mk7/citations")
            .then()
            .statusCode(200)
            .contentType(CSL)
            .body(
                "id",
                equalTo(
                    List.of("krishnan-vitamin-k2-presentation", "healthline-calcification-types")))
            .body("[1].container-title", equalTo("Healthline"))
            .extract()
            .header("ETag");
    given()
        .accept(CSL)
        .header("If-None-Match", etag)
        .get("/v1/articles/vitamin-k2-mk7/citations")
        .then()
        .statusCode(304);
    given()
        .accept(CSL)
        .get("/v1/articles/no-such-article/citations")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    given()
        .accept("text/html")
        .get("/v1/articles/vitamin-k2-mk7/citations")
        .then()
        .statusCode(406)
        .contentType(not(CSL));
  }
}

package com.renovare.content.delivery;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.renovare.content.Articles;
import com.renovare.content.article.ArticleDrafts;
import com.renovare.content.product.ProductCatalog;
import com.renovare.content.product.ProductData;
import com.renovare.content.publishing.PublishingService;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CatalogDeliveryTest {

  @Inject ProductCatalog products;
  @Inject ArticleDrafts drafts;
  @Inject PublishingService publishing;

  @Test
  void aProductIsServedAsACardWithAnEtag() {
    String etag =
        given()
            .get("/v1/products/SAMPLE-K2-MK7-100")
            .then()
            .statusCode(200)
            .body("name", equalTo("Sample Vitamin K2 MK-7 100 mcg"))
            .body("activeIngredient.amountPerServing.value", equalTo(100))
            .body("activeIngredient.amountPerServing.unit", equalTo("mcg"))
            .body("available", equalTo(true))
            .body("sample", equalTo(true))
            .extract()
            .header("ETag");
    given()
        .header("If-None-Match", etag)
        .get("/v1/products/SAMPLE-K2-MK7-100")
        .then()
        .statusCode(304);
  }

  @Test
  void theArticlesLinkingAProductSayWhereTheyLinkIt() {
    given()
        .get("/v1/products/SAMPLE-K2-MK7-100/articles")
        .then()
        .statusCode(200)
        .body(
            "items.find { it.article.slug == 'vitamin-k2-mk7' }.links.section",
            equalTo(List.of("key-products", "bone-health")))
        .body(
            "items.find { it.article.slug == 'vitamin-k2-mk7' }.links.role",
            equalTo(List.of("featured", "mentioned")));
  }

  @Test
  void aKnownProductNoArticleLinksHasAnEmptyList() {
    String sku = "TEST-" + UUID.randomUUID().toString().substring(0, 8);
    products.addIfAbsent(product(sku), Articles.DESK);

    given()
        .get("/v1/products/" + sku + "/articles")
        .then()
        .statusCode(200)
        .body("items", hasSize(0))
        .body("next", nullValue());
  }

  @Test
  void theArticlesLinkingAProductPage() {
    String sku = "TEST-" + UUID.randomUUID().toString().substring(0, 8);
    products.addIfAbsent(product(sku), Articles.DESK);
    for (int i = 0; i < 3; i++) {
      publishing.publish(
          drafts.create(
              Articles.aDraft(
                  Articles.uniqueSlug(), 1, List.of(), List.of(Articles.featuring(sku, null))),
              Articles.DESK),
          Articles.DESK,
          "First");
    }

    String next =
        given()
            .queryParam("limit", 2)
            .get("/v1/products/" + sku + "/articles")
            .then()
            .statusCode(200)
            .body("items", hasSize(2))
            .extract()
            .path("next");
    given()
        .queryParam("limit", 2)
        .queryParam("cursor", next)
        .get("/v1/products/" + sku + "/articles")
        .then()
        .statusCode(200)
        .body("items", hasSize(1))
        .body("items[0].links[0].role", equalTo("featured"))
        .body("next", nullValue());
  }

  @Test
  void aCitationIsServedWithItsCslFields() {
    given()
        .get("/v1/citations/healthline-calcification-types")
        .then()
        .statusCode(200)
        .body("type", equalTo("webpage"))
        .body("containerTitle", equalTo("Healthline"))
        .body("url", equalTo("https://www.healthline.com/health/calcification#types"))
        .body("accessed", equalTo("2026-11-25"));
    given()
        .get("/v1/citations/krishnan-vitamin-k2-presentation")
        .then()
        .statusCode(200)
        .body("type", equalTo("speech"))
        .body("authors[0].family", equalTo("Krishnan"))
        .body("authors[0].affiliation", equalTo("Microbiome Labs"))
        .body("authors[0].position", equalTo("Chief Science Officer"));
  }

  @Test
  void unknownProductsAndCitationsAre404AndMalformedOnes400() {
    for (String path :
        List.of(
            "/v1/products/NO-SUCH-SKU",
            "/v1/products/NO-SUCH-SKU/articles",
            "/v1/citations/no-such-key")) {
      given()
          .get(path)
          .then()
          .statusCode(404)
          .contentType("application/problem+json")
          .body("status", equalTo(404));
    }
    for (String path :
        List.of(
            "/v1/products/-starts-with-dash",
            "/v1/products/" + "A".repeat(65),
            "/v1/products/SAMPLE-K2-MK7-100/articles?limit=0",
            "/v1/citations/Upper_Case",
            "/v1/citations/" + "a".repeat(81))) {
      given()
          .urlEncodingEnabled(false)
          .get(path)
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("status", equalTo(400));
    }
  }

  private static ProductData product(String sku) {
    return new ProductData(
        sku,
        "Test product",
        "Test Brand",
        "https://shop.example/" + sku,
        null,
        new ProductData.ActiveIngredient("Vitamin K2", new BigDecimal("45"), "mcg"),
        null,
        "active",
        true);
  }
}

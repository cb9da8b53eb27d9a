package com.renovare.content.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import com.renovare.content.Articles;
import com.renovare.content.article.ArticleContent;
import com.renovare.content.article.ArticleContent.ProductLinkContent;
import com.renovare.content.editorial.Editorial;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An operator switches the US market from warn to block while articles with findings are live (the
 * seed article has disease wording). The next catalogue sync that changes a product's availability
 * stores the product, re-publishes the linked articles that may still be published and leaves the
 * others at their live version, saying which and why. It used to fail whole with 422, so the
 * commerce system could not change the product at all.
 */
class CatalogueSyncUnderBlockingComplianceIT {

  private static final String SKU = "SAMPLE-K2-MK7-100";
  private static final String SEED = "vitamin-k2-mk7";

  @RegisterExtension final OwnDatabase database = new OwnDatabase();

  @Test
  void aSyncUnderABlockingPolicyStoresTheProductAndKeepsOnlyTheNonCompliantArticleAtItsVersion()
      throws Exception {
    ArticleContent compliant =
        Articles.aDraft(
            Articles.uniqueSlug(),
            1,
            List.of("testing"),
            List.of(new ProductLinkContent(SKU, null, "featured", null)));
    try (AppProcess warn = AppProcess.start(database.name(), Map.of())) {
      given().baseUri(warn.baseUri()).get("/v1/articles/" + SEED).then().statusCode(200);
      String id =
          warn.admin()
              .body(Editorial.json(compliant))
              .post("/v1/editorial/articles")
              .then()
              .statusCode(201)
              .extract()
              .path("id");
      warn.admin()
          .body(Map.of("changeNote", "First."))
          .post("/v1/editorial/articles/" + id + "/publish")
          .then()
          .statusCode(201);
    }

    try (AppProcess block =
        AppProcess.start(
            database.name(), Map.of("CONTENT_COMPLIANCE_MARKETS_US_POLICY", "block"))) {
      Map<String, Object> product =
          new HashMap<>(
              block.admin().get("/v1/editorial/products/" + SKU).then().extract().path(""));
      product.put("status", "discontinued");

      block
          .admin()
          .body(Map.of("items", List.of(product)))
          .put("/v1/editorial/products")
          .then()
          .statusCode(200)
          .body("updated", equalTo(1))
          .body("republished", hasSize(1))
          .body("republished[0].url", equalTo("/v1/articles/" + compliant.slug() + "/versions/2"))
          .body("notRepublished", hasSize(1))
          .body("notRepublished[0].slug", equalTo(SEED))
          .body("notRepublished[0].liveVersion", equalTo(1))
          .body("notRepublished[0].reasons.code", hasItem("disease-wording"))
          .body("notRepublished[0].reasons[0].message", startsWith("US: "));

      block
          .admin()
          .get("/v1/editorial/products/" + SKU)
          .then()
          .statusCode(200)
          .body("status", equalTo("discontinued"));
      given()
          .baseUri(block.baseUri())
          .get("/v1/articles/" + compliant.slug())
          .then()
          .statusCode(200)
          .body("version", equalTo(2));
      given()
          .baseUri(block.baseUri())
          .get("/v1/articles/" + SEED)
          .then()
          .statusCode(200)
          .body("version", equalTo(1));
      block
          .admin()
          .queryParam("limit", 5)
          .get("/v1/editorial/audit")
          .then()
          .statusCode(200)
          .body("items.action", hasItem("article.republish.refused"));
    }
  }
}

package com.renovare.content.product;

import static com.renovare.content.editorial.Editorial.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import com.renovare.content.Articles;
import com.renovare.content.article.ArticleContent;
import com.renovare.content.editorial.Editorial;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The product catalogue through the editorial API: a sync creates or leaves products, and a
 * discontinued product republishes the articles that link it.
 */
@QuarkusTest
class ProductCatalogueTest {

  private String editor;
  private String publisher;

  @BeforeEach
  void tokens() {
    editor = Editorial.token("editor");
    publisher = Editorial.token("publisher");
  }

  @Test
  void discontinuingAProductRepublishesTheArticlesThatLinkIt() {
    String sku = "TEST-" + java.util.UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    Map<String, Object> product =
        Map.of(
            "sku",
            sku,
            "name",
            "Test K2",
            "brand",
            "Test Brand",
            "url",
            "https://shop.example/" + sku,
            "status",
            "active",
            "sample",
            false,
            "activeIngredient",
            Map.of("name", "Vitamin K2", "amount", 90, "unit", "mcg"));
    as(publisher)
        .body(Map.of("items", List.of(product)))
        .put("/v1/editorial/products")
        .then()
        .statusCode(200)
        .body("created", equalTo(1));
    as(publisher)
        .body(Map.of("items", List.of(product)))
        .put("/v1/editorial/products")
        .then()
        .statusCode(200)
        .body("unchanged", equalTo(1));
    ArticleContent content =
        Articles.aDraft(
            Articles.uniqueSlug(), 1, List.of(), List.of(Articles.featuring(sku, "part-1")));
    String id = Editorial.create(editor, content);
    Editorial.publish(publisher, id, "First");
    byte[] v1 = given().get("/v1/articles/" + content.slug()).asByteArray();

    as(publisher)
        .post("/v1/editorial/products/" + sku + "/discontinue")
        .then()
        .statusCode(200)
        .body("updated", equalTo(1))
        .body("republished.version", equalTo(List.of(2)));

    given()
        .get("/v1/articles/" + content.slug())
        .then()
        .body("version", equalTo(2))
        .body("products[0].available", equalTo(false))
        .body("products[0].status", equalTo("discontinued"))
        .body("productLinks[0].sku", equalTo(sku));
    assertArrayEquals(
        v1, given().get("/v1/articles/" + content.slug() + "/versions/1").asByteArray());
    given().get("/v1/products/" + sku).then().body("available", equalTo(false));
    as(editor)
        .get("/v1/editorial/products/" + sku)
        .then()
        .statusCode(200)
        .body("status", equalTo("discontinued"));
    as(publisher)
        .body(Map.of("items", List.of(product, product)))
        .put("/v1/editorial/products")
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("items[1].sku"));
  }
}

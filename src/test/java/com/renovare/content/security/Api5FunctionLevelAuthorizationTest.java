package com.renovare.content.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.renovare.content.Articles;
import com.renovare.content.editorial.Editorial;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * OWASP API5:2023 Broken Function Level Authorization: a token's role decides which functions it
 * may call (editor writes drafts, publisher publishes, admin manages access), a refused call
 * changes nothing, an editorial function that declares no role is refused to everyone, and the
 * delivery API has no write functions at all.
 */
@Tag("owasp-api5")
@QuarkusTest
class Api5FunctionLevelAuthorizationTest {

  @Test
  void api5_anEditorCannotPublishAndTheDraftStaysUnpublished() {
    String editor = Editorial.token("editor");
    var draft = Articles.aDraftWithSections(1);
    String id = Editorial.create(editor, draft);

    Editorial.as(editor)
        .body(Map.of("changeNote", "sneaking it out"))
        .post("/v1/editorial/articles/" + id + "/publish")
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("detail", containsString("publisher"));

    given().get("/v1/articles/" + draft.slug()).then().statusCode(404);
    Editorial.as(editor)
        .get("/v1/editorial/articles/" + id)
        .then()
        .statusCode(200)
        .body("status", equalTo("draft"));
  }

  /**
   * Product master data is public and a product change re-publishes every live article linking the
   * product: an editor must not be able to change what readers see without a publisher.
   */
  @Test
  void api5_anEditorCannotChangeProductMasterDataAndNothingChanges() {
    String editor = Editorial.token("editor");
    Map<String, Object> renamed =
        Map.of(
            "sku", Articles.SEED_SKU,
            "name", "Renamed by an editor",
            "brand", "Nobody",
            "url", "https://shop.example/renamed",
            "status", "discontinued");
    String before = given().get("/v1/products/" + Articles.SEED_SKU).asString();

    Editorial.as(editor)
        .body(Map.of("items", List.of(renamed)))
        .put("/v1/editorial/products")
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("detail", containsString("publisher"));
    Editorial.as(editor)
        .post("/v1/editorial/products/" + Articles.SEED_SKU + "/discontinue")
        .then()
        .statusCode(403);

    given().get("/v1/products/" + Articles.SEED_SKU).then().statusCode(200).body(equalTo(before));
  }

  @Test
  void api5_onlyAnAdminManagesTokensPartnerKeysWebhooksAndTheAuditLog() {
    for (String role : List.of("editor", "publisher")) {
      String secret = Editorial.token(role);
      Editorial.as(secret)
          .body(Map.of("name", "escalate", "roles", List.of("admin")))
          .post("/v1/editorial/tokens")
          .then()
          .statusCode(403);
      Editorial.as(secret)
          .body(Map.of("name", "escalate"))
          .post("/v1/editorial/api-keys")
          .then()
          .statusCode(403);
      Editorial.as(secret).get("/v1/editorial/tokens").then().statusCode(403);
      Editorial.as(secret).get("/v1/editorial/audit").then().statusCode(403);
      Editorial.as(secret).get("/v1/editorial/webhooks").then().statusCode(403);
    }
    Editorial.as(Editorial.ADMIN)
        .get("/v1/editorial/tokens")
        .then()
        .statusCode(200)
        .body("items.name", not(hasItem("escalate")));
  }

  /**
   * Authorisation is deny-by-default: an editorial method that forgot its role (the test-only
   * {@link RoleLessEditorialResource}) is refused even to an admin, whatever the HTTP method, and
   * without a valid token the caller learns no more than anywhere else in the editorial API.
   */
  @Test
  void api5_anEditorialOperationThatDeclaresNoRoleIsRefusedToEveryTokenWhateverTheMethod() {
    int before = RoleLessEditorialResource.CALLS.get();
    for (String method : List.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS")) {
      var admin =
          Editorial.as(Editorial.ADMIN).request(method, RoleLessEditorialResource.PATH).then();
      admin.statusCode(403).contentType("application/problem+json");
      if (!method.equals("HEAD")) {
        admin
            .body("type", equalTo("/problems/forbidden"))
            .body("detail", containsString("declares no role"));
      }
      given()
          .request(method, RoleLessEditorialResource.PATH)
          .then()
          .statusCode(401)
          .header("WWW-Authenticate", startsWith("Bearer realm=\"editorial\""));
    }
    assertEquals(before, RoleLessEditorialResource.CALLS.get(), "a refused method ran");
  }

  @Test
  void api5_theDeliveryApiAcceptsNoWrites() {
    for (String path :
        List.of(
            "/v1/articles",
            "/v1/articles/vitamin-k2-mk7",
            "/v1/products/" + Articles.SEED_SKU,
            "/v1/citations/" + Articles.SEED_CITATION)) {
      for (String method : List.of("POST", "PUT", "PATCH", "DELETE")) {
        Editorial.as(Editorial.ADMIN)
            .body("{}")
            .request(method, path)
            .then()
            .statusCode(405)
            .contentType("application/problem+json");
      }
    }
    given().get("/v1/articles/vitamin-k2-mk7").then().statusCode(200);
  }
}

package com.renovare.content.editorial;

import static io.restassured.RestAssured.given;

import com.renovare.content.Articles;
import com.renovare.content.article.ArticleContent;
import com.renovare.content.platform.json.Json;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Calls of the editorial API as a client makes them, for tests. */
public final class Editorial {

  /** The admin secret the test profile configures as CONTENT_ADMIN_TOKEN. */
  public static final String ADMIN = "test-admin-token-for-the-test-suite-0000";

  private Editorial() {}

  public static RequestSpecification as(String secret) {
    return given().header("Authorization", "Bearer " + secret).contentType("application/json");
  }

  /** Issues a token with the role through the API and returns its secret. */
  public static String token(String role) {
    return as(ADMIN)
        .body(Map.of("name", "test-" + role, "roles", List.of(role)))
        .post("/v1/editorial/tokens")
        .then()
        .statusCode(201)
        .extract()
        .path("secret");
  }

  public static String json(Object value) {
    return Json.string(value);
  }

  /** Creates a draft and returns its id. */
  public static String create(String secret, ArticleContent content) {
    return as(secret)
        .body(json(content))
        .post("/v1/editorial/articles")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  public static String etag(String secret, String id) {
    return as(secret)
        .get("/v1/editorial/articles/" + id)
        .then()
        .statusCode(200)
        .extract()
        .header("ETag");
  }

  /**
   * Publishes a new article that cites the citation, which makes the citation public; returns the
   * article's id.
   */
  public static String publishCiting(String citationKey) {
    String id = create(ADMIN, Articles.aDraftCiting(citationKey));
    publish(ADMIN, id, "Cites " + citationKey);
    return id;
  }

  public static int publish(String secret, String id, String note) {
    return as(secret)
        .body(Map.of("changeNote", note))
        .post("/v1/editorial/articles/" + id + "/publish")
        .then()
        .statusCode(201)
        .extract()
        .path("version");
  }

  /** The newest audit entry of the action on the target, if the audit log's first page has one. */
  public static Optional<Map<String, Object>> audited(String targetId, String action) {
    List<Map<String, Object>> items =
        as(ADMIN)
            .queryParam("limit", 100)
            .get("/v1/editorial/audit")
            .then()
            .statusCode(200)
            .extract()
            .path("items");
    return items.stream()
        .filter(e -> targetId.equals(e.get("targetId")) && action.equals(e.get("action")))
        .findFirst();
  }
}

package com.renovare.content.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.renovare.content.Articles;
import com.renovare.content.article.ArticleContent;
import com.renovare.content.editorial.Editorial;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * OWASP API1:2023 Broken Object Level Authorization: delivery serves published snapshots only. A
 * draft is unreachable by its slug, by its editorial id and in every list; editorial ids cannot be
 * guessed. That a withdrawn article's current document, sections and list entries are gone is
 * checked where unpublishing is, in PublishLifecycleTest.
 */
@Tag("owasp-api1")
@QuarkusTest
class Api1ObjectLevelAuthorizationTest {

  @Test
  void api1_aNeverPublishedDraftIsUnreachableThroughDelivery() {
    String editor = Editorial.token("editor");
    ArticleContent draft = Articles.aDraftWithSections(2);
    String id = Editorial.create(editor, draft);
    String slug = draft.slug();

    for (String path :
        List.of(
            "/v1/articles/" + slug,
            "/v1/articles/" + slug + "/versions",
            "/v1/articles/" + slug + "/versions/1",
            "/v1/articles/" + slug + "/sections/part-1",
            "/v1/articles/" + slug + "/citations",
            "/v1/articles/" + id)) {
      given().get(path).then().statusCode(404).contentType("application/problem+json");
    }
    given()
        .queryParam("topic", "testing")
        .queryParam("limit", 100)
        .get("/v1/articles")
        .then()
        .statusCode(200)
        .body("items.slug", not(hasItem(slug)));
    given()
        .queryParam("limit", 100)
        .get("/v1/changes")
        .then()
        .body("items.slug", not(hasItem(slug)));
    // The draft and its preview stay behind a token.
    given().get("/v1/editorial/articles/" + id).then().statusCode(401);
    given().get("/v1/editorial/articles/" + id + "/preview").then().statusCode(401);
  }

  @Test
  void api1_editorialIdsAreRandomNotCounted() {
    String editor = Editorial.token("editor");
    UUID first = UUID.fromString(Editorial.create(editor, Articles.aDraftWithSections(1)));
    UUID second = UUID.fromString(Editorial.create(editor, Articles.aDraftWithSections(1)));

    // Version 4: 122 random bits, so knowing one id says nothing about the next.
    assertEquals(4, first.version());
    assertEquals(4, second.version());
    assertNotEquals(first.getMostSignificantBits() + 1, second.getMostSignificantBits());
    assertNotEquals(first.getLeastSignificantBits() + 1, second.getLeastSignificantBits());
    String token =
        Editorial.as(Editorial.ADMIN)
            .body(Map.of("name", "id-check", "roles", List.of("editor")))
            .post("/v1/editorial/tokens")
            .then()
            .statusCode(201)
            .extract()
            .path("token.id");
    assertEquals(4, UUID.fromString(token).version());
    assertFalse(token.equals(first.toString()));
  }
}

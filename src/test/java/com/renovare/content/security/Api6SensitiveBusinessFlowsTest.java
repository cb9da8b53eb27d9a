package com.renovare.content.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.renovare.content.Articles;
import com.renovare.content.article.ArticleContent;
import com.renovare.content.editorial.Editorial;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * OWASP API6:2023 Unrestricted Access to Sensitive Business Flows. The flows that matter here are
 * changing what customers read and handing out access: a draft change needs the state it was based
 * on (If-Match), so a script cannot blindly overwrite an editor's work; publishing goes through the
 * publish policy; a secret is shown once, at issue, and never again.
 */
@QuarkusTest
class Api6SensitiveBusinessFlowsTest {

  @Test
  void api6_aDraftChangeWithoutOrWithAStaleIfMatchIsRefusedAndChangesNothing() {
    String editor = Editorial.token("editor");
    ArticleContent content = Articles.aDraftWithSections(1);
    String id = Editorial.create(editor, content);
    String etag = Editorial.etag(editor, id);
    String before = Editorial.as(editor).get("/v1/editorial/articles/" + id).asString();

    Editorial.as(editor)
        .body(Editorial.json(content))
        .put("/v1/editorial/articles/" + id)
        .then()
        .statusCode(428)
        .contentType("application/problem+json");
    Editorial.as(editor)
        .header("If-Match", "\"r999\"")
        .body(Editorial.json(content))
        .put("/v1/editorial/articles/" + id)
        .then()
        .statusCode(412)
        .contentType("application/problem+json");

    Editorial.as(editor)
        .get("/v1/editorial/articles/" + id)
        .then()
        .header("ETag", etag)
        .body(equalTo(before));
  }

  @Test
  void api6_publishingGoesThroughThePolicyAndAnInvalidArticleStaysUnpublished() {
    String publisher = Editorial.token("publisher");
    ArticleContent content =
        Articles.aDraft(Articles.uniqueSlug(), 0, List.of("testing"), List.of());
    String id = Editorial.create(publisher, content);

    Editorial.as(publisher)
        .body(Map.of("changeNote", "empty"))
        .post("/v1/editorial/articles/" + id + "/publish")
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body(containsString("no-sections"));
    given().get("/v1/articles/" + content.slug()).then().statusCode(404);
  }

  @Test
  void api6_secretsAreShownOnceAtIssueAndNeverListed() {
    JsonPath token =
        Editorial.as(Editorial.ADMIN)
            .body(Map.of("name", "shown-once", "roles", List.of("editor")))
            .post("/v1/editorial/tokens")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    JsonPath key =
        Editorial.as(Editorial.ADMIN)
            .body(Map.of("name", "shown-once"))
            .post("/v1/editorial/api-keys")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();

    String tokens = Editorial.as(Editorial.ADMIN).get("/v1/editorial/tokens").asString();
    String keys = Editorial.as(Editorial.ADMIN).get("/v1/editorial/api-keys").asString();
    assertFalse(tokens.contains(token.getString("secret")));
    assertFalse(keys.contains(key.getString("secret")));
    Editorial.as(Editorial.ADMIN)
        .get("/v1/editorial/tokens")
        .then()
        .body("items.find { it.name == 'shown-once' }.secret", nullValue());
  }
}

package com.renovare.content.publishing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.renovare.content.Articles;
import com.renovare.content.article.ArticleContent;
import com.renovare.content.editorial.Editorial;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The public version history names a byline, never the token that published: the token's own
 * display name when it has one, the organisation's name otherwise.
 */
@QuarkusTest
class VersionBylineTest {

  @Test
  void theHistoryShowsTheTokensBylineOrTheOrganisationAndNeverATokenName() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String jane = issue("jane.doe-" + suffix, "Jane Doe, Renovare editorial");
    String anonymous = issue("x-" + suffix, null);
    ArticleContent content = Articles.aDraftWithSections(1);
    String id = Editorial.create(Editorial.ADMIN, content);
    Editorial.publish(jane, id, "First");
    Editorial.publish(anonymous, id, "Second");
    // The bootstrap token has no byline either.
    Editorial.publish(Editorial.ADMIN, id, "Third");

    String history =
        given()
            .get("/v1/articles/" + content.slug() + "/versions")
            .then()
            .statusCode(200)
            .body(
                "items.publishedBy",
                equalTo(List.of("Renovare", "Renovare", "Jane Doe, Renovare editorial")))
            .body("items.changeNote", equalTo(List.of("Third", "Second", "First")))
            .extract()
            .asString();
    for (String tokenName : List.of("jane.doe", "x-" + suffix, "bootstrap-admin")) {
      assertFalse(history.contains(tokenName), tokenName + " is public: " + history);
    }
  }

  @Test
  void aBylineThatIsBlankTooLongOrMarkupIsRefusedAndNoTokenIsIssued() {
    for (String byline :
        List.of("", " Jane", "Jane ", "Jane\u0007Doe", "<b>Jane</b>", "J".repeat(101))) {
      String name = "refused-" + UUID.randomUUID().toString().substring(0, 8);
      Map<String, Object> body = new HashMap<>();
      body.put("name", name);
      body.put("byline", byline);
      body.put("roles", List.of("publisher"));
      Editorial.as(Editorial.ADMIN)
          .body(body)
          .post("/v1/editorial/tokens")
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("violations.field", hasItem("byline"));
      Editorial.as(Editorial.ADMIN)
          .get("/v1/editorial/tokens")
          .then()
          .statusCode(200)
          .body("items.name", not(hasItem(name)));
    }
  }

  /** Issues a publisher token and returns its secret. */
  private static String issue(String name, String byline) {
    Map<String, Object> body = new HashMap<>();
    body.put("name", name);
    if (byline != null) {
      body.put("byline", byline);
    }
    body.put("roles", List.of("publisher"));
    return Editorial.as(Editorial.ADMIN)
        .body(body)
        .post("/v1/editorial/tokens")
        .then()
        .statusCode(201)
        .body("token.byline", byline == null ? equalTo(null) : equalTo(byline))
        .extract()
        .path("secret");
  }
}

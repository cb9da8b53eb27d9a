package com.renovare.content.publishing;

import static com.renovare.content.editorial.Editorial.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.renovare.content.Articles;
import com.renovare.content.article.ArticleContent;
import com.renovare.content.editorial.Editorial;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A publish scheduled through the editorial API fires when due, or keeps why it was refused. */
@QuarkusTest
class ScheduledPublishTest {

  private String editor;
  private String publisher;

  @BeforeEach
  void tokens() {
    editor = Editorial.token("editor");
    publisher = Editorial.token("publisher");
  }

  @Test
  void aScheduledPublishFiresWhenDue() throws InterruptedException {
    ArticleContent content = Articles.aDraftWithSections(1);
    String id = Editorial.create(editor, content);
    as(publisher)
        .body(
            Map.of("publishAt", Instant.now().plusSeconds(2).toString(), "changeNote", "Scheduled"))
        .put("/v1/editorial/articles/" + id + "/schedule")
        .then()
        .statusCode(200)
        .body("requestedBy", equalTo("test-publisher"));
    as(editor)
        .get("/v1/editorial/articles/" + id)
        .then()
        .body("schedule.changeNote", equalTo("Scheduled"));
    as(publisher)
        .body(Map.of("publishAt", Instant.now().minusSeconds(60).toString(), "changeNote", "Past"))
        .put("/v1/editorial/articles/" + id + "/schedule")
        .then()
        .statusCode(400);

    int status = 404;
    for (int i = 0; i < 100 && status != 200; i++) {
      Thread.sleep(100);
      status = given().get("/v1/articles/" + content.slug()).statusCode();
    }
    assertEquals(200, status);
    given()
        .get("/v1/articles/" + content.slug() + "/versions")
        .then()
        // The publishing token has no byline: readers see the organisation, never the token.
        .body("items[0].publishedBy", equalTo("Renovare"))
        .body("items[0].changeNote", equalTo("Scheduled"));
    as(editor).get("/v1/editorial/articles/" + id).then().body("schedule", nullValue());
  }

  @Test
  void aScheduledPublishThePolicyRefusesKeepsTheReason() throws InterruptedException {
    ArticleContent content =
        Articles.aDraft(
            Articles.uniqueSlug(), 1, List.of(), List.of(Articles.featuring("NO-SUCH-SKU", null)));
    String id = Editorial.create(editor, content);
    as(publisher)
        .body(Map.of("publishAt", Instant.now().plusSeconds(1).toString(), "changeNote", "Doomed"))
        .put("/v1/editorial/articles/" + id + "/schedule")
        .then()
        .statusCode(200);

    String error = null;
    for (int i = 0; i < 100 && error == null; i++) {
      Thread.sleep(100);
      error = as(editor).get("/v1/editorial/articles/" + id).path("schedule.lastError");
    }
    assertEquals(
        "Publish refused: productLinks[0].sku: No product has the SKU 'NO-SUCH-SKU'.", error);
    given().get("/v1/articles/" + content.slug()).then().statusCode(404);
  }
}

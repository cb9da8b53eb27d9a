package com.renovare.content.publishing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.renovare.content.Articles;
import com.renovare.content.article.ArticleContent;
import com.renovare.content.editorial.Editorial;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A scheduled publish puts live only what a publisher scheduled, on the authority of a token that
 * still holds the publisher role when it fires; anything else fails visibly and publishes nothing.
 */
@Tag("owasp-api6")
@QuarkusTest
class ScheduledPublishSafeguardsTest {

  @Inject DataSource dataSource;

  @Test
  void anEditAfterSchedulingCancelsTheScheduleSoTheEditIsNeverPublishedUnreviewed()
      throws InterruptedException {
    String editor = Editorial.token("editor");
    String publisher = Editorial.token("publisher");
    ArticleContent content = Articles.aDraftWithSections(1);
    String id = Editorial.create(editor, content);
    schedule(publisher, id, 2).then().statusCode(200);

    Editorial.as(editor)
        .header("If-Match", Editorial.etag(editor, id))
        .body(Editorial.json(Articles.withTitle(content, "Edited after the publisher looked")))
        .put("/v1/editorial/articles/" + id)
        .then()
        .statusCode(200)
        .body("schedule", nullValue());

    Thread.sleep(3500);
    given().get("/v1/articles/" + content.slug()).then().statusCode(404);
    Map<String, Object> entry =
        Editorial.audited(id, "article.unschedule").orElseThrow(); // the cancellation is audited
    assertTrue(((String) entry.get("detail")).contains("edited after it was scheduled"));
  }

  @Test
  void savingTheSameContentKeepsTheSchedule() {
    String editor = Editorial.token("editor");
    String publisher = Editorial.token("publisher");
    ArticleContent content = Articles.aDraftWithSections(1);
    String id = Editorial.create(editor, content);
    schedule(publisher, id, 600).then().statusCode(200);

    Editorial.as(editor)
        .header("If-Match", Editorial.etag(editor, id))
        .body(Editorial.json(content))
        .put("/v1/editorial/articles/" + id)
        .then()
        .statusCode(200)
        .body("schedule.changeNote", equalTo("Pinned"));
  }

  @Test
  void aScheduleWithAStaleIfMatchIsRefusedWith412AndNothingIsScheduled() {
    String editor = Editorial.token("editor");
    String publisher = Editorial.token("publisher");
    ArticleContent content = Articles.aDraftWithSections(1);
    String id = Editorial.create(editor, content);
    String reviewed = Editorial.etag(editor, id);
    Editorial.as(editor)
        .header("If-Match", reviewed)
        .body(Editorial.json(Articles.withTitle(content, "Changed before scheduling")))
        .put("/v1/editorial/articles/" + id)
        .then()
        .statusCode(200);

    Editorial.as(publisher)
        .header("If-Match", reviewed)
        .body(scheduleBody(600))
        .put("/v1/editorial/articles/" + id + "/schedule")
        .then()
        .statusCode(412)
        .contentType("application/problem+json");
    Editorial.as(editor).get("/v1/editorial/articles/" + id).then().body("schedule", nullValue());
  }

  @Test
  void aScheduleWhoseTokenWasRevokedFailsVisiblyAndPublishesNothing() throws Exception {
    String editor = Editorial.token("editor");
    JsonPath issued = issue("publisher");
    ArticleContent content = Articles.aDraftWithSections(1);
    String id = Editorial.create(editor, content);
    schedule(issued.getString("secret"), id, 2).then().statusCode(200);

    Editorial.as(Editorial.ADMIN)
        .delete("/v1/editorial/tokens/" + issued.getString("token.id"))
        .then()
        .statusCode(200);

    String error = lastError(editor, id);
    assertTrue(error.contains("revoked"), error);
    given().get("/v1/articles/" + content.slug()).then().statusCode(404);
    Editorial.as(editor)
        .get("/v1/editorial/articles/" + id)
        .then()
        .body("status", equalTo("draft"));
    assertEquals(error, Editorial.audited(id, "article.schedule.fail").orElseThrow().get("detail"));
  }

  @Test
  void aScheduleWhoseTokenLostThePublisherRoleFailsVisiblyAndPublishesNothing() throws Exception {
    String editor = Editorial.token("editor");
    JsonPath issued = issue("publisher");
    ArticleContent content = Articles.aDraftWithSections(1);
    String id = Editorial.create(editor, content);
    schedule(issued.getString("secret"), id, 2).then().statusCode(200);

    execute(
        "update api_token set role = 'editor' where id = ?",
        UUID.fromString(issued.getString("token.id")));

    String error = lastError(editor, id);
    assertTrue(error.contains("no longer has the publisher role"), error);
    given().get("/v1/articles/" + content.slug()).then().statusCode(404);
    assertTrue(Editorial.audited(id, "article.schedule.fail").isPresent());
  }

  @Test
  void aDraftChangedBehindTheSchedulesBackIsNotPublished() throws Exception {
    String editor = Editorial.token("editor");
    String publisher = Editorial.token("publisher");
    ArticleContent content = Articles.aDraftWithSections(1);
    String id = Editorial.create(editor, content);
    schedule(publisher, id, 2).then().statusCode(200);

    // A change that did not go through the editorial API (a repair script, a future endpoint).
    execute(
        "update article set title = 'Not what was scheduled' where id = ?", UUID.fromString(id));

    String error = lastError(editor, id);
    assertTrue(error.contains("not the one that was scheduled"), error);
    given().get("/v1/articles/" + content.slug()).then().statusCode(404);
  }

  private static io.restassured.response.Response schedule(
      String secret, String id, int inSeconds) {
    return Editorial.as(secret)
        .body(scheduleBody(inSeconds))
        .put("/v1/editorial/articles/" + id + "/schedule");
  }

  private static Map<String, Object> scheduleBody(int inSeconds) {
    return Map.of(
        "publishAt", Instant.now().plusSeconds(inSeconds).toString(), "changeNote", "Pinned");
  }

  private static JsonPath issue(String role) {
    return Editorial.as(Editorial.ADMIN)
        .body(Map.of("name", "schedule-" + role, "roles", List.of(role)))
        .post("/v1/editorial/tokens")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath();
  }

  private static String lastError(String secret, String id) throws InterruptedException {
    String error = null;
    for (int i = 0; i < 100 && error == null; i++) {
      Thread.sleep(100);
      error = Editorial.as(secret).get("/v1/editorial/articles/" + id).path("schedule.lastError");
    }
    assertNotNull(error, "the schedule did not fail visibly");
    return error;
  }

  private void execute(String sql, UUID id) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setObject(1, id);
      assertEquals(1, ps.executeUpdate());
    }
  }
}

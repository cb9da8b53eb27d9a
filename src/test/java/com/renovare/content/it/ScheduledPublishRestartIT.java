package com.renovare.content.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.renovare.content.Articles;
import com.renovare.content.editorial.Editorial;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A scheduled publish that falls due while the service is down fires when it comes back. */
class ScheduledPublishRestartIT {

  private static final Map<String, String> ENV =
      Map.of("CONTENT_SEED_ENABLED", "false", "CONTENT_SCHEDULER_EVERY", "1s");

  @RegisterExtension final OwnDatabase database = new OwnDatabase();

  @Test
  void aPublishDueDuringARestartFiresAfterIt() throws Exception {
    String slug = "scheduled-across-restart";
    Instant publishAt;
    String id;
    try (AppProcess app = AppProcess.start(database.name(), ENV)) {
      id =
          app.admin()
              .body(Editorial.json(Articles.aDraftWithoutReferences(slug, "Launch day")))
              .post("/v1/editorial/articles")
              .then()
              .statusCode(201)
              .extract()
              .path("id");
      publishAt = Instant.now().plusSeconds(3);
      app.admin()
          .body(Map.of("publishAt", publishAt.toString(), "changeNote", "Launch"))
          .put("/v1/editorial/articles/" + id + "/schedule")
          .then()
          .statusCode(200);
      assertEquals(404, app.status("/v1/articles/" + slug));
    }

    while (Instant.now().isBefore(publishAt.plusSeconds(1))) {
      Thread.sleep(200);
    }

    try (AppProcess app = AppProcess.start(database.name(), ENV)) {
      Poll.until(
          Duration.ofSeconds(10),
          "the scheduled publish after the restart",
          () -> app.status("/v1/articles/" + slug) == 200);
      given()
          .baseUri(app.baseUri())
          .get("/v1/articles/" + slug + "/versions")
          .then()
          .statusCode(200)
          .body("items.version", equalTo(List.of(1)))
          .body("items[0].changeNote", equalTo("Launch"))
          .body("items[0].publishedBy", equalTo("Renovare"));
      app.admin()
          .get("/v1/editorial/audit")
          .then()
          .statusCode(200)
          .body("items[0].action", equalTo("article.publish"))
          .body("items[0].actor", equalTo("bootstrap-admin (scheduled)"));
      Instant publishedAt =
          Instant.parse(
              given().baseUri(app.baseUri()).get("/v1/articles/" + slug).path("publishedAt"));
      assertTrue(!publishedAt.isBefore(publishAt), publishedAt + " is before " + publishAt);
    }
  }
}

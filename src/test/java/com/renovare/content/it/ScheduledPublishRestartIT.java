package com.renovare.content.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A scheduled publish that falls due while the service is down fires when it comes back. */
class ScheduledPublishRestartIT {

  private static final String DATABASE = "content_it_schedule";
  private static final Map<String, String> ENV =
      Map.of("CONTENT_SEED_ENABLED", "false", "CONTENT_SCHEDULER_EVERY", "1s");

  @RegisterExtension static final OwnDatabase OWN_DATABASE = new OwnDatabase(DATABASE);

  @Test
  void aPublishDueDuringARestartFiresAfterIt() throws Exception {
    String slug = "scheduled-across-restart";
    Instant publishAt;
    String id;
    try (AppProcess app = AppProcess.start(DATABASE, ENV)) {
      id =
          given()
              .baseUri(app.baseUri())
              .header("Authorization", "Bearer " + AppProcess.ADMIN_TOKEN)
              .contentType("application/json")
              .body(draft(slug))
              .post("/v1/editorial/articles")
              .then()
              .statusCode(201)
              .extract()
              .path("id");
      publishAt = Instant.now().plusSeconds(3);
      given()
          .baseUri(app.baseUri())
          .header("Authorization", "Bearer " + AppProcess.ADMIN_TOKEN)
          .contentType("application/json")
          .body(Map.of("publishAt", publishAt.toString(), "changeNote", "Launch"))
          .put("/v1/editorial/articles/" + id + "/schedule")
          .then()
          .statusCode(200);
      assertEquals(404, app.status("/v1/articles/" + slug));
    }

    while (Instant.now().isBefore(publishAt.plusSeconds(1))) {
      Thread.sleep(200);
    }

    try (AppProcess app = AppProcess.start(DATABASE, ENV)) {
      int status = -1;
      for (int i = 0; i < 100 && status != 200; i++) {
        status = app.status("/v1/articles/" + slug);
        if (status != 200) {
          Thread.sleep(100);
        }
      }
      assertEquals(200, status, "the scheduled publish did not fire after the restart");
      given()
          .baseUri(app.baseUri())
          .get("/v1/articles/" + slug + "/versions")
          .then()
          .statusCode(200)
          .body("items.version", equalTo(List.of(1)))
          .body("items[0].changeNote", equalTo("Launch"))
          .body("items[0].publishedBy", equalTo("Renovare"));
      given()
          .baseUri(app.baseUri())
          .header("Authorization", "Bearer " + AppProcess.ADMIN_TOKEN)
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

  private static String draft(String slug) {
    return """
        {"slug":"%s","locale":"en-US","title":"Launch day","topics":[],"authors":[],
         "sections":[{"key":"body","heading":"Body","blocks":[{"type":"paragraph","text":"Hello."}]}]}
        """
        .formatted(slug);
  }
}

package com.renovare.content.it;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.renovare.content.webhook.Receiver;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An event written before a restart is delivered after it: the outbox loses nothing. */
class WebhookRestartIT {

  private static final String DATABASE = "content_it_webhooks";

  @RegisterExtension static final OwnDatabase OWN_DATABASE = new OwnDatabase(DATABASE);

  @Test
  void anEventWrittenBeforeARestartIsDeliveredAfterIt() throws Exception {
    Map<String, String> env =
        Map.of("CONTENT_SEED_ENABLED", "false", "CONTENT_WEBHOOKS_ALLOW_ADDRESSES", "127.0.0.1");
    try (Receiver receiver = Receiver.start()) {
      String slug = "webhook-across-restart";
      // The worker's first run is 1 s after start; after that it waits an hour, so the publish
      // below is written to the outbox and nothing sends it before the app stops.
      Map<String, String> idle = new java.util.HashMap<>(env);
      idle.put("CONTENT_WEBHOOKS_WORKER_EVERY", "1h");
      try (AppProcess app = AppProcess.start(DATABASE, idle)) {
        Thread.sleep(1500);
        admin(app)
            .body(Map.of("url", receiver.url("/restart"), "events", List.of("article.published")))
            .post("/v1/editorial/webhooks")
            .then()
            .statusCode(201);
        String id =
            admin(app)
                .body(draft(slug))
                .post("/v1/editorial/articles")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        admin(app)
            .body(Map.of("changeNote", "Before the restart"))
            .post("/v1/editorial/articles/" + id + "/publish")
            .then()
            .statusCode(201);
      }
      assertNull(receiver.nextOrNull(Duration.ofMillis(500)), "sent before the restart");

      Map<String, String> working = new java.util.HashMap<>(env);
      working.put("CONTENT_WEBHOOKS_WORKER_EVERY", "1s");
      try (AppProcess app = AppProcess.start(DATABASE, working)) {
        Receiver.Received received = receiver.next(Duration.ofSeconds(20));
        JsonPath event = JsonPath.from(received.body());
        assertEquals("article.published", event.getString("type"));
        assertEquals(slug, event.getString("data.slug"));
        assertNull(receiver.nextOrNull(Duration.ofSeconds(2)), "delivered more than once");
      }
    }
  }

  private static io.restassured.specification.RequestSpecification admin(AppProcess app) {
    return given()
        .baseUri(app.baseUri())
        .header("Authorization", "Bearer " + AppProcess.ADMIN_TOKEN)
        .contentType("application/json");
  }

  private static String draft(String slug) {
    return """
        {"slug":"%s","locale":"en-US","title":"Across a restart","topics":[],"authors":[],
         "sections":[{"key":"body","heading":"Body","blocks":[{"type":"paragraph","text":"Hello."}]}]}
        """
        .formatted(slug);
  }
}

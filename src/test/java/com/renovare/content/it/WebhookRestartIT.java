package com.renovare.content.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.renovare.content.Articles;
import com.renovare.content.editorial.Editorial;
import com.renovare.content.webhook.Receiver;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An event written before a restart is delivered after it: the outbox loses nothing. */
class WebhookRestartIT {

  @RegisterExtension final OwnDatabase database = new OwnDatabase();

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
      try (AppProcess app = AppProcess.start(database.name(), idle)) {
        Thread.sleep(1500);
        app.admin()
            .body(Map.of("url", receiver.url("/restart"), "events", List.of("article.published")))
            .post("/v1/editorial/webhooks")
            .then()
            .statusCode(201);
        String id =
            app.admin()
                .body(Editorial.json(Articles.aDraftWithoutReferences(slug, "Across a restart")))
                .post("/v1/editorial/articles")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        app.admin()
            .body(Map.of("changeNote", "Before the restart"))
            .post("/v1/editorial/articles/" + id + "/publish")
            .then()
            .statusCode(201);
      }
      assertNull(receiver.nextOrNull(Duration.ofMillis(500)), "sent before the restart");

      Map<String, String> working = new java.util.HashMap<>(env);
      working.put("CONTENT_WEBHOOKS_WORKER_EVERY", "1s");
      try (AppProcess app = AppProcess.start(database.name(), working)) {
        Receiver.Received received = receiver.next(Duration.ofSeconds(20));
        JsonPath event = JsonPath.from(received.body());
        assertEquals("article.published", event.getString("type"));
        assertEquals(slug, event.getString("data.slug"));
        assertNull(receiver.nextOrNull(Duration.ofSeconds(2)), "delivered more than once");
      }
    }
  }
}

package com.renovare.content.it;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two instances on one database: a publish, an unpublish or a product change made through one is
 * served by the other within a second, although the other had the old state cached.
 */
class TwoInstancesIT {

  private static final String SEED = "/v1/articles/vitamin-k2-mk7";
  private static final String SKU = "SAMPLE-K2-MK7-100";

  /** The periodic check is slowed right down, so only LISTEN/NOTIFY can explain a fast update. */
  private static final Map<String, String> ENV =
      Map.of("CONTENT_DELIVERY_COHERENCE_CHECK_EVERY", "1h");

  private static final Duration CATCH_UP = Duration.ofSeconds(5);

  @RegisterExtension final OwnDatabase database = new OwnDatabase();

  @Test
  void aPublishOnOneInstanceIsServedByTheOtherWithinASecond() throws Exception {
    try (AppProcess a = AppProcess.start(database.name(), ENV);
        AppProcess b = AppProcess.start(database.name(), ENV)) {
      assertEquals(1, version(b));
      assertEquals(1, version(b));
      String id =
          a.admin()
              .queryParam("slug", "vitamin-k2-mk7")
              .get("/v1/editorial/articles")
              .path("items[0].id");

      a.admin()
          .body(Map.of("changeNote", "Second"))
          .post("/v1/editorial/articles/" + id + "/publish")
          .then()
          .statusCode(201);
      // Timed from the answer, which comes after the commit that sends the notification: a first
      // publish on a cold instance may itself take a second, and that is not what this measures.
      long published = System.nanoTime();
      long seen = Poll.until(CATCH_UP, "the other instance catching up", () -> version(b) == 2);
      assertTrue(
          (seen - published) / 1_000_000 < 1000, "took " + (seen - published) / 1_000_000 + " ms");

      a.admin().post("/v1/editorial/articles/" + id + "/unpublish").then().statusCode(204);
      long unpublished = System.nanoTime();
      long gone =
          Poll.until(CATCH_UP, "the other instance catching up", () -> b.status(SEED) == 410);
      assertTrue(
          (gone - unpublished) / 1_000_000 < 1000,
          "took " + (gone - unpublished) / 1_000_000 + " ms");
      assertEquals(200, b.status(SEED + "/versions/2"));

      // A product change made through one instance drops the other's cached product too.
      String product = "/v1/products/" + SKU;
      assertEquals(200, b.status(product));
      Map<String, Object> data =
          new java.util.HashMap<>(
              a.admin()
                  .get("/v1/editorial/products/" + SKU)
                  .then()
                  .statusCode(200)
                  .extract()
                  .jsonPath()
                  .getMap("$"));
      data.put("name", "Renamed on the other instance");
      a.admin()
          .body(Map.of("items", java.util.List.of(data)))
          .put("/v1/editorial/products")
          .then()
          .statusCode(200);
      long renamed = System.nanoTime();
      long renamedSeen =
          Poll.until(
              CATCH_UP,
              "the other instance catching up",
              () ->
                  "Renamed on the other instance"
                      .equals(given().baseUri(b.baseUri()).get(product).path("name")));
      assertTrue(
          (renamedSeen - renamed) / 1_000_000 < 1000,
          "took " + (renamedSeen - renamed) / 1_000_000 + " ms");
    }
  }

  private static int version(AppProcess app) {
    return given()
        .baseUri(app.baseUri())
        .get(SEED)
        .then()
        .statusCode(200)
        .extract()
        .path("version");
  }
}

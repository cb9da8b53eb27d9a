package com.renovare.content.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * While the database is unreachable, delivery keeps serving the documents it holds, marked as
 * possibly stale; what it does not hold, and every write, is a 503 problem with Retry-After, never
 * a 500; readiness is DOWN and liveness UP; and everything recovers by itself when the database
 * comes back. The database is taken away by cutting a loopback proxy between the app and
 * PostgreSQL.
 */
class DatabaseOutageIT {

  private static final String SEED = "/v1/articles/vitamin-k2-mk7";
  private static final String STALE = "Content-Stale";
  private static final Duration OUTAGE_NOTICED = Duration.ofSeconds(30);

  @RegisterExtension final OwnDatabase database = new OwnDatabase();

  @Test
  void deliveryOutlivesAnOutageThatWritesAndReadinessReport() throws Exception {
    try (TcpProxy proxy = new TcpProxy(5432);
        AppProcess app =
            AppProcess.start(
                database.name(),
                Map.of(
                    "QUARKUS_DATASOURCE_JDBC_URL",
                    "jdbc:postgresql://localhost:" + proxy.port() + "/" + database.name()))) {
      Response first = given().baseUri(app.baseUri()).get(SEED);
      first.then().statusCode(200).header(STALE, nullValue());
      byte[] before = first.asByteArray();
      String etag = first.header("ETag");
      String existingEtag =
          app.admin()
              .body(citation("outage-existing", "Written before the outage"))
              .post("/v1/editorial/citations")
              .then()
              .statusCode(201)
              .extract()
              .header("ETag");

      long cut = System.nanoTime();
      proxy.cut();

      long detected =
          Poll.until(
              OUTAGE_NOTICED,
              "readiness DOWN",
              () -> app.managementStatus("/q/health/ready") == 503);
      given()
          .baseUri(app.managementUri())
          .get("/q/health/ready")
          .then()
          .statusCode(503)
          .body("status", equalTo("DOWN"))
          .body("checks.find { it.name == 'database' }.status", equalTo("DOWN"));
      given()
          .baseUri(app.managementUri())
          .get("/q/health/live")
          .then()
          .statusCode(200)
          .body("status", equalTo("UP"));

      Response during = given().baseUri(app.baseUri()).get(SEED);
      during.then().statusCode(200).header(STALE, equalTo("true")).header("ETag", equalTo(etag));
      assertArrayEquals(before, during.asByteArray(), "the cached bytes changed");
      given()
          .baseUri(app.baseUri())
          .header("If-None-Match", etag)
          .get(SEED)
          .then()
          .statusCode(304)
          .header(STALE, equalTo("true"));

      unavailable(given().baseUri(app.baseUri()).get(SEED + "/versions/1"));
      unavailable(
          app.admin()
              .body(citation("outage-refused", "Written during the outage"))
              .post("/v1/editorial/citations"));
      unavailable(
          app.admin()
              .header("If-Match", existingEtag)
              .body(citation("outage-existing", "Changed during the outage"))
              .put("/v1/editorial/citations/outage-existing"));

      long reopened = System.nanoTime();
      proxy.open();

      long ready =
          Poll.until(
              OUTAGE_NOTICED, "readiness UP", () -> app.managementStatus("/q/health/ready") == 200);
      long writable =
          Poll.until(
              OUTAGE_NOTICED,
              "a write accepted",
              () ->
                  app.admin()
                          .body(citation("outage-after", "Written after the outage"))
                          .post("/v1/editorial/citations")
                          .statusCode()
                      == 201);

      Response after = given().baseUri(app.baseUri()).get(SEED);
      after.then().statusCode(200).header("ETag", equalTo(etag));
      assertNull(after.header(STALE), "still marked stale after the database came back");
      given().baseUri(app.baseUri()).get(SEED + "/versions/1").then().statusCode(200);
      app.admin().get("/v1/editorial/citations/outage-refused").then().statusCode(404);
      app.admin()
          .get("/v1/editorial/citations/outage-existing")
          .then()
          .statusCode(200)
          .header("ETag", equalTo(existingEtag))
          .body("title", equalTo("Written before the outage"));

      // The outage is told once, not once per job run or per reconnect attempt.
      String output = app.output();
      assertEquals(
          1, occurrences(output, "Listening for content changes failed"), "listener warnings");
      assertEquals(
          0, occurrences(output, "Scheduled publish of article"), "scheduled publish errors");
      assertEquals(
          0, occurrences(output, "Error occurred while executing task"), "scheduler errors");

      System.out.printf(
          "Database outage: readiness DOWN %d ms after the cut; readiness UP %d ms and the first"
              + " write accepted %d ms after the database came back.%n",
          millis(cut, detected), millis(reopened, ready), millis(reopened, writable));
    }
  }

  private static long occurrences(String text, String phrase) {
    return text.lines().filter(line -> line.contains(phrase)).count();
  }

  private static void unavailable(Response response) {
    response
        .then()
        .statusCode(503)
        .contentType("application/problem+json")
        .header("Retry-After", equalTo("5"))
        .body("status", equalTo(503))
        .body("type", equalTo("/problems/unavailable"))
        .body(not(containsString("SQL")))
        .body(not(containsString("select")))
        .body(not(containsString("Exception")));
  }

  private static Map<String, Object> citation(String key, String title) {
    return Map.of(
        "key",
        key,
        "type",
        "webpage",
        "title",
        title,
        "authors",
        List.of(),
        "url",
        "https://example.org/" + key,
        "accessed",
        "2026-11-25");
  }

  private static long millis(long from, long to) {
    return (to - from) / 1_000_000;
  }
}

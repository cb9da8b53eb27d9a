package com.renovare.content.delivery;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.renovare.content.Articles;
import com.renovare.content.article.ArticleContent;
import com.renovare.content.editorial.Editorial;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Products, citations, safety notes and version lists are served from the prepared-bytes cache: a
 * repeated read, and a 304 for it, takes no database connection, so it runs no SQL. A change is
 * visible on the next read.
 *
 * <p>Work is counted as connections taken from the pool (every statement needs one). Scheduled jobs
 * of the service take connections too, at most a few a second, so a read is measured several times
 * and the least count kept: a read that needs the database takes at least one every time.
 */
@QuarkusTest
class CatalogCacheDatabaseWorkTest {

  private static final int TRIES = 15;

  @Inject AgroalDataSource dataSource;

  @BeforeEach
  void countConnections() {
    dataSource.getConfiguration().setMetricsEnabled(true);
  }

  @Test
  void aRepeatedProductReadAndItsRevalidationTakeNoDatabaseWorkAndAnUpdateShowsAtOnce() {
    String sku = "TEST-" + UUID.randomUUID().toString().substring(0, 8);
    String ingredient = "quill" + UUID.randomUUID().toString().replaceAll("[^a-z]", "");
    upsert(sku, "First name", ingredient);
    String url = "/v1/products/" + sku;
    long first = once(() -> given().get(url).then().statusCode(200));
    String etag = given().get(url).then().statusCode(200).extract().header("ETag");

    long repeated = work(() -> given().get(url).then().statusCode(200));
    long revalidated =
        work(() -> given().header("If-None-Match", etag).get(url).then().statusCode(304));
    report("product", first, repeated, revalidated);
    assertEquals(0, repeated, "a repeated read takes no connection");
    assertEquals(0, revalidated, "a matching If-None-Match is answered from memory");

    upsert(sku, "Second name", ingredient);
    given().get(url).then().statusCode(200).body("name", equalTo("Second name"));

    // A new safety note on the product's ingredient shows on the product at once.
    String note = "test-note-" + UUID.randomUUID().toString().substring(0, 8);
    Editorial.as(Editorial.ADMIN)
        .body(note(note, ingredient, "First title"))
        .post("/v1/editorial/safety-notes")
        .then()
        .statusCode(201);
    given().get(url).then().statusCode(200).body("safetyNotes.key", equalTo(List.of(note)));
  }

  @Test
  void aRepeatedSafetyNoteReadTakesNoDatabaseWorkAndAnEditShowsAtOnce() {
    String key = "test-note-" + UUID.randomUUID().toString().substring(0, 8);
    String ingredient = "quill" + UUID.randomUUID().toString().replaceAll("[^a-z]", "");
    String editorialEtag =
        Editorial.as(Editorial.ADMIN)
            .body(note(key, ingredient, "First title"))
            .post("/v1/editorial/safety-notes")
            .then()
            .statusCode(201)
            .extract()
            .header("ETag");
    String url = "/v1/safety-notes/" + key;
    long first = once(() -> given().get(url).then().statusCode(200));
    String etag = given().get(url).then().extract().header("ETag");

    long repeated = work(() -> given().get(url).then().statusCode(200));
    long revalidated =
        work(() -> given().header("If-None-Match", etag).get(url).then().statusCode(304));
    report("safety note", first, repeated, revalidated);
    assertEquals(0, repeated);
    assertEquals(0, revalidated);

    Editorial.as(Editorial.ADMIN)
        .header("If-Match", editorialEtag)
        .body(note(key, ingredient, "Second title"))
        .put("/v1/editorial/safety-notes/" + key)
        .then()
        .statusCode(200);
    given().get(url).then().statusCode(200).body("title", equalTo("Second title"));
  }

  @Test
  void aRepeatedCitationReadTakesNoDatabaseWorkAndAnEditShowsAtOnce() {
    String key = "cache-" + UUID.randomUUID().toString().substring(0, 8);
    Map<String, Object> citation =
        Map.of(
            "key",
            key,
            "type",
            "webpage",
            "title",
            "First title",
            "authors",
            List.of(),
            "url",
            "https://www.example.org/" + key);
    String editorialEtag =
        Editorial.as(Editorial.ADMIN)
            .body(citation)
            .post("/v1/editorial/citations")
            .then()
            .statusCode(201)
            .extract()
            .header("ETag");
    Editorial.publishCiting(key);
    String url = "/v1/citations/" + key;
    long first = once(() -> given().get(url).then().statusCode(200));
    String etag = given().get(url).then().extract().header("ETag");

    long repeated = work(() -> given().get(url).then().statusCode(200));
    long revalidated =
        work(() -> given().header("If-None-Match", etag).get(url).then().statusCode(304));
    long csl =
        work(
            () ->
                given()
                    .accept("application/vnd.citationstyles.csl+json")
                    .get(url)
                    .then()
                    .statusCode(200));
    report("citation", first, repeated, revalidated);
    assertEquals(0, repeated);
    assertEquals(0, revalidated);
    assertEquals(0, csl, "the CSL-JSON representation is cached too");

    Map<String, Object> changed = new java.util.HashMap<>(citation);
    changed.put("title", "Second title");
    Editorial.as(Editorial.ADMIN)
        .header("If-Match", editorialEtag)
        .body(changed)
        .put("/v1/editorial/citations/" + key)
        .then()
        .statusCode(200);
    given().get(url).then().statusCode(200).body("title", equalTo("Second title"));
  }

  @Test
  void aRepeatedVersionListReadTakesNoDatabaseWorkAndANewPublishShowsAtOnce() {
    ArticleContent content = Articles.aDraftWithSections(1);
    String id = Editorial.create(Editorial.ADMIN, content);
    Editorial.publish(Editorial.ADMIN, id, "First");
    String url = "/v1/articles/" + content.slug() + "/versions";
    long first = once(() -> given().get(url).then().statusCode(200));
    String etag = given().get(url).then().extract().header("ETag");

    long repeated = work(() -> given().get(url).then().statusCode(200));
    long revalidated =
        work(() -> given().header("If-None-Match", etag).get(url).then().statusCode(304));
    report("version list", first, repeated, revalidated);
    assertEquals(0, repeated);
    assertEquals(0, revalidated);

    Editorial.publish(Editorial.ADMIN, id, "Second");
    given()
        .get(url)
        .then()
        .statusCode(200)
        .body("items.changeNote", equalTo(List.of("Second", "First")));
  }

  @Test
  void aRepeatedChangeFeedReadTakesNoDatabaseWorkAndANewPublishShowsAtOnce() {
    ArticleContent content = Articles.aDraftWithSections(1);
    String id = Editorial.create(Editorial.ADMIN, content);
    Editorial.publish(Editorial.ADMIN, id, "First");
    String since =
        given()
            .queryParam("limit", 100)
            .get("/v1/changes")
            .then()
            .statusCode(200)
            .extract()
            .path("next");
    // Read to the end: the page after the last change is the one a syncing client polls.
    boolean more = true;
    while (more) {
      io.restassured.path.json.JsonPath page =
          given()
              .queryParam("since", since)
              .queryParam("limit", 100)
              .get("/v1/changes")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      since = page.getString("next");
      more = page.getBoolean("hasMore");
    }
    String poll = since;
    long first =
        once(() -> given().queryParam("since", poll).get("/v1/changes").then().statusCode(200));
    long repeated =
        work(
            () ->
                given()
                    .queryParam("since", poll)
                    .get("/v1/changes")
                    .then()
                    .statusCode(200)
                    .header("Cache-Control", "no-cache")
                    .body("items.size()", equalTo(0)));
    System.out.printf(
        "database connections per read of a change feed page: first %d, repeated %d%n",
        first, repeated);
    assertEquals(0, repeated);

    Editorial.publish(Editorial.ADMIN, id, "Second");
    given()
        .queryParam("since", poll)
        .get("/v1/changes")
        .then()
        .statusCode(200)
        .body("items.slug", equalTo(List.of(content.slug())))
        .body("items[0].event", equalTo("article.updated"));
  }

  /** The pool connections one run of the read took (scheduled jobs' included, if any ran). */
  private long once(Runnable read) {
    long before = dataSource.getMetrics().acquireCount();
    read.run();
    return dataSource.getMetrics().acquireCount() - before;
  }

  /** The fewest pool connections one run of the read took, over several runs. */
  private long work(Runnable read) {
    long least = Long.MAX_VALUE;
    for (int i = 0; i < TRIES && least > 0; i++) {
      long before = dataSource.getMetrics().acquireCount();
      read.run();
      least = Math.min(least, dataSource.getMetrics().acquireCount() - before);
    }
    assertTrue(least < Long.MAX_VALUE);
    return least;
  }

  private static void report(String what, long first, long repeated, long revalidated) {
    System.out.printf(
        "database connections per read of a %s: first %d, repeated %d, 304 %d%n",
        what, first, repeated, revalidated);
  }

  private static void upsert(String sku, String name, String ingredient) {
    Map<String, Object> product =
        Map.of(
            "sku",
            sku,
            "name",
            name,
            "brand",
            "Test Brand",
            "url",
            "https://shop.example/" + sku,
            "status",
            "active",
            "sample",
            false,
            "activeIngredient",
            Map.of("name", ingredient, "amount", 90, "unit", "mcg"));
    Editorial.as(Editorial.ADMIN)
        .body(Map.of("items", List.of(product)))
        .put("/v1/editorial/products")
        .then()
        .statusCode(200);
  }

  private static Map<String, Object> note(String key, String ingredient, String title) {
    return Map.of(
        "key",
        key,
        "ingredient",
        ingredient,
        "terms",
        List.of(ingredient),
        "title",
        title,
        "text",
        "People who take " + ingredient + " should ask their healthcare provider first.",
        "citations",
        List.of(Articles.SEED_CITATION));
  }
}

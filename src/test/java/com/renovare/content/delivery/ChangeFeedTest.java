package com.renovare.content.delivery;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.renovare.content.Articles;
import com.renovare.content.article.ArticleContent;
import com.renovare.content.editorial.Editorial;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The change feed: a client that follows it holds exactly the published set. */
@QuarkusTest
class ChangeFeedTest {

  /** What a syncing client keeps: the live version of each article, by slug. */
  private static final class Replica {
    final Map<String, Integer> live = new HashMap<>();
    String cursor;
    int applied;

    /** Reads every page from the cursor on, applying each change in order. */
    void catchUp() {
      while (true) {
        var request = given().queryParam("limit", "7");
        if (cursor != null) {
          request.queryParam("since", cursor);
        }
        JsonPath page = request.get("/v1/changes").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = page.getList("items");
        for (Map<String, Object> change : items) {
          String slug = (String) change.get("slug");
          switch ((String) change.get("event")) {
            case "article.published", "article.updated" ->
                live.put(slug, (Integer) change.get("version"));
            case "article.unpublished" -> live.remove(slug);
            default -> throw new AssertionError("unknown event " + change);
          }
          applied++;
        }
        cursor = page.getString("next");
        if (!page.getBoolean("hasMore")) {
          return;
        }
      }
    }
  }

  @Test
  void replayingTheFeedAfterConcurrentPublishesAndUnpublishesGivesThePublishedSet()
      throws Exception {
    String publisher = Editorial.token("publisher");
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      ids.add(Editorial.create(publisher, Articles.aDraftWithSections(1)));
    }
    // A reader follows the feed all the while the writers publish and unpublish concurrently.
    AtomicBoolean writing = new AtomicBoolean(true);
    Replica follower = new Replica();
    ExecutorService pool = Executors.newFixedThreadPool(5);
    Future<?> following =
        pool.submit(
            () -> {
              while (writing.get()) {
                follower.catchUp();
              }
              return null;
            });
    List<Future<?>> writers = new ArrayList<>();
    for (int w = 0; w < 4; w++) {
      int seed = w;
      writers.add(
          pool.submit(
              () -> {
                Random random = new Random(seed);
                for (int step = 0; step < 10; step++) {
                  String id = ids.get(random.nextInt(ids.size()));
                  if (random.nextInt(3) == 0) {
                    Editorial.as(publisher).post("/v1/editorial/articles/" + id + "/unpublish");
                  } else {
                    Editorial.as(publisher)
                        .body(Map.of("changeNote", "step " + step))
                        .post("/v1/editorial/articles/" + id + "/publish");
                  }
                }
                return null;
              }));
    }
    for (Future<?> writer : writers) {
      writer.get(120, TimeUnit.SECONDS);
    }
    writing.set(false);
    following.get(60, TimeUnit.SECONDS);
    pool.shutdown();

    follower.catchUp();
    Map<String, Integer> published = publishedSet();
    assertEquals(published, follower.live);
    // Starting from nothing after the fact gives the same set.
    Replica late = new Replica();
    late.catchUp();
    assertEquals(late.live, follower.live);
    assertTrue(follower.applied > 0);
  }

  @Test
  void eachKindOfChangeIsInTheFeedWithItsLink() {
    String publisher = Editorial.token("publisher");
    Replica replica = new Replica();
    replica.catchUp();
    ArticleContent content = Articles.aDraftWithSections(1);
    String id = Editorial.create(publisher, content);
    Editorial.publish(publisher, id, "First");
    Editorial.publish(publisher, id, "Second");
    Editorial.as(publisher)
        .post("/v1/editorial/articles/" + id + "/unpublish")
        .then()
        .statusCode(204);
    Editorial.publish(publisher, id, "Back");

    JsonPath page =
        given()
            .queryParam("since", replica.cursor)
            .get("/v1/changes")
            .then()
            .statusCode(200)
            .header("Cache-Control", "no-cache")
            .extract()
            .jsonPath();
    List<Map<String, Object>> mine =
        page.<Map<String, Object>>getList("items").stream()
            .filter(c -> content.slug().equals(c.get("slug")))
            .toList();
    assertEquals(
        List.of("article.published", "article.updated", "article.unpublished", "article.published"),
        mine.stream().map(c -> c.get("event")).toList());
    assertEquals(List.of(1, 2, 2, 3), mine.stream().map(c -> c.get("version")).toList());
    assertEquals("/v1/articles/" + content.slug() + "/versions/2", mine.get(1).get("url"));
    assertEquals("/v1/articles/" + content.slug(), mine.get(2).get("url"));
    for (Map<String, Object> change : mine) {
      // Every link resolves: versions forever, and the article itself is live again.
      given().get((String) change.get("url")).then().statusCode(200);
    }
  }

  @Test
  void anEmptyPageSaysWhereToPollFromAndABadCursorIs400() {
    Replica replica = new Replica();
    replica.catchUp();
    given()
        .queryParam("since", replica.cursor)
        .get("/v1/changes")
        .then()
        .statusCode(200)
        .body("items.size()", equalTo(0))
        .body("next", equalTo(replica.cursor))
        .body("hasMore", equalTo(false));
    for (String bad : new String[] {"%%%", "bm90LWEtbnVtYmVy", "LTE", "x".repeat(100)}) {
      given()
          .queryParam("since", bad)
          .get("/v1/changes")
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("violations[0].field", equalTo("since"));
    }
    given().queryParam("limit", "0").get("/v1/changes").then().statusCode(400);
  }

  /** Every live article with its current version, read from the delivery list. */
  private static Map<String, Integer> publishedSet() {
    Map<String, Integer> live = new HashMap<>();
    String cursor = null;
    do {
      var request = given().queryParam("limit", "100");
      if (cursor != null) {
        request.queryParam("cursor", cursor);
      }
      JsonPath page = request.get("/v1/articles").then().statusCode(200).extract().jsonPath();
      for (Map<String, Object> item : page.<Map<String, Object>>getList("items")) {
        live.put((String) item.get("slug"), (Integer) item.get("version"));
      }
      cursor = page.getString("next");
    } while (cursor != null);
    return live;
  }
}

package com.renovare.content.delivery;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.renovare.content.Articles;
import com.renovare.content.article.ArticleContent;
import com.renovare.content.editorial.Editorial;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A legal or medical takedown: an admin redacts published versions, their content is deleted from
 * the delivery store, and no delivery URL serves it again, cached copies included.
 */
@QuarkusTest
class RedactionTest {

  private static final String REASON = "Legal takedown: court order of 2026-11-30.";
  private static final String LD = "application/ld+json";

  @Inject DataSource dataSource;

  private static String publisher;

  @BeforeEach
  void tokens() {
    if (publisher == null) {
      publisher = Editorial.token("publisher");
    }
  }

  @Test
  void aRedactedVersionAnswers410NoStoreEverywhereWhileTheCurrentVersionStaysLive()
      throws Exception {
    ArticleContent content = Articles.aDraftWithSections(1);
    String slug = content.slug();
    String id = Editorial.create(publisher, content);
    Editorial.publish(publisher, id, "First");
    Editorial.as(publisher)
        .header("If-Match", Editorial.etag(publisher, id))
        .body(Editorial.json(Articles.withTitle(content, "Second title")))
        .put("/v1/editorial/articles/" + id)
        .then()
        .statusCode(200);
    Editorial.publish(publisher, id, "Second");
    // Warm the cache: the takedown must reach cached copies too.
    given().get("/v1/articles/" + slug + "/versions/1").then().statusCode(200);
    given().accept(LD).get("/v1/articles/" + slug + "/versions/1").then().statusCode(200);

    redact(id, "1")
        .then()
        .statusCode(200)
        .header("Cache-Control", "no-store")
        .body("versions", equalTo(List.of(1)))
        .body("takenDown", equalTo(false))
        .body("reason", equalTo(REASON))
        .body("surrogateKeys", hasItem("article:" + slug + ":v1"));

    for (String accept : List.of("application/json", LD)) {
      given()
          .accept(accept)
          .get("/v1/articles/" + slug + "/versions/1")
          .then()
          .statusCode(410)
          .contentType("application/problem+json")
          .header("Cache-Control", "no-store")
          .body("detail", containsString(REASON))
          .body("detail", not(containsString(content.title())));
    }
    given().get("/v1/articles/" + slug).then().statusCode(200).body("version", equalTo(2));
    given()
        .get("/v1/articles/" + slug + "/versions")
        .then()
        .statusCode(200)
        .body("items[0].redacted", nullValue())
        .body("items[1].version", equalTo(1))
        .body("items[1].redacted.reason", equalTo(REASON))
        .body("items[1].changeNote", equalTo(""));
    assertTrue(feedEntries(slug).stream().anyMatch(e -> e.get("version").equals(1)), "listed");
    feedEntries(slug)
        .forEach(e -> assertEquals(e.get("version").equals(1), e.get("redacted"), e.toString()));

    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "select document, redaction_reason, (select count(*) from article_version_section s"
                    + " where s.article_id = v.article_id and s.version = v.version),"
                    + " document_gzip from"
                    + " article_version v where article_id = ? and version = 1")) {
      ps.setObject(1, UUID.fromString(id));
      try (ResultSet rs = ps.executeQuery()) {
        assertTrue(rs.next());
        assertNull(rs.getString(1), "the content is gone from the delivery store");
        assertEquals(REASON, rs.getString(2), "the public reason stays");
        assertEquals(0, rs.getInt(3), "its sections are gone too");
        assertNull(rs.getBytes(4), "and so is its gzip form");
      }
    }
    Map<String, Object> audited = Editorial.audited(id, "article.redact").orElseThrow();
    assertTrue(((String) audited.get("detail")).contains(REASON), audited.toString());
  }

  @Test
  void redactingTheCurrentVersionTakesTheArticleOffEveryDeliveryUrlUntilANewPublish() {
    ArticleContent content =
        Articles.aDraft(
            Articles.uniqueSlug(),
            1,
            List.of("redaction-topic"),
            List.of(Articles.featuring(Articles.SEED_SKU, "part-1")));
    String slug = content.slug();
    String id = Editorial.create(publisher, content);
    Editorial.publish(publisher, id, "First");
    given().get("/v1/articles/" + slug).then().statusCode(200);
    given().get("/v1/articles/" + slug + "/sections/part-1").then().statusCode(200);
    given()
        .queryParam("topic", "redaction-topic")
        .get("/v1/articles")
        .then()
        .body("items.slug", hasItem(slug));
    given()
        .queryParam("limit", 100)
        .get("/v1/products/" + Articles.SEED_SKU + "/articles")
        .then()
        .statusCode(200);

    redact(id, "all").then().statusCode(200).body("takenDown", equalTo(true));

    for (String path :
        List.of(
            "/v1/articles/" + slug,
            "/v1/articles/" + slug + "/sections/part-1",
            "/v1/articles/" + slug + "/citations",
            "/v1/articles/" + slug + "/versions/1")) {
      given()
          .get(path)
          .then()
          .statusCode(410)
          .header("Cache-Control", "no-store")
          .body("detail", not(containsString(content.title())));
    }
    given()
        .accept(LD)
        .get("/v1/articles/" + slug)
        .then()
        .statusCode(410)
        .body("detail", containsString(REASON));
    given()
        .queryParam("topic", "redaction-topic")
        .get("/v1/articles")
        .then()
        .body("items.slug", not(hasItem(slug)));
    given()
        .queryParam("limit", 100)
        .get("/v1/products/" + Articles.SEED_SKU + "/articles")
        .then()
        .body(not(containsString(slug)));
    List<Map<String, Object>> entries = feedEntries(slug);
    Map<String, Object> last = entries.get(entries.size() - 1);
    assertEquals("article.unpublished", last.get("event"));
    assertEquals(true, last.get("redacted"));
    Editorial.as(publisher)
        .get("/v1/editorial/articles/" + id)
        .then()
        .body("status", equalTo("unpublished"));

    Editorial.publish(publisher, id, "Fixed and published again");
    given().get("/v1/articles/" + slug).then().statusCode(200).body("version", equalTo(2));
  }

  /**
   * Another instance's redaction reaches this one only through the change notification (LISTEN/
   * NOTIFY, with the change log as safety net), which names the article: the version URLs it had
   * cached must go with it.
   */
  @Test
  void aRedactionByAnotherInstanceEvictsTheCachedVersionHere() throws Exception {
    ArticleContent content = Articles.aDraftWithSections(1);
    String slug = content.slug();
    String id = Editorial.create(publisher, content);
    Editorial.publish(publisher, id, "First");
    given().get("/v1/articles/" + slug + "/versions/1").then().statusCode(200);

    // What PublishedStore.redact commits on the other instance, with its notification.
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement ps =
          c.prepareStatement(
              "update article_version set document = null, etag = null, redacted_at ="
                  + " current_timestamp, redacted_by = 'other instance', redaction_reason = ?"
                  + " where article_id = ? and version = 1")) {
        ps.setString(1, REASON);
        ps.setObject(2, UUID.fromString(id));
        assertEquals(1, ps.executeUpdate());
      }
      try (PreparedStatement ps =
          c.prepareStatement(
              "insert into content_change (article_id, slug, version, kind, at)"
                  + " values (?, ?, 1, 'redacted', current_timestamp)")) {
        ps.setObject(1, UUID.fromString(id));
        ps.setString(2, slug);
        ps.executeUpdate();
      }
      try (PreparedStatement ps = c.prepareStatement("select pg_notify('content_changed', ?)")) {
        ps.setString(1, slug);
        ps.execute();
      }
      c.commit();
    }

    int status = 200;
    for (int i = 0; i < 50 && status != 410; i++) {
      Thread.sleep(100);
      status = given().get("/v1/articles/" + slug + "/versions/1").statusCode();
    }
    assertEquals(410, status, "the cached version was still served");
  }

  @Test
  void onlyAnAdminRedactsAndARedactionCannotBeRepeatedOrUndone() {
    ArticleContent content = Articles.aDraftWithSections(1);
    String id = Editorial.create(publisher, content);
    Editorial.as(Editorial.ADMIN)
        .body(Map.of("version", "1", "reason", REASON))
        .post("/v1/editorial/articles/" + id + "/redactions")
        .then()
        .statusCode(409);
    Editorial.publish(publisher, id, "First");

    Editorial.as(publisher)
        .body(Map.of("version", "1", "reason", REASON))
        .post("/v1/editorial/articles/" + id + "/redactions")
        .then()
        .statusCode(403);
    given().get("/v1/articles/" + content.slug() + "/versions/1").then().statusCode(200);
    for (Map<String, Object> bad :
        List.of(
            Map.<String, Object>of("version", "0", "reason", REASON),
            Map.<String, Object>of("version", "latest", "reason", REASON),
            Map.<String, Object>of("version", "1", "reason", " "),
            Map.<String, Object>of("version", "1"))) {
      Editorial.as(Editorial.ADMIN)
          .body(bad)
          .post("/v1/editorial/articles/" + id + "/redactions")
          .then()
          .statusCode(400)
          .contentType("application/problem+json");
    }
    redact(id, "2").then().statusCode(404);
    given().get("/v1/articles/" + content.slug() + "/versions/1").then().statusCode(200);

    redact(id, "1").then().statusCode(200);
    redact(id, "1").then().statusCode(409);
    redact(id, "all").then().statusCode(409);
    Editorial.as(publisher)
        .header("If-Match", Editorial.etag(publisher, id))
        .body(Map.of("version", 1))
        .post("/v1/editorial/articles/" + id + "/revert")
        .then()
        .statusCode(404);
  }

  private static Response redact(String id, String version) {
    return Editorial.as(Editorial.ADMIN)
        .body(Map.of("version", version, "reason", REASON))
        .post("/v1/editorial/articles/" + id + "/redactions");
  }

  private static List<Map<String, Object>> feedEntries(String slug) {
    List<Map<String, Object>> found = new java.util.ArrayList<>();
    String since = null;
    for (int page = 0; page < 1000; page++) {
      var request = given().queryParam("limit", 100);
      if (since != null) {
        request.queryParam("since", since);
      }
      JsonPath body = request.get("/v1/changes").jsonPath();
      List<Map<String, Object>> items = body.getList("items");
      items.stream().filter(e -> slug.equals(e.get("slug"))).forEach(found::add);
      since = body.getString("next");
      if (!body.getBoolean("hasMore")) {
        break;
      }
    }
    return found;
  }
}

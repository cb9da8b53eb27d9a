package com.renovare.content.citation;

import static com.renovare.content.editorial.Editorial.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.renovare.content.editorial.Editorial;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Citations through the editorial API: created once per key, replaced with If-Match. */
@QuarkusTest
class CitationEditingTest {

  private String editor;

  @BeforeEach
  void token() {
    editor = Editorial.token("editor");
  }

  @Test
  void citationsAreCreatedReadAndUpdatedWithIfMatch() {
    String key = "test-" + java.util.UUID.randomUUID().toString().substring(0, 8);
    Map<String, Object> citation =
        Map.of(
            "key",
            key,
            "type",
            "webpage",
            "title",
            "A page",
            "authors",
            List.of(),
            "url",
            "https://example.org/page",
            "accessed",
            "2026-11-25");
    String etag =
        as(editor)
            .body(citation)
            .post("/v1/editorial/citations")
            .then()
            .statusCode(201)
            .header("ETag", startsWith("\"r"))
            .extract()
            .header("ETag");
    as(editor).body(citation).post("/v1/editorial/citations").then().statusCode(409);

    Map<String, Object> changed = new java.util.HashMap<>(citation);
    changed.put("title", "A better title");
    as(editor)
        .header("If-Match", etag)
        .body(changed)
        .put("/v1/editorial/citations/" + key)
        .then()
        .statusCode(200)
        .body("title", equalTo("A better title"));
    as(editor)
        .header("If-Match", etag)
        .body(changed)
        .put("/v1/editorial/citations/" + key)
        .then()
        .statusCode(412);
    Editorial.publishCiting(key);
    given()
        .get("/v1/citations/" + key)
        .then()
        .statusCode(200)
        .body("title", equalTo("A better title"));
  }
}

package com.renovare.content.safety;

import static com.renovare.content.editorial.Editorial.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.renovare.content.Articles;
import com.renovare.content.editorial.Editorial;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The editorial API of safety notes: writing, reading back, and what it refuses. */
@io.quarkus.test.junit.QuarkusTest
class EditorialSafetyNotesTest {

  private static final String NOTES = "/v1/editorial/safety-notes";

  private String editor;
  private String publisher;

  @BeforeEach
  void signIn() {
    editor = Editorial.token("editor");
    publisher = Editorial.token("publisher");
  }

  @Test
  void aPublisherCreatesANoteAndAnEditorReadsItBackWithTheSameEtag() {
    String key = SafetyNotesTesting.uniqueKey();
    Map<String, Object> body = SafetyNotesTesting.note(key, SafetyNotesTesting.uniqueIngredient());

    String etag =
        as(publisher)
            .body(body)
            .post(NOTES)
            .then()
            .statusCode(201)
            .header("Location", endsWith(NOTES + "/" + key))
            .header("Cache-Control", equalTo("no-store"))
            .body("key", equalTo(key))
            .body("terms", equalTo(body.get("terms")))
            .body("citations", equalTo(List.of(Articles.SEED_CITATION)))
            .extract()
            .header("ETag");

    as(editor)
        .get(NOTES + "/" + key)
        .then()
        .statusCode(200)
        .header("ETag", equalTo(etag))
        .body("title", equalTo(body.get("title")))
        .body("text", equalTo(body.get("text")));
    as(editor)
        .queryParam("limit", 100)
        .get(NOTES)
        .then()
        .statusCode(200)
        .body("items.key", hasItem(key));
  }

  @Test
  void replacingNeedsTheCurrentEtag() {
    String key = SafetyNotesTesting.uniqueKey();
    Map<String, Object> body = SafetyNotesTesting.note(key, SafetyNotesTesting.uniqueIngredient());
    String etag =
        as(publisher).body(body).post(NOTES).then().statusCode(201).extract().header("ETag");
    Map<String, Object> changed = new HashMap<>(body);
    changed.put("title", "A sharper title");

    as(publisher)
        .body(changed)
        .put(NOTES + "/" + key)
        .then()
        .statusCode(428)
        .contentType("application/problem+json");
    String next =
        as(publisher)
            .header("If-Match", etag)
            .body(changed)
            .put(NOTES + "/" + key)
            .then()
            .statusCode(200)
            .body("title", equalTo("A sharper title"))
            .extract()
            .header("ETag");
    assertNotEquals(etag, next);
    as(publisher)
        .header("If-Match", etag)
        .body(body)
        .put(NOTES + "/" + key)
        .then()
        .statusCode(412)
        .contentType("application/problem+json")
        .body("detail", containsString(next));
    as(editor).get(NOTES + "/" + key).then().body("title", equalTo("A sharper title"));
  }

  @Test
  void everyWriteIsInTheAuditLog() {
    String key = SafetyNotesTesting.uniqueKey();
    Map<String, Object> body = SafetyNotesTesting.note(key, SafetyNotesTesting.uniqueIngredient());
    String etag =
        as(publisher).body(body).post(NOTES).then().statusCode(201).extract().header("ETag");
    as(publisher).header("If-Match", etag).body(body).put(NOTES + "/" + key).then().statusCode(200);

    as(Editorial.ADMIN)
        .queryParam("limit", 100)
        .get("/v1/editorial/audit")
        .then()
        .statusCode(200)
        .body(
            "items.findAll { it.targetId == '" + key + "' }.action",
            equalTo(List.of("safety-note.update", "safety-note.create")))
        .body(
            "items.findAll { it.targetId == '" + key + "' }.actor",
            equalTo(List.of("test-publisher", "test-publisher")))
        .body("items.find { it.targetId == '" + key + "' }.targetType", equalTo("safety-note"));
  }

  @Test
  void anEditorMayReadNotesButNotWriteThem() {
    String key = SafetyNotesTesting.uniqueKey();
    Map<String, Object> body = SafetyNotesTesting.note(key, SafetyNotesTesting.uniqueIngredient());
    as(editor)
        .body(body)
        .post(NOTES)
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("detail", containsString("publisher"));
    as(editor).get(NOTES + "/" + key).then().statusCode(404);

    String etag =
        as(publisher).body(body).post(NOTES).then().statusCode(201).extract().header("ETag");
    as(editor).header("If-Match", etag).body(body).put(NOTES + "/" + key).then().statusCode(403);
    as(editor).get(NOTES + "/" + key).then().statusCode(200).header("ETag", equalTo(etag));
    io.restassured.RestAssured.given().get(NOTES + "/" + key).then().statusCode(401);
  }

  @Test
  void anUnknownPropertyIsRefusedByName() {
    Map<String, Object> body =
        new HashMap<>(
            SafetyNotesTesting.note(
                SafetyNotesTesting.uniqueKey(), SafetyNotesTesting.uniqueIngredient()));
    body.put("id", "0b0e2b8e-0000-0000-0000-000000000000");
    body.put("sources", List.of());

    as(publisher)
        .body(body)
        .post(NOTES)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("violations.field", hasItems("id", "sources"))
        .body("violations[0].message", equalTo("is not a property that can be written"));
  }

  @Test
  void aNoteNamingACitationThatDoesNotExistIsRefusedWithTheEntryNamed() {
    String key = SafetyNotesTesting.uniqueKey();
    Map<String, Object> body =
        new HashMap<>(SafetyNotesTesting.note(key, SafetyNotesTesting.uniqueIngredient()));
    body.put("citations", List.of(Articles.SEED_CITATION, "no-such-citation-anywhere"));

    as(publisher)
        .body(body)
        .post(NOTES)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("violations", hasSize(1))
        .body("violations[0].field", equalTo("citations[1]"))
        .body("violations[0].message", containsString("'no-such-citation-anywhere'"));
    as(editor).get(NOTES + "/" + key).then().statusCode(404);
  }

  @Test
  void aTakenKeyIsAConflictAndAKeyNeverChanges() {
    String key = SafetyNotesTesting.uniqueKey();
    Map<String, Object> body = SafetyNotesTesting.note(key, SafetyNotesTesting.uniqueIngredient());
    String etag =
        as(publisher).body(body).post(NOTES).then().statusCode(201).extract().header("ETag");

    as(publisher).body(body).post(NOTES).then().statusCode(409);
    Map<String, Object> renamed = new HashMap<>(body);
    renamed.put("key", SafetyNotesTesting.uniqueKey());
    as(publisher)
        .header("If-Match", etag)
        .body(renamed)
        .put(NOTES + "/" + key)
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("key"));
  }

  @Test
  void badInputIsA400NamingTheFieldNeverAServerError() {
    String key = SafetyNotesTesting.uniqueKey();
    Map<String, Object> valid = SafetyNotesTesting.note(key, SafetyNotesTesting.uniqueIngredient());
    List<Map.Entry<String, Object>> cases =
        List.of(
            Map.entry("key", "Upper_Case"),
            Map.entry("key", "a".repeat(81)),
            Map.entry("ingredient", " "),
            Map.entry("ingredient", "x".repeat(201)),
            Map.entry("terms", List.of()),
            Map.entry("terms", List.of("vitamin k!")),
            Map.entry("terms", List.of("double  space")),
            Map.entry("terms", List.of("x".repeat(101))),
            Map.entry("terms", java.util.Collections.nCopies(31, "zinc")),
            Map.entry("terms", List.of("zinc", "Zinc")),
            Map.entry("terms", "vitamin k"),
            Map.entry("title", "t".repeat(301)),
            Map.entry("text", "t".repeat(4001)),
            Map.entry("citations", List.of()),
            Map.entry("citations", List.of(Articles.SEED_CITATION, Articles.SEED_CITATION)),
            Map.entry("citations", List.of("Not A Key")),
            Map.entry("citations", Map.of("key", "x")));
    for (Map.Entry<String, Object> bad : cases) {
      Map<String, Object> body = new HashMap<>(valid);
      body.put(bad.getKey(), bad.getValue());
      as(publisher)
          .body(body)
          .post(NOTES)
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("violations.field", hasItem(startsWith(bad.getKey())));
    }
    for (String notAnObject : List.of("[]", "\"note\"", "null")) {
      as(publisher).body(notAnObject).post(NOTES).then().statusCode(400);
    }
    as(publisher).body("{\"key\":").post(NOTES).then().statusCode(400);
    as(editor).get(NOTES + "/Bad_Key").then().statusCode(400);
    as(editor).queryParam("cursor", "not-a-cursor").get(NOTES).then().statusCode(400);
    as(editor).get(NOTES + "/" + key).then().statusCode(404);
  }

  @Test
  void theListPagesInKeyOrder() {
    for (int i = 0; i < 2; i++) {
      as(publisher)
          .body(
              SafetyNotesTesting.note(
                  SafetyNotesTesting.uniqueKey(), SafetyNotesTesting.uniqueIngredient()))
          .post(NOTES)
          .then()
          .statusCode(201);
    }
    String first =
        as(editor)
            .queryParam("limit", 1)
            .get(NOTES)
            .then()
            .statusCode(200)
            .body("items", hasSize(1))
            .body("next", notNullValue())
            .extract()
            .path("items[0].key");
    String next = as(editor).queryParam("limit", 1).get(NOTES).then().extract().path("next");
    String second =
        as(editor)
            .queryParam("limit", 1)
            .queryParam("cursor", next)
            .get(NOTES)
            .then()
            .statusCode(200)
            .body("items", hasSize(1))
            .extract()
            .path("items[0].key");
    assertNotEquals(first, second);
  }
}

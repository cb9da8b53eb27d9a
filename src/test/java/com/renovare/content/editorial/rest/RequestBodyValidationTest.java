package com.renovare.content.editorial.rest;

import static com.renovare.content.editorial.Editorial.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.renovare.content.Articles;
import com.renovare.content.article.ArticleContent;
import com.renovare.content.editorial.Editorial;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What the editorial API does with bodies it cannot take: not JSON, read-only or unknown
 * properties, broken field rules, a NUL character, more than a megabyte. Each is a 4xx problem
 * naming what is wrong, and nothing is stored.
 */
@QuarkusTest
class RequestBodyValidationTest {

  private String editor;
  private String publisher;

  @BeforeEach
  void tokens() {
    editor = Editorial.token("editor");
    publisher = Editorial.token("publisher");
  }

  @Test
  void readOnlyAndUnknownPropertiesAreRefusedAndNamed() {
    String body =
        Editorial.json(Articles.aDraftWithSections(1))
            .replaceFirst(
                "\\{",
                "{\"id\":\"x\",\"status\":\"published\",\"version\":9,\"createdBy\":\"me\",");

    as(editor)
        .body(body)
        .post("/v1/editorial/articles")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("violations.field", hasItems("id", "status", "version", "createdBy"));
    as(editor)
        .body(
            Editorial.json(Articles.aDraftWithSections(1))
                .replace(
                    "\"heading\":\"Part 1\"", "\"heading\":\"Part 1\",\"publishedAt\":\"now\""))
        .post("/v1/editorial/articles")
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("sections[0].publishedAt"));
  }

  @Test
  void bodiesThatAreNotJsonAre400MalformedBodyWithWhereParsingStopped() {
    as(editor)
        .body("{\"slug\": \"truncated\",\n  \"title\": \"Vitamin")
        .post("/v1/editorial/articles")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/malformed-body"))
        .body("detail", containsString("line 2"))
        .body("detail", not(containsString("com.fasterxml")));
    as(editor)
        .body("[[[[")
        .post("/v1/editorial/citations")
        .then()
        .statusCode(400)
        .body("type", equalTo("/problems/malformed-body"));
  }

  @Test
  void aNulCharacterInABodyIsRefusedWith400AndNothingIsPublished() {
    String id = Editorial.create(Editorial.ADMIN, Articles.aDraftWithSections(1));
    String etag = Editorial.etag(Editorial.ADMIN, id);

    // Found by HostileInputFuzzTest: PostgreSQL refuses U+0000 in text, so this publish failed
    // with a 500 after the checks had passed.
    as(publisher)
        .header("If-Match", etag)
        .body("{\"changeNote\":\"First\\u0000version.\"}")
        .post("/v1/editorial/articles/" + id + "/publish")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("violations[0].field", equalTo("changeNote"))
        .body("violations[0].message", containsString("NUL"));
    as(editor)
        .get("/v1/editorial/articles/" + id)
        .then()
        .statusCode(200)
        .body("status", equalTo("draft"))
        .header("ETag", equalTo(etag));
    as(editor)
        .body(
            Editorial.json(Articles.aDraftWithSections(1))
                .replace("\"heading\":\"Part 1\"", "\"heading\":\"Part\\u00001\""))
        .post("/v1/editorial/articles")
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("sections[0].heading"));
  }

  @Test
  void fieldRulesAreCheckedAndNamed() {
    ArticleContent base = Articles.aDraftWithSections(1);
    ArticleContent bad =
        new ArticleContent(
            "Not A Slug",
            "english",
            "",
            null,
            List.of("Bad Topic"),
            List.of(),
            null,
            List.of(new ArticleContent.SectionContent("BAD KEY", null, List.of())),
            List.of(new ArticleContent.ProductLinkContent("-sku", null, "starring", null)),
            List.of("UPPER"),
            List.of(),
            List.of());

    as(editor)
        .body(Editorial.json(bad))
        .post("/v1/editorial/articles")
        .then()
        .statusCode(400)
        .body(
            "violations.field",
            hasItems(
                "slug",
                "locale",
                "title",
                "topics[0]",
                "sections[0].key",
                "productLinks[0].sku",
                "productLinks[0].role",
                "citations[0]"));
    as(editor)
        .body("{not json")
        .post("/v1/editorial/articles")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    as(editor)
        .body("[]")
        .post("/v1/editorial/articles")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    as(editor)
        .body("{\"slug\": 5}")
        .post("/v1/editorial/articles")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    as(editor)
        .contentType("text/plain")
        .body("hello")
        .post("/v1/editorial/articles")
        .then()
        .statusCode(415)
        .contentType("application/problem+json");
    as(editor).body(Editorial.json(base)).post("/v1/editorial/articles").then().statusCode(201);
    as(editor)
        .body(Editorial.json(base))
        .post("/v1/editorial/articles")
        .then()
        .statusCode(409)
        .body("type", equalTo("/problems/slug-taken"));
  }

  @Test
  @Tag("owasp-api4")
  void aBodyOverOneMegabyteIsRefusedWith413AndChangesNothing() {
    String before = as(Editorial.ADMIN).get("/v1/editorial/articles").asString();
    String huge = "{\"slug\":\"" + "a".repeat(1_100_000) + "\"}";
    as(editor)
        .body(huge)
        .post("/v1/editorial/articles")
        .then()
        .statusCode(413)
        .contentType("application/problem+json");
    assertEquals(before, as(Editorial.ADMIN).get("/v1/editorial/articles").asString());
  }
}

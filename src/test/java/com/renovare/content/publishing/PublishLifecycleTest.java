package com.renovare.content.publishing;

import static com.renovare.content.editorial.Editorial.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.renovare.content.Articles;
import com.renovare.content.article.ArticleContent;
import com.renovare.content.editorial.Editorial;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Publishing through the editorial API: preview, publish, edit and publish again with every version
 * kept byte for byte; a refused publish with its reasons; unpublishing; reverting to a version.
 */
@QuarkusTest
class PublishLifecycleTest {

  private String editor;
  private String publisher;

  @BeforeEach
  void tokens() {
    editor = Editorial.token("editor");
    publisher = Editorial.token("publisher");
  }

  @Test
  void draftPreviewPublishDeliverEditPublishAgainKeepsVersionOneByteForByte() {
    ArticleContent content = Articles.aDraftWithSections(2);
    String slug = content.slug();
    Response created = as(editor).body(Editorial.json(content)).post("/v1/editorial/articles");
    created
        .then()
        .statusCode(201)
        .header("Location", containsString("/v1/editorial/articles/"))
        .header("ETag", startsWith("\"r"))
        .header("Cache-Control", "no-store")
        .body("status", equalTo("draft"))
        .body("publishedVersion", equalTo(0))
        .body("content.slug", equalTo(slug));
    String id = created.path("id");
    given().get("/v1/articles/" + slug).then().statusCode(404);

    as(editor)
        .get("/v1/editorial/articles/" + id + "/preview")
        .then()
        .statusCode(200)
        .header("Cache-Control", "no-store")
        .body("version", equalTo(1))
        .body("title", equalTo(content.title()))
        .body("sections.key", equalTo(List.of("part-1", "part-2")));

    as(publisher)
        .body(Map.of("changeNote", "First"))
        .post("/v1/editorial/articles/" + id + "/publish")
        .then()
        .statusCode(201)
        .header("Location", endsWith("/v1/articles/" + slug + "/versions/1"))
        .body("version", equalTo(1));
    byte[] v1 = given().get("/v1/articles/" + slug).then().statusCode(200).extract().asByteArray();

    String etag = Editorial.etag(editor, id);
    ArticleContent edited = Articles.withTitle(content, "Edited title");
    as(editor)
        .header("If-Match", etag)
        .body(Editorial.json(edited))
        .put("/v1/editorial/articles/" + id)
        .then()
        .statusCode(200)
        .header("ETag", not(equalTo(etag)))
        .body("content.title", equalTo("Edited title"));
    given().get("/v1/articles/" + slug).then().body("title", equalTo(content.title()));

    assertEquals(2, Editorial.publish(publisher, id, "Retitled"));

    given()
        .get("/v1/articles/" + slug)
        .then()
        .statusCode(200)
        .body("version", equalTo(2))
        .body("title", equalTo("Edited title"));
    assertArrayEquals(v1, given().get("/v1/articles/" + slug + "/versions/1").asByteArray());
    as(editor)
        .get("/v1/editorial/articles/" + id + "/versions")
        .then()
        .statusCode(200)
        .body("items.version", equalTo(List.of(2, 1)))
        .body("items.changeNote", equalTo(List.of("Retitled", "First")))
        .body("items.publishedBy", equalTo(List.of("test-publisher", "test-publisher")));
  }

  @Test
  @Tag("owasp-api6")
  void aRefusedPublishAnswers422WithEveryReason() {
    ArticleContent base = Articles.aDraftWithSections(1);
    ArticleContent broken =
        new ArticleContent(
            base.slug(),
            base.locale(),
            base.title(),
            null,
            List.of(),
            List.of(),
            null,
            List.of(
                new ArticleContent.SectionContent(
                    "part-1",
                    null,
                    List.of(
                        new com.renovare.content.article.Block.Paragraph(
                            "Text.", List.of("not-listed")))),
                new ArticleContent.SectionContent("empty", "Empty", List.of())),
            List.of(Articles.featuring("NO-SUCH-SKU", "part-1")),
            List.of(),
            List.of(),
            List.of());
    String id = Editorial.create(editor, broken);

    as(publisher)
        .body(Map.of("changeNote", "Try"))
        .post("/v1/editorial/articles/" + id + "/publish")
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/publish-refused"))
        .body(
            "violations.field",
            hasItems("sections[0].blocks[0]", "sections[1]", "productLinks[0].sku"))
        .body("violations.message", hasItem(startsWith("unknown-product:")));
    as(editor).get("/v1/editorial/articles/" + id + "/preview").then().statusCode(422);
    given().get("/v1/articles/" + broken.slug()).then().statusCode(404);
  }

  @Test
  @Tag("owasp-api1")
  void unpublishingAnswers410WhileVersionsStayAddressable() {
    ArticleContent content =
        Articles.aDraft(
            Articles.uniqueSlug(),
            1,
            List.of("testing"),
            List.of(Articles.featuring(Articles.SEED_SKU, "part-1")));
    String id = Editorial.create(editor, content);
    Editorial.publish(publisher, id, "First");
    byte[] v1 = given().get("/v1/articles/" + content.slug()).asByteArray();

    as(publisher).post("/v1/editorial/articles/" + id + "/unpublish").then().statusCode(204);

    given()
        .get("/v1/articles/" + content.slug())
        .then()
        .statusCode(410)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/gone"));
    given().get("/v1/articles/" + content.slug() + "/sections/part-1").then().statusCode(410);
    assertArrayEquals(
        v1,
        given()
            .get("/v1/articles/" + content.slug() + "/versions/1")
            .then()
            .statusCode(200)
            .extract()
            .asByteArray());
    given()
        .get("/v1/articles/" + content.slug() + "/versions")
        .then()
        .statusCode(200)
        .body("items.version", equalTo(List.of(1)));
    given()
        .queryParam("topic", "testing")
        .queryParam("limit", 100)
        .get("/v1/articles")
        .then()
        .body("items.slug", not(hasItem(content.slug())));
    given()
        .queryParam("limit", 100)
        .get("/v1/products/" + Articles.SEED_SKU + "/articles")
        .then()
        .statusCode(200)
        .body("items.article.slug", not(hasItem(content.slug())));
    as(publisher).post("/v1/editorial/articles/" + id + "/unpublish").then().statusCode(409);

    assertEquals(2, Editorial.publish(publisher, id, "Back"));
    given()
        .get("/v1/articles/" + content.slug())
        .then()
        .statusCode(200)
        .body("version", equalTo(2));
  }

  @Test
  void revertingCopiesAPublishedVersionIntoTheDraft() {
    ArticleContent content = Articles.aDraftWithSections(1);
    String id = Editorial.create(editor, content);
    Editorial.publish(publisher, id, "First");
    as(editor)
        .header("If-Match", Editorial.etag(editor, id))
        .body(Editorial.json(Articles.withTitle(content, "Second title")))
        .put("/v1/editorial/articles/" + id)
        .then()
        .statusCode(200);
    Editorial.publish(publisher, id, "Second");

    as(publisher)
        .header("If-Match", Editorial.etag(editor, id))
        .body(Map.of("version", 1))
        .post("/v1/editorial/articles/" + id + "/revert")
        .then()
        .statusCode(200)
        .body("content.title", equalTo(content.title()));
    assertEquals(3, Editorial.publish(publisher, id, "Reverted to 1"));

    given()
        .get("/v1/articles/" + content.slug())
        .then()
        .body("version", equalTo(3))
        .body("title", equalTo(content.title()));
    as(publisher)
        .header("If-Match", Editorial.etag(editor, id))
        .body(Map.of("version", 9))
        .post("/v1/editorial/articles/" + id + "/revert")
        .then()
        .statusCode(404);
  }
}

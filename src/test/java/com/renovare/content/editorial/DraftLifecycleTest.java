package com.renovare.content.editorial;

import static com.renovare.content.editorial.Editorial.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.renovare.content.Articles;
import com.renovare.content.Concurrently;
import com.renovare.content.article.ArticleContent;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Drafts through the editorial API: a replace needs the ETag it was based on, so of concurrent
 * saves exactly one wins; only a draft never published can be deleted; the list filters and pages.
 */
@QuarkusTest
class DraftLifecycleTest {

  private String editor;
  private String publisher;

  @BeforeEach
  void tokens() {
    editor = Editorial.token("editor");
    publisher = Editorial.token("publisher");
  }

  @Test
  @Tag("owasp-api6")
  void aStaleIfMatchIsRefusedWith412AndAMissingOneWith428AndNeitherChangesTheDraft() {
    String id = Editorial.create(editor, Articles.aDraftWithSections(1));
    String etag = Editorial.etag(editor, id);
    ArticleContent content = Articles.aDraftWithSections(1);
    String body =
        Editorial.json(
            Articles.withSlug(
                content, as(editor).get("/v1/editorial/articles/" + id).path("content.slug")));

    as(editor)
        .header("If-Match", etag)
        .body(body)
        .put("/v1/editorial/articles/" + id)
        .then()
        .statusCode(200);
    Response saved = as(editor).get("/v1/editorial/articles/" + id);
    as(editor)
        .header("If-Match", etag)
        .body(body)
        .put("/v1/editorial/articles/" + id)
        .then()
        .statusCode(412)
        .contentType("application/problem+json")
        .header("Cache-Control", "no-store");
    as(editor)
        .body(body)
        .put("/v1/editorial/articles/" + id)
        .then()
        .statusCode(428)
        .contentType("application/problem+json");
    as(editor)
        .header("If-Match", "\"garbage")
        .body(body)
        .put("/v1/editorial/articles/" + id)
        .then()
        .statusCode(412);

    as(editor)
        .get("/v1/editorial/articles/" + id)
        .then()
        .header("ETag", saved.header("ETag"))
        .body(equalTo(saved.asString()));
  }

  @Test
  @Tag("owasp-api6")
  void concurrentSavesOfOneDraftLetExactlyOneWin() throws Exception {
    String id = Editorial.create(editor, Articles.aDraftWithSections(1));
    String etag = Editorial.etag(editor, id);
    String slug = as(editor).get("/v1/editorial/articles/" + id).path("content.slug");
    int writers = 6;
    List<Integer> statuses =
        Concurrently.atOnce(
            writers,
            i ->
                () ->
                    as(editor)
                        .header("If-Match", etag)
                        .body(
                            Editorial.json(
                                Articles.withTitle(
                                    Articles.withSlug(Articles.aDraftWithSections(1), slug),
                                    "Writer " + i)))
                        .put("/v1/editorial/articles/" + id)
                        .statusCode());
    assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
    assertEquals(writers - 1, statuses.stream().filter(s -> s == 412).count(), statuses.toString());
  }

  @Test
  void onlyNeverPublishedDraftsCanBeDeleted() {
    String draft = Editorial.create(editor, Articles.aDraftWithSections(1));
    as(editor)
        .header("If-Match", Editorial.etag(editor, draft))
        .delete("/v1/editorial/articles/" + draft)
        .then()
        .statusCode(204);
    as(editor).get("/v1/editorial/articles/" + draft).then().statusCode(404);

    String published = Editorial.create(editor, Articles.aDraftWithSections(1));
    Editorial.publish(publisher, published, "First");
    as(editor)
        .header("If-Match", Editorial.etag(editor, published))
        .delete("/v1/editorial/articles/" + published)
        .then()
        .statusCode(409);
  }

  @Test
  void theDraftListFiltersByStatusAndSlug() {
    ArticleContent content = Articles.aDraftWithSections(1);
    String id = Editorial.create(editor, content);

    as(editor)
        .queryParam("slug", content.slug())
        .get("/v1/editorial/articles")
        .then()
        .statusCode(200)
        .body("items.id", equalTo(List.of(id)))
        .body("items[0].status", equalTo("draft"));
    as(editor)
        .queryParam("slug", content.slug())
        .queryParam("status", "published")
        .get("/v1/editorial/articles")
        .then()
        .body("items", hasSize(0));
    as(editor)
        .queryParam("status", "nonsense")
        .get("/v1/editorial/articles")
        .then()
        .statusCode(400);
    String next =
        as(editor)
            .queryParam("limit", 1)
            .get("/v1/editorial/articles")
            .then()
            .statusCode(200)
            .body("items", hasSize(1))
            .extract()
            .path("next");
    as(editor)
        .queryParam("limit", 1)
        .queryParam("cursor", next)
        .get("/v1/editorial/articles")
        .then()
        .statusCode(200)
        .body("items", hasSize(1));
  }
}

package com.renovare.content.audit;

import static com.renovare.content.editorial.Editorial.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import com.renovare.content.Articles;
import com.renovare.content.article.ArticleContent;
import com.renovare.content.editorial.Editorial;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The audit log names who did what, through which token. */
@QuarkusTest
class AuditLogTest {

  private String editor;
  private String publisher;

  @BeforeEach
  void tokens() {
    editor = Editorial.token("editor");
    publisher = Editorial.token("publisher");
  }

  @Test
  void theAuditLogRecordsWhoDidWhat() {
    ArticleContent content = Articles.aDraftWithSections(1);
    String id = Editorial.create(editor, content);
    Editorial.publish(publisher, id, "Audited");

    as(Editorial.ADMIN)
        .queryParam("limit", 100)
        .get("/v1/editorial/audit")
        .then()
        .statusCode(200)
        .body(
            "items.find { it.action == 'article.publish' && it.targetId == '" + id + "' }.actor",
            equalTo("test-publisher"))
        .body(
            "items.find { it.action == 'article.create' && it.targetId == '" + id + "' }.actor",
            equalTo("test-editor"))
        .body(
            "items.find { it.action == 'article.create' && it.targetId == '" + id + "' }.tokenId",
            notNullValue());
  }
}

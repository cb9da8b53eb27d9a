package com.renovare.content.publishing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.renovare.content.Articles;
import com.renovare.content.Concurrently;
import com.renovare.content.article.ArticleDrafts;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PublishingFlowTest {

  @Inject ArticleDrafts drafts;
  @Inject PublishingService publishing;
  @Inject AgroalDataSource dataSource;

  @Test
  void aRefusedPublishListsEveryReasonAndWritesNothing() throws SQLException {
    String slug = Articles.uniqueSlug();
    UUID id =
        drafts.create(
            Articles.aDraft(
                slug, 1, List.of(), List.of(Articles.featuring("NO-SUCH-SKU", "part-1"))),
            Articles.DESK);

    PublishRefused refused =
        assertThrows(PublishRefused.class, () -> publishing.publish(id, Articles.DESK, "First"));

    assertEquals(
        List.of("unknown-product"),
        refused.decision().reasons().stream().map(PublishDecision.Reason::code).toList());
    assertEquals(0, count("select count(*) from article_version where article_id = ?", id));
    assertEquals(0, count("select count(*) from published_article where article_id = ?", id));
    given().get("/v1/articles/" + slug).then().statusCode(404);
  }

  @Test
  void concurrentPublishesOfOneArticleGiveConsecutiveVersions() throws Exception {
    UUID id = drafts.create(Articles.aDraftWithSections(2), Articles.DESK);
    List<Integer> versions =
        Concurrently.atOnce(
                6, i -> () -> publishing.publish(id, Articles.DESK, "Concurrent").version())
            .stream()
            .sorted()
            .toList();

    assertEquals(List.of(1, 2, 3, 4, 5, 6), versions);
    assertEquals(6, count("select count(*) from article_version where article_id = ?", id));
    assertEquals(
        6, count("select current_version from published_article where article_id = ?", id));
  }

  private int count(String sql, UUID id) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setObject(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getInt(1) : 0;
      }
    }
  }
}

package com.renovare.content.publishing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.renovare.content.Articles;
import com.renovare.content.article.ArticleDrafts;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
    int publishers = 6;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(publishers);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int i = 0; i < publishers; i++) {
        Callable<Integer> publish =
            () -> {
              start.await();
              return publishing.publish(id, Articles.DESK, "Concurrent").version();
            };
        results.add(pool.submit(publish));
      }
      start.countDown();
      List<Integer> versions = new ArrayList<>();
      for (Future<Integer> result : results) {
        versions.add(result.get());
      }
      versions.sort(null);

      assertEquals(List.of(1, 2, 3, 4, 5, 6), versions);
      assertEquals(6, count("select count(*) from article_version where article_id = ?", id));
      assertEquals(
          6, count("select current_version from published_article where article_id = ?", id));
    } finally {
      pool.shutdownNow();
    }
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

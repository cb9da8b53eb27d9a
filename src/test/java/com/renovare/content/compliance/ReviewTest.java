package com.renovare.content.compliance;

import static com.renovare.content.compliance.ClaimArticles.article;
import static com.renovare.content.compliance.ClaimArticles.paragraph;
import static com.renovare.content.compliance.ClaimArticles.review;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.renovare.content.Articles;
import com.renovare.content.article.ArticleContent;
import com.renovare.content.citation.link.LinkChecker;
import com.renovare.content.citation.link.Pages;
import com.renovare.content.delivery.DeliveryCache;
import com.renovare.content.editorial.Editorial;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The medical review: its status in delivery, and the editors' re-review list. */
@QuarkusTest
class ReviewTest {

  private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

  @Inject AgroalDataSource database;
  @Inject DeliveryCache cache;
  @Inject LinkChecker checker;

  @Test
  void aReviewDueLaterIsCurrentUntilTheDueDatePassesThenOverdueOnTheCurrentUrlOnly()
      throws Exception {
    ArticleContent content =
        article(
            Articles.uniqueSlug(),
            "en-US",
            review(TODAY.minusDays(10), TODAY.plusDays(30)),
            paragraph("Folate is a B vitamin."));
    String id = publish(content);
    String url = "/v1/articles/" + content.slug();

    Response before = given().get(url);
    before
        .then()
        .statusCode(200)
        .header("Content-Location", url + "/versions/1")
        .body("review.status", equalTo("current"))
        .body("review.reviewedBy.name", equalTo("Dr. Test Reviewer"))
        .body("review.reviewedBy.credentials", equalTo("MD, test credentials"))
        .body("review.reviewedAt", equalTo(TODAY.minusDays(10).toString()))
        .body("review.nextReviewDue", equalTo(TODAY.plusDays(30).toString()));
    byte[] published = given().get(url + "/versions/1").asByteArray();

    // The due date passes: what the clock would do in 31 days, done to the stored time.
    try (Connection c = database.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "update article_version set review_overdue_at = now() - interval '1 second'"
                    + " where article_id = ?::uuid")) {
      ps.setString(1, id);
      assertEquals(1, ps.executeUpdate());
    }
    cache.evictArticle(content.slug());

    Response after = given().get(url);
    after
        .then()
        .statusCode(200)
        .header("Content-Location", nullValue())
        .body("version", equalTo(1))
        .body("review.status", equalTo("overdue"));
    assertNotEquals(before.header("ETag"), after.header("ETag"));
    given().header("If-None-Match", before.header("ETag")).get(url).then().statusCode(200);
    given().header("If-None-Match", after.header("ETag")).get(url).then().statusCode(304);
    assertTrue(
        Arrays.equals(published, given().get(url + "/versions/1").asByteArray()),
        "the version URL keeps the status it was published with");
    given().get(url + "/versions/1").then().body("review.status", equalTo("current"));
  }

  @Test
  void aReviewPublishedAfterItsDueDateIsOverdueEverywhere() {
    ArticleContent content =
        article(
            Articles.uniqueSlug(),
            "en-US",
            review(TODAY.minusYears(2), TODAY.minusDays(1)),
            paragraph("Iodine is a trace element."));
    publish(content);
    given()
        .get("/v1/articles/" + content.slug())
        .then()
        .statusCode(200)
        .header("Content-Location", "/v1/articles/" + content.slug() + "/versions/1")
        .body("review.status", equalTo("overdue"));
  }

  @Test
  void aReviewDueBeforeItWasDoneIsRefused() {
    ArticleContent content =
        article(
            Articles.uniqueSlug(),
            "en-US",
            review(TODAY, TODAY.minusDays(1)),
            paragraph("Copper is a trace element."));
    Editorial.as(Editorial.ADMIN)
        .body(Editorial.json(content))
        .post("/v1/editorial/articles")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("violations.message", hasItem("nextReviewDue must be after reviewedAt"));
    Editorial.as(Editorial.ADMIN)
        .get("/v1/editorial/articles?slug=" + content.slug())
        .then()
        .statusCode(200)
        .body("items.size()", equalTo(0));
  }

  @Test
  void theReReviewListNamesUnreviewedOverdueBrokenAndChangedSourceArticles() throws Exception {
    try (Pages site = Pages.start()) {
      site.status("/gone", 404).html("/living", "<p>First text.</p>");
      String gone = citation(site.url("/gone"));
      String living = citation(site.url("/living"));

      ArticleContent unreviewed = article("en-US", paragraph("Chromium is a trace mineral."));
      ArticleContent overdue =
          article(
              Articles.uniqueSlug(),
              "en-US",
              review(TODAY.minusYears(2), TODAY.minusDays(3)),
              paragraph("Manganese is a trace mineral."));
      ArticleContent fine =
          article(
              Articles.uniqueSlug(),
              "en-US",
              review(TODAY.minusDays(1), TODAY.plusYears(1)),
              paragraph("Molybdenum is a trace mineral."));
      ArticleContent citesBroken = citing(fine, gone, Articles.uniqueSlug());
      ArticleContent citesChanged = citing(fine, living, Articles.uniqueSlug());
      for (ArticleContent c : List.of(unreviewed, overdue, fine, citesBroken, citesChanged)) {
        publish(c);
      }

      checker.checkNow(gone);
      checker.checkNow(living);
      site.html("/living", "<p>Rewritten text.</p>");
      checker.checkNow(living);

      Map<String, List<Map<String, Object>>> reasons = reReviewList();
      assertEquals(List.of("not-reviewed"), codes(reasons.get(unreviewed.slug())));
      assertEquals(List.of("review-overdue"), codes(reasons.get(overdue.slug())));
      assertEquals(null, reasons.get(fine.slug()), "reviewed, current, sources fine");
      assertEquals(List.of("source-broken"), codes(reasons.get(citesBroken.slug())));
      assertEquals(gone, reasons.get(citesBroken.slug()).get(0).get("citation"));
      assertEquals(List.of("source-changed"), codes(reasons.get(citesChanged.slug())));
      assertEquals(living, reasons.get(citesChanged.slug()).get(0).get("citation"));
    }
  }

  @Test
  void theReReviewListRefusesAMalformedCursor() {
    Editorial.as(Editorial.ADMIN)
        .get("/v1/editorial/reviews?cursor=not-a-cursor")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }

  /** Every entry of the re-review list, page by page: slug to reasons. */
  private static Map<String, List<Map<String, Object>>> reReviewList() {
    Map<String, List<Map<String, Object>>> all = new HashMap<>();
    String cursor = null;
    do {
      JsonPath page =
          Editorial.as(Editorial.ADMIN)
              .queryParam("limit", 100)
              .queryParams(cursor == null ? Map.of() : Map.of("cursor", cursor))
              .get("/v1/editorial/reviews")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      List<Map<String, Object>> items = page.getList("items");
      for (Map<String, Object> item : items) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> reasons = (List<Map<String, Object>>) item.get("reasons");
        all.put((String) item.get("slug"), reasons);
      }
      cursor = page.getString("next");
    } while (cursor != null);
    return all;
  }

  private static List<Object> codes(List<Map<String, Object>> reasons) {
    return reasons == null
        ? null
        : new ArrayList<>(reasons.stream().map(r -> r.get("code")).toList());
  }

  private static String publish(ArticleContent content) {
    String id = Editorial.create(Editorial.ADMIN, content);
    Editorial.publish(Editorial.ADMIN, id, "Review test.");
    return id;
  }

  private static String citation(String url) {
    String key = "review-test-" + UUID.randomUUID().toString().substring(0, 8);
    Editorial.as(Editorial.ADMIN)
        .body(
            Map.of(
                "key",
                key,
                "type",
                "webpage",
                "title",
                "Test source " + key,
                "authors",
                List.of(),
                "url",
                url))
        .post("/v1/editorial/citations")
        .then()
        .statusCode(201);
    return key;
  }

  private static ArticleContent citing(ArticleContent base, String key, String slug) {
    return new ArticleContent(
        slug,
        base.locale(),
        base.title(),
        base.summary(),
        base.topics(),
        base.authors(),
        base.heroImage(),
        base.sections(),
        base.productLinks(),
        List.of(ClaimArticles.CITED, key),
        base.credits(),
        base.disclaimers(),
        base.review());
  }
}

package com.renovare.content.seed;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.renovare.content.delivery.DeliveryCache;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SeedPublisherTest {

  @Inject SeedPublisher seed;
  @Inject AgroalDataSource dataSource;
  @Inject DeliveryCache cache;

  @Test
  void startingAgainNeitherDuplicatesNorReversionsTheSeed() throws SQLException {
    String etag = given().get("/v1/articles/vitamin-k2-mk7").header("ETag");
    long products = count("select count(*) from product where sample");
    long citations = count("select count(*) from citation");

    seed.onStart(new StartupEvent());
    seed.onStart(new StartupEvent());

    assertEquals(products, count("select count(*) from product where sample"));
    assertEquals(citations, count("select count(*) from citation"));
    assertEquals(1, count("select count(*) from article where slug = 'vitamin-k2-mk7'"));
    given()
        .get("/v1/articles/vitamin-k2-mk7/versions")
        .then()
        .statusCode(200)
        .body("items.version", equalTo(List.of(1)))
        .body("items[0].publishedBy", equalTo("Renovare seed bundle"));
    given().header("If-None-Match", etag).get("/v1/articles/vitamin-k2-mk7").then().statusCode(304);
  }

  @Test
  void aDatabaseSeededBeforeSafetyNotesGetsTheSeedNoteOnItsNextStart() throws SQLException {
    String etag = given().get("/v1/articles/vitamin-k2-mk7").header("ETag");
    // What a database seeded by the bundle as it was before safety notes holds.
    execute("delete from safety_note where note_key = 'vitamin-k-anticoagulants'");
    execute("delete from citation where citation_key = 'nih-ods-vitamin-k-fact-sheet'");
    // Rows deleted behind the service's back announce nothing; that database starts empty-cached.
    cache.evictCatalog();
    given().get("/v1/products/SAMPLE-K2-MK7-100").then().body("safetyNotes", hasSize(0));

    seed.onStart(new StartupEvent());

    assertEquals(
        1, count("select count(*) from safety_note where note_key = 'vitamin-k-anticoagulants'"));
    given()
        .get("/v1/products/SAMPLE-K2-MK7-100")
        .then()
        .statusCode(200)
        .body("safetyNotes[0].key", equalTo("vitamin-k-anticoagulants"))
        .body(
            "safetyNotes[0].sources[0].url",
            equalTo("https://ods.od.nih.gov/factsheets/VitaminK-HealthProfessional/"));
    // The published article is not re-versioned by a restart; it carries the note as it was.
    given().header("If-None-Match", etag).get("/v1/articles/vitamin-k2-mk7").then().statusCode(304);
  }

  private void execute(String sql) throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate(sql);
    }
  }

  private long count(String sql) throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}

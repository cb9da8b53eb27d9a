package com.renovare.content.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.renovare.content.editorial.Editorial;
import com.renovare.content.platform.paging.Paging;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every paged list answers a cursor it did not issue with 400, however the cursor is made: a time
 * far outside what the database stores, or text the database refuses (a NUL character). Before,
 * such cursors reached the SQL query and came back as 500 or 503 with an ERROR in the log.
 */
@QuarkusTest
class PagedEndpointCursorsTest {

  private static final String NO_ID = "00000000-0000-0000-0000-000000000000";

  @Test
  void everyPagedListRefusesACursorOutOfRangeOrHoldingANulWith400() {
    String webhook =
        Editorial.as(Editorial.ADMIN)
            .body(Map.of("url", "http://127.0.0.1:9/cursors", "events", List.of("product.changed")))
            .post("/v1/editorial/webhooks")
            .then()
            .statusCode(201)
            .extract()
            .path("subscription.id");
    List<String> epochCursors =
        List.of(
            Paging.encodeCursor("1000000000000000000", "vitamin-k2-mk7"),
            Paging.encodeCursor("-1000000000000000000", "vitamin-k2-mk7"),
            Paging.encodeCursor("253402300800000", "vitamin-k2-mk7"),
            Paging.encodeCursor("1700000000000", "vitamin\u0000k2"));
    Map<String, List<String>> cursors =
        Map.of(
            "/v1/articles",
            epochCursors,
            "/v1/products/SAMPLE-K2-MK7-100/articles",
            epochCursors,
            "/v1/editorial/webhooks/" + webhook + "/deliveries",
            List.of(
                Paging.encodeCursor("+1000000-01-01T00:00:00Z", NO_ID),
                Paging.encodeCursor("-1000000-01-01T00:00:00Z", NO_ID),
                Paging.encodeCursor("+1000000000-12-31T23:59:59Z", NO_ID)),
            "/v1/editorial/articles",
            List.of(Paging.encodeCursor("s", "vitamin\u0000k2")),
            "/v1/editorial/reviews",
            List.of(Paging.encodeCursor("r", "vitamin\u0000k2")),
            "/v1/editorial/safety-notes",
            List.of(Paging.encodeCursor("n", "vitamin\u0000k2")),
            "/v1/editorial/audit",
            List.of(Paging.encodeCursor("a", "99999999999999999999")),
            "/v1/articles/vitamin-k2-mk7/versions",
            List.of(Paging.encodeCursor("v", "99999999999")));
    cursors.forEach(
        (path, list) -> {
          for (String cursor : list) {
            RequestSpecification request =
                path.startsWith("/v1/editorial") ? Editorial.as(Editorial.ADMIN) : given();
            request
                .queryParam("cursor", cursor)
                .get(path)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/invalid-parameter"))
                .body("violations[0].field", equalTo("cursor"));
          }
        });
    given()
        .queryParam("since", Paging.encodeCursor("1\u0000"))
        .get("/v1/changes")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("violations[0].field", equalTo("since"));
  }
}

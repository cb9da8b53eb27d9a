package com.renovare.content.editorial;

import static com.renovare.content.editorial.Editorial.ADMIN;
import static com.renovare.content.editorial.Editorial.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.renovare.content.Articles;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The bounds openapi.yaml states for request fields are the ones the service holds clients to: a
 * value just past each kind of bound is refused with a 400 problem naming the field, and nothing is
 * written.
 */
@Tag("owasp-api4")
@QuarkusTest
class ContractBoundsTest {

  @Test
  void aStringLongerThanItsMaxLengthIsRefused() {
    String slug = Articles.uniqueSlug();
    String body =
        Editorial.json(Articles.aDraftWithSections(1))
            .replaceFirst("\"slug\":\"[^\"]*\"", "\"slug\":\"" + slug + "\"")
            // Seven characters: one past the locale's maxLength of 6.
            .replace("\"locale\":\"en-US\"", "\"locale\":\"en-USAA\"");

    as(ADMIN)
        .body(body)
        .post("/v1/editorial/articles")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/invalid-input"))
        .body("violations.field", hasItem("locale"));
    as(ADMIN)
        .get("/v1/editorial/articles?limit=100")
        .then()
        .statusCode(200)
        .body("items.slug", not(hasItem(slug)));
  }

  @Test
  void aListItemLongerThanItsMaxLengthIsRefused() {
    String name = "bounds-" + System.nanoTime();

    as(ADMIN)
        .body(Map.of("name", name, "roles", List.of("publisherX")))
        .post("/v1/editorial/tokens")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("violations.field", hasItem("roles[0]"));
    as(ADMIN)
        .get("/v1/editorial/tokens")
        .then()
        .statusCode(200)
        .body("items.name", not(hasItem(name)));
  }

  @Test
  void aDateLongerThanTheLongestInstantIsRefusedEvenWhenJacksonCouldReadIt() {
    String name = "bounds-" + System.nanoTime();
    // Epoch seconds padded to 38 characters: Jackson alone reads this as an instant in 2030.
    String padded = "0".repeat(28) + "1900000000";

    as(ADMIN)
        .body(Map.of("name", name, "roles", List.of("editor"), "expiresAt", padded))
        .post("/v1/editorial/tokens")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("violations.field", hasItem("expiresAt"));
    as(ADMIN)
        .get("/v1/editorial/tokens")
        .then()
        .statusCode(200)
        .body("items.name", not(hasItem(name)));
  }

  @Test
  void aDateWithinTheLengthIsStillRead() {
    as(ADMIN)
        .body(
            Map.of(
                "name",
                "bounds-" + System.nanoTime(),
                "roles",
                List.of("editor"),
                "expiresAt",
                "2099-01-01T00:00:00.123456789Z"))
        .post("/v1/editorial/tokens")
        .then()
        .statusCode(201)
        .body("token.expiresAt", equalTo("2099-01-01T00:00:00.123456789Z"));
  }

  @Test
  void aLocalDateLongerThanItsMaxLengthIsRefused() {
    as(ADMIN)
        .body(
            Map.of(
                "key",
                "bounds-" + System.nanoTime(),
                "type",
                "webpage",
                "title",
                "A page",
                "url",
                "https://example.org/page",
                // Seventeen characters: one past LocalDate's longest form.
                "accessed",
                "+0000000002026-11"))
        .post("/v1/editorial/citations")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("violations.field", hasItem("accessed"));
  }
}

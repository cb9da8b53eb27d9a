package com.renovare.content.access;

import static com.renovare.content.editorial.Editorial.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.renovare.content.editorial.Editorial;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Bearer tokens of the editorial API: a secret is shown once, stored hashed, revocable, and never
 * taken from the query string.
 */
@QuarkusTest
class EditorialTokensTest {

  /**
   * Found by HostileInputFuzzTest: a hundred thousand nulls where three roles are allowed made Bean
   * Validation report each element, and the request ran past the client's timeout.
   */
  @Test
  @Tag("owasp-api4")
  void aRoleListFarOverItsLimitIsRefusedNamedOnceAndCreatesNothing() {
    List<String> roles = Collections.nCopies(100_000, null);
    Map<String, Object> body = new HashMap<>();
    body.put("name", "far-too-many-roles");
    body.put("roles", roles);
    as(Editorial.ADMIN)
        .body(body)
        .post("/v1/editorial/tokens")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("violations.size()", equalTo(1))
        .body("violations[0].field", equalTo("roles"))
        .body("violations[0].message", equalTo("size must be between 0 and 3"));
    as(Editorial.ADMIN)
        .get("/v1/editorial/tokens")
        .then()
        .statusCode(200)
        .body("items.name", not(hasItem("far-too-many-roles")));
  }

  @Test
  @Tag("owasp-api2")
  @Tag("owasp-api6")
  void tokensAreShownOnceStoredHashedAndCanBeRevokedOrExpire() {
    Response issued =
        as(Editorial.ADMIN)
            .body(Map.of("name", "short-lived", "roles", List.of("editor")))
            .post("/v1/editorial/tokens");
    issued
        .then()
        .statusCode(201)
        .body("secret", startsWith("rca_"))
        .body("token.role", equalTo("editor"));
    String secret = issued.path("secret");
    String tokenId = issued.path("token.id");
    assertEquals(47, secret.length());

    as(Editorial.ADMIN)
        .get("/v1/editorial/tokens")
        .then()
        .statusCode(200)
        .body(not(containsString(secret)))
        .body("items.name", hasItem("short-lived"))
        .body("items.find { it.name == 'short-lived' }.secret", nullValue());
    as(secret).get("/v1/editorial/articles").then().statusCode(200);
    as(Editorial.ADMIN)
        .delete("/v1/editorial/tokens/" + tokenId)
        .then()
        .statusCode(200)
        .body("revokedAt", notNullValue());
    as(secret)
        .get("/v1/editorial/articles")
        .then()
        .statusCode(401)
        .header("WWW-Authenticate", startsWith("Bearer"))
        .body("detail", equalTo("The bearer token is unknown, expired or revoked."));

    as(Editorial.ADMIN)
        .body(
            Map.of(
                "name",
                "past",
                "roles",
                List.of("editor"),
                "expiresAt",
                Instant.now().minusSeconds(5).toString()))
        .post("/v1/editorial/tokens")
        .then()
        .statusCode(400);
  }

  @Test
  @Tag("owasp-api2")
  void credentialsInTheQueryStringAreRefused() {
    for (String name : List.of("access_token", "token", "api_key", "apikey")) {
      given()
          .queryParam(name, Editorial.ADMIN)
          .get("/v1/editorial/articles")
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("violations[0].field", equalTo(name));
      given().queryParam(name, "rck_x").get("/v1/articles").then().statusCode(400);
    }
  }
}

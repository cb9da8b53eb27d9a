package com.renovare.content.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.renovare.content.editorial.Editorial;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * OWASP API2:2023 Broken Authentication: editorial operations need a valid bearer token, a revoked
 * token stops working at once, credentials are never taken from the URL, and a bad partner key is
 * refused rather than treated as anonymous. Guessing tokens is slowed down per address (see {@link
 * Api2TokenGuessingTest}).
 */
@QuarkusTest
class Api2BrokenAuthenticationTest {

  @Test
  void api2_editorialOperationsRefuseMissingMalformedAndUnknownTokens() {
    for (String authorization :
        new String[] {
          null, "", "Bearer", "Bearer ", "Basic YWRtaW46YWRtaW4=", "Bearer rca_guessed", "Token x"
        }) {
      var request = given();
      if (authorization != null) {
        request = request.header("Authorization", authorization);
      }
      request
          .get("/v1/editorial/articles")
          .then()
          .statusCode(401)
          .contentType("application/problem+json")
          .header("WWW-Authenticate", startsWith("Bearer realm=\"editorial\""))
          .body("status", equalTo(401));
    }
  }

  @Test
  void api2_aRevokedTokenIsRefusedAtOnce() {
    JsonPath issued =
        Editorial.as(Editorial.ADMIN)
            .body(Map.of("name", "revoke-me", "roles", List.of("editor")))
            .post("/v1/editorial/tokens")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    String secret = issued.getString("secret");
    Editorial.as(secret).get("/v1/editorial/articles").then().statusCode(200);

    Editorial.as(Editorial.ADMIN)
        .delete("/v1/editorial/tokens/" + issued.getString("token.id"))
        .then()
        .statusCode(200);

    Editorial.as(secret)
        .get("/v1/editorial/articles")
        .then()
        .statusCode(401)
        .body("detail", equalTo("The bearer token is unknown, expired or revoked."));
  }

  @Test
  void api2_credentialsInTheQueryStringAreRefused() {
    for (String name : List.of("access_token", "token", "api_key", "apikey")) {
      given()
          .queryParam(name, Editorial.ADMIN)
          .get("/v1/editorial/articles")
          .then()
          .statusCode(400)
          .contentType("application/problem+json");
      given().queryParam(name, "rck_x").get("/v1/articles").then().statusCode(400);
    }
  }

  @Test
  void api2_aBadPartnerKeyIsRefusedNotServedAsAnonymous() {
    given()
        .header("X-API-Key", "rck_not-a-key")
        .get("/v1/articles")
        .then()
        .statusCode(401)
        .header("WWW-Authenticate", startsWith("Bearer realm=\"delivery\""));
    given()
        .header("Authorization", "Basic YWRtaW46YWRtaW4=")
        .get("/v1/articles")
        .then()
        .statusCode(401);
    // The editorial admin token is no partner key.
    given().header("X-API-Key", Editorial.ADMIN).get("/v1/articles").then().statusCode(401);
  }
}

package com.renovare.content.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.matchesPattern;

import com.renovare.content.editorial.Editorial;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/**
 * OWASP API2:2023 Broken Authentication, brute force: an address that sent too many wrong tokens
 * (three per hour here) is answered 429 before its next token is looked at, so even a right guess
 * shows nothing. Delivery reads from that address go on.
 */
@QuarkusTest
@TestProfile(TightEditorialBudgets.PerAddress.class)
class Api2TokenGuessingTest {

  @Test
  void api2_guessingTokensFromOneAddressIsStoppedWith429() {
    for (int left = 2; left >= 0; left--) {
      given()
          .header("Authorization", "Bearer rca_guess-" + left)
          .get("/v1/editorial/articles")
          .then()
          .statusCode(401)
          .header("RateLimit-Policy", "\"failed-auth\";q=3;w=3600")
          .header("RateLimit", matchesPattern("\"failed-auth\";r=" + left + ";t=\\d+"));
    }

    given()
        .header("Authorization", "Bearer rca_guess-again")
        .get("/v1/editorial/articles")
        .then()
        .statusCode(429)
        .contentType("application/problem+json")
        .header("Retry-After", matchesPattern("\\d+"));
    // The right token from the same address is not even looked at until the window resets.
    Editorial.as(Editorial.ADMIN)
        .get("/v1/editorial/articles")
        .then()
        .statusCode(429)
        .header("RateLimit", matchesPattern("\"failed-auth\";r=0;t=\\d+"));
    given().get("/v1/articles/vitamin-k2-mk7").then().statusCode(200);
  }
}

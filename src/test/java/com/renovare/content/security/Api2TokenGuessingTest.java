package com.renovare.content.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.matchesPattern;

import com.renovare.content.editorial.Editorial;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * OWASP API2:2023 Broken Authentication, brute force: wrong tokens are counted per client address
 * (three per hour here), and once an address has sent too many, its wrong tokens are answered 429.
 * Only failed authentications count: a valid token from that address (every editor behind the same
 * proxy or NAT) is looked up first and passes, so guessing cannot lock editors out. Delivery reads
 * from that address go on.
 */
@Tag("owasp-api2")
@QuarkusTest
@TestProfile(TightEditorialBudgets.PerAddress.class)
class Api2TokenGuessingTest {

  @Test
  void api2_guessingTokensIsStoppedWith429AndAValidTokenFromTheSameAddressStillPasses() {
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
        .header("Retry-After", matchesPattern("\\d+"))
        .header("RateLimit", matchesPattern("\"failed-auth\";r=0;t=\\d+"));

    // The address's failed budget is empty, yet valid tokens from it work: the admin's, and one
    // the admin issues now.
    Editorial.as(Editorial.ADMIN)
        .get("/v1/editorial/articles")
        .then()
        .statusCode(200)
        .header("RateLimit-Policy", matchesPattern("\"editorial\";q=\\d+;w=\\d+"));
    String editor = Editorial.token("editor");
    Editorial.as(editor).get("/v1/editorial/articles").then().statusCode(200);

    // Valid tokens do not refill the failed budget: guessing from the address is still refused.
    given()
        .header("Authorization", "Bearer rca_guess-after-a-valid-one")
        .get("/v1/editorial/articles")
        .then()
        .statusCode(429)
        .header("Retry-After", matchesPattern("\\d+"));
    given()
        .header("Authorization", "Basic dXNlcjpwYXNz")
        .get("/v1/editorial/articles")
        .then()
        .statusCode(429);
    given().get("/v1/articles/vitamin-k2-mk7").then().statusCode(200);
  }
}

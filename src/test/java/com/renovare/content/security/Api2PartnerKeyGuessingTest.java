package com.renovare.content.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * OWASP API2:2023 Broken Authentication, brute force on delivery: a wrong partner key is charged to
 * the caller's address at the anonymous tier, so each 401 says what is left, and guessing ends in
 * 429 once the budget is spent, like anonymous reading from that address.
 */
@Tag("owasp-api2")
@QuarkusTest
@TestProfile(Api2PartnerKeyGuessingTest.FourAnonymousRequests.class)
class Api2PartnerKeyGuessingTest {

  /** An anonymous tier of four requests an hour, so the window cannot reset mid-test. */
  public static class FourAnonymousRequests implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "content.partners.tiers.anonymous.requests", "4",
          "content.partners.tiers.anonymous.window", "1h");
    }
  }

  @Test
  void api2_guessingPartnerKeysSpendsTheAddressBudgetAndEndsIn429() {
    for (int left = 3; left >= 1; left--) {
      given()
          .header("X-API-Key", "rck_guess-" + left)
          .get("/v1/articles/vitamin-k2-mk7")
          .then()
          .statusCode(401)
          .contentType("application/problem+json")
          .header("RateLimit-Policy", "\"anonymous\";q=4;w=3600")
          .header("RateLimit", matchesPattern("\"anonymous\";r=" + left + ";t=\\d+"));
    }
    given()
        .header("Authorization", "Bearer rck_guess-bearer")
        .get("/v1/articles/vitamin-k2-mk7")
        .then()
        .statusCode(401)
        .header("RateLimit", matchesPattern("\"anonymous\";r=0;t=\\d+"));

    given()
        .header("X-API-Key", "rck_guess-again")
        .get("/v1/articles/vitamin-k2-mk7")
        .then()
        .statusCode(429)
        .contentType("application/problem+json")
        .header("Retry-After", matchesPattern("\\d+"));
    // The guesses spent the address's anonymous budget: reading without a key waits too.
    given().get("/v1/articles/vitamin-k2-mk7").then().statusCode(429);
  }
}

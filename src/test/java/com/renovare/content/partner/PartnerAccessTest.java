package com.renovare.content.partner;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Partner keys and rate limits, through HTTP. The test profile configures a "tight" tier of 3
 * requests per 2 s window.
 */
@QuarkusTest
class PartnerAccessTest {

  private static final String ADMIN = "test-admin-token-for-the-test-suite-0000";
  private static final String ARTICLE = "/v1/articles/vitamin-k2-mk7";
  private static final Pattern REMAINING = Pattern.compile("\"tight\";r=(\\d+);t=(\\d+)");

  @Test
  @Tag("owasp-api6")
  void aKeyIsShownOnceAndReadsTheDeliveryApiAtItsTier() {
    Map<String, Object> issued = issue("acme-app", "premium");
    String secret = (String) issued.get("secret");
    assertTrue(secret.matches("rck_[A-Za-z0-9_-]{43}"), secret);

    given()
        .header("X-API-Key", secret)
        .get(ARTICLE)
        .then()
        .statusCode(200)
        .header("RateLimit-Policy", "\"premium\";q=30000;w=60")
        .header("RateLimit", matchesPattern("\"premium\";r=29999;t=\\d+"));
    given()
        .header("Authorization", "Bearer " + secret)
        .get("/v1/articles")
        .then()
        .statusCode(200)
        .header("RateLimit", matchesPattern("\"premium\";r=29998;t=\\d+"));

    given()
        .header("Authorization", "Bearer " + ADMIN)
        .get("/v1/editorial/api-keys")
        .then()
        .statusCode(200)
        .body("items.name", hasItem("acme-app"))
        .body("tiers", equalTo(List.of("anonymous", "premium", "standard", "tight")))
        .body(not(org.hamcrest.Matchers.containsString(secret)))
        .body(not(org.hamcrest.Matchers.containsString("secret")));
  }

  @Test
  void anonymousReadsGetTheAnonymousTier() {
    given()
        .get(ARTICLE)
        .then()
        .statusCode(200)
        .header("RateLimit-Policy", "\"anonymous\";q=1000000;w=60");
  }

  @Test
  @Tag("owasp-api4")
  void overTheLimitIs429WithTheHeadersUntilTheWindowResets() throws Exception {
    String secret = (String) issue("burst", "tight").get("secret");
    waitForAFreshWindow();
    for (int i = 2; i >= 0; i--) {
      Response ok = given().header("X-API-Key", secret).get(ARTICLE);
      assertEquals(200, ok.statusCode());
      assertEquals(i, remaining(ok));
    }
    Response refused = given().header("X-API-Key", secret).get(ARTICLE);
    refused
        .then()
        .statusCode(429)
        .contentType("application/problem+json")
        .header("RateLimit-Policy", "\"tight\";q=3;w=2")
        .header("RateLimit", matchesPattern("\"tight\";r=0;t=[12]"))
        .header("Retry-After", matchesPattern("[12]"))
        .body("type", equalTo("/problems/too-many-requests"))
        .body("status", equalTo(429));

    Thread.sleep(Long.parseLong(refused.header("Retry-After")) * 1000 + 100);
    given().header("X-API-Key", secret).get(ARTICLE).then().statusCode(200);
  }

  @Test
  @Tag("owasp-api4")
  void revalidationsAnswered304EachCountOneRequest() throws Exception {
    String secret = (String) issue("revalidating", "tight").get("secret");
    waitForAFreshWindow();
    Response first = given().header("X-API-Key", secret).get(ARTICLE);
    assertEquals(2, remaining(first));
    for (int left = 1; left >= 0; left--) {
      Response notModified =
          given()
              .header("X-API-Key", secret)
              .header("If-None-Match", first.header("ETag"))
              .get(ARTICLE);
      assertEquals(304, notModified.statusCode());
      assertEquals(left, remaining(notModified));
    }
    given()
        .header("X-API-Key", secret)
        .header("If-None-Match", first.header("ETag"))
        .get(ARTICLE)
        .then()
        .statusCode(429)
        .contentType("application/problem+json")
        .header("Retry-After", matchesPattern("[12]"))
        .header("ETag", org.hamcrest.Matchers.nullValue());
  }

  @Test
  @Tag("owasp-api4")
  void aConditionalRequestThatIsNot304AfterTheBudgetIsSpentIs429() throws Exception {
    String secret = (String) issue("spent", "tight").get("secret");
    waitForAFreshWindow();
    for (int i = 0; i < 3; i++) {
      given().header("X-API-Key", secret).get(ARTICLE).then().statusCode(200);
    }
    given()
        .header("X-API-Key", secret)
        .header("If-None-Match", "\"v0-other\"")
        .header("Accept-Encoding", "gzip")
        .get(ARTICLE)
        .then()
        .statusCode(429)
        .contentType("application/problem+json")
        .header("Content-Encoding", org.hamcrest.Matchers.nullValue())
        .header("ETag", org.hamcrest.Matchers.nullValue())
        .body("type", equalTo("/problems/too-many-requests"));
  }

  @Test
  @Tag("owasp-api2")
  void unknownRevokedAndMalformedKeysAre401() {
    given()
        .header("X-API-Key", "rck_not-a-key")
        .get(ARTICLE)
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", "Bearer realm=\"delivery\"");
    given()
        .header("Authorization", "Basic dXNlcjpwYXNz")
        .get(ARTICLE)
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
    given().header("X-API-Key", "").get(ARTICLE).then().statusCode(401);
    given().header("X-API-Key", "k".repeat(300)).get(ARTICLE).then().statusCode(401);
    // The editorial admin token is no partner key.
    given().header("X-API-Key", ADMIN).get(ARTICLE).then().statusCode(401);

    Map<String, Object> issued = issue("to-revoke", null);
    String secret = (String) issued.get("secret");
    given().header("X-API-Key", secret).get(ARTICLE).then().statusCode(200);
    String id = (String) ((Map<?, ?>) issued.get("key")).get("id");
    given()
        .header("Authorization", "Bearer " + ADMIN)
        .delete("/v1/editorial/api-keys/" + id)
        .then()
        .statusCode(200)
        .body("revokedAt", not(org.hamcrest.Matchers.nullValue()))
        .body("tier", equalTo("standard"));
    given().header("X-API-Key", secret).get(ARTICLE).then().statusCode(401);
  }

  @Test
  @Tag("owasp-api2")
  void keysInTheQueryStringAreRefused() {
    String secret = (String) issue("in-query", null).get("secret");
    given()
        .queryParam("api_key", secret)
        .get(ARTICLE)
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }

  @Test
  void badKeyRequestsAreRefusedAndChangeNothing() {
    int before = keyCount();
    admin()
        .body(Map.of("name", "x", "tier", "gold"))
        .post("/v1/editorial/api-keys")
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("tier"));
    admin()
        .body(Map.of("name", "x", "expiresAt", Instant.now().minusSeconds(5).toString()))
        .post("/v1/editorial/api-keys")
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("expiresAt"));
    admin()
        .body(Map.of("name", "", "tier", "standard"))
        .post("/v1/editorial/api-keys")
        .then()
        .statusCode(400);
    admin()
        .body(Map.of("name", "x", "secret", "mine"))
        .post("/v1/editorial/api-keys")
        .then()
        .statusCode(400);
    admin().delete("/v1/editorial/api-keys/not-a-uuid").then().statusCode(400);
    admin().delete("/v1/editorial/api-keys/" + java.util.UUID.randomUUID()).then().statusCode(404);
    assertEquals(before, keyCount());
  }

  @Test
  @Tag("owasp-api5")
  void onlyAdminsManageKeys() {
    String editor =
        admin()
            .body(Map.of("name", "an-editor", "roles", List.of("publisher")))
            .post("/v1/editorial/tokens")
            .then()
            .statusCode(201)
            .extract()
            .path("secret");
    given()
        .header("Authorization", "Bearer " + editor)
        .contentType("application/json")
        .body(Map.of("name", "sneaky"))
        .post("/v1/editorial/api-keys")
        .then()
        .statusCode(403);
    given().get("/v1/editorial/api-keys").then().statusCode(401);
  }

  private static int keyCount() {
    return admin()
        .get("/v1/editorial/api-keys")
        .then()
        .statusCode(200)
        .extract()
        .path("items.size()");
  }

  private static io.restassured.specification.RequestSpecification admin() {
    return given().header("Authorization", "Bearer " + ADMIN).contentType("application/json");
  }

  private static Map<String, Object> issue(String name, String tier) {
    Map<String, Object> body =
        tier == null ? Map.of("name", name) : Map.of("name", name, "tier", tier);
    return admin()
        .body(body)
        .post("/v1/editorial/api-keys")
        .then()
        .statusCode(201)
        .body("secret", startsWith("rck_"))
        .body("key.name", equalTo(name))
        .extract()
        .as(Map.class);
  }

  /** Waits until a new 2 s window has at least 1.5 s left, so a test's requests share one. */
  private static void waitForAFreshWindow() throws InterruptedException {
    long window = 2000;
    while (System.currentTimeMillis() % window > 400) {
      Thread.sleep(20);
    }
  }

  private static int remaining(Response response) {
    Matcher m = REMAINING.matcher(response.header("RateLimit"));
    assertTrue(m.matches(), response.header("RateLimit"));
    return Integer.parseInt(m.group(1));
  }
}

package com.renovare.content.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.renovare.content.Management;
import com.renovare.content.editorial.Editorial;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * OWASP API8:2023 Security Misconfiguration: hardening headers on every answer (errors, /q/* and
 * the management port included), CORS for the configured storefront origin on delivery only, TRACE
 * and TRACK refused on both ports, and no Swagger UI or Dev UI unless switched on. The test profile
 * allows the storefront origin https://shop.renovare.test, as an operator would configure theirs.
 */
@Tag("owasp-api8")
@QuarkusTest
class Api8SecurityMisconfigurationTest {

  private static final String STOREFRONT = "https://shop.renovare.test";
  private static final String SEED = "/v1/articles/vitamin-k2-mk7";

  private static final Map<String, String> HARDENING =
      Map.of(
          "X-Content-Type-Options", "nosniff",
          "X-Frame-Options", "DENY",
          "Referrer-Policy", "no-referrer",
          "Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "GET " + SEED,
        "GET /v1/articles/no-such-article",
        "GET /v1/articles?limit=0",
        "GET /v1/editorial/articles",
        "GET /v1/editorial/articles#admin",
        "POST /v1/editorial/articles",
        "DELETE /v1/articles",
        "GET /nothing/here",
        "GET /q/health/ready",
        "GET /q/openapi",
        "TRACE /v1/articles"
      })
  void api8_everyAnswerCarriesTheHardeningHeaders(String call) {
    String[] parts = call.split(" ");
    RequestSpecification request = given();
    if (parts[1].endsWith("#admin")) {
      request = Editorial.as(Editorial.ADMIN);
      parts[1] = parts[1].substring(0, parts[1].length() - "#admin".length());
    }
    Response response = request.request(parts[0], parts[1]);
    HARDENING.forEach(
        (name, value) -> assertEquals(value, response.header(name), name + " on " + call));
  }

  @Test
  void api8_aStorefrontPreflightOnDeliveryIsAllowedForReadsOnly() {
    given()
        .header("Origin", STOREFRONT)
        .header("Access-Control-Request-Method", "GET")
        .header("Access-Control-Request-Headers", "x-api-key, if-none-match")
        .options("/v1/articles")
        .then()
        .statusCode(204)
        .header("Access-Control-Allow-Origin", STOREFRONT)
        .header("Access-Control-Allow-Methods", "GET, HEAD")
        .header("Access-Control-Allow-Headers", containsString("If-None-Match"))
        .header("Access-Control-Allow-Headers", containsString("X-API-Key"))
        .header("Access-Control-Max-Age", "3600")
        .header("Access-Control-Allow-Credentials", nullValue());
  }

  @Test
  void api8_aStorefrontReadGetsTheOriginTheExposedHeadersAndVaryOrigin() {
    given()
        .header("Origin", STOREFRONT)
        .get(SEED)
        .then()
        .statusCode(200)
        .header("Access-Control-Allow-Origin", STOREFRONT)
        .header("Access-Control-Expose-Headers", containsString("ETag"))
        .header("Access-Control-Expose-Headers", containsString("RateLimit-Policy"))
        .header("Access-Control-Expose-Headers", containsString("Content-Location"))
        .header("Vary", "Accept, Accept-Encoding, Origin");
    // Errors too: a storefront must be able to read why it was refused.
    given()
        .header("Origin", STOREFRONT)
        .get("/v1/articles/no-such-article")
        .then()
        .statusCode(404)
        .header("Access-Control-Allow-Origin", STOREFRONT)
        .header("Vary", containsString("Origin"));
  }

  @Test
  void api8_otherOriginsGetNoCorsButCachesStillVaryOnOrigin() {
    for (String origin : List.of("https://evil.example", "null", STOREFRONT + ".evil.example")) {
      given()
          .header("Origin", origin)
          .get(SEED)
          .then()
          .statusCode(200)
          .header("Access-Control-Allow-Origin", nullValue())
          .header("Access-Control-Expose-Headers", nullValue())
          .header("Vary", "Accept, Accept-Encoding, Origin");
      given()
          .header("Origin", origin)
          .header("Access-Control-Request-Method", "GET")
          .options("/v1/articles")
          .then()
          .header("Access-Control-Allow-Origin", nullValue())
          .header("Access-Control-Allow-Methods", nullValue());
    }
  }

  @Test
  void api8_editorialPathsNeverAnswerCorsEvenForTheStorefront() {
    Editorial.as(Editorial.ADMIN)
        .header("Origin", STOREFRONT)
        .get("/v1/editorial/articles")
        .then()
        .statusCode(200)
        .header("Access-Control-Allow-Origin", nullValue());
    given()
        .header("Origin", STOREFRONT)
        .header("Access-Control-Request-Method", "POST")
        .header("Access-Control-Request-Headers", "authorization, content-type")
        .options("/v1/editorial/articles")
        .then()
        .header("Access-Control-Allow-Origin", nullValue())
        .header("Access-Control-Allow-Methods", nullValue());
    given()
        .header("Origin", STOREFRONT)
        .get("/q/openapi")
        .then()
        .header("Access-Control-Allow-Origin", nullValue());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "TRACE /v1/articles",
        "TRACE " + SEED,
        "TRACE /v1/editorial/articles",
        "TRACK /v1/articles",
        "TRACE /q/openapi",
        "TRACE /nothing/here"
      })
  void api8_traceAndTrackAreRefusedEverywhereWithoutEchoingTheRequest(String call) {
    String[] parts = call.split(" ");
    Response response =
        given()
            .header("Authorization", "Bearer secret-that-must-not-come-back")
            .header("X-Probe", "echo-me-if-you-can")
            .request(parts[0], parts[1]);
    response
        .then()
        .statusCode(405)
        .contentType("application/problem+json")
        .header("Allow", not(containsString("TRACE")))
        .body("status", equalTo(405))
        .body("type", equalTo("/problems/method-not-allowed"));
    String body = response.asString();
    assertFalse(body.contains("secret-that-must-not-come-back"), body);
    assertFalse(body.contains("echo-me-if-you-can"), body);
    assertNull(response.header("X-Probe"));
  }

  /** The management port answers operators' probes and scrapers as carefully as the API port. */
  @ParameterizedTest
  @ValueSource(strings = {"/q/health/ready", "/q/health/live", "/q/metrics", "/nothing/here"})
  void api8_theManagementPortCarriesTheHardeningHeadersAndRefusesTrace(String path) {
    Response answer = Management.given().header("Origin", STOREFRONT).get(path);
    HARDENING.forEach(
        (name, value) -> assertEquals(value, answer.header(name), name + " on GET " + path));
    assertNull(answer.header("Access-Control-Allow-Origin"), "CORS on GET " + path);
    for (String method : List.of("TRACE", "TRACK")) {
      Response refused =
          Management.given()
              .header("Authorization", "Bearer secret-that-must-not-come-back")
              .request(method, path);
      refused.then().statusCode(405).header("Allow", not(containsString("TRACE")));
      assertFalse(refused.asString().contains("secret-that-must-not-come-back"));
      HARDENING.forEach(
          (name, value) ->
              assertEquals(value, refused.header(name), name + " on " + method + " " + path));
    }
  }

  @Test
  void api8_swaggerUiAndDevUiAreNotServedUnlessSwitchedOn() {
    for (String path : List.of("/q/swagger-ui", "/q/swagger-ui/", "/q/dev-ui", "/q/dev-ui/")) {
      // Switched-off Swagger UI answers its own bodiless 404; what matters is that no page comes.
      given().get(path).then().statusCode(404).body(not(containsString("<html")));
    }
  }

  @Test
  void api8_errorsNameNoClassesStackTracesOrSql() {
    for (Response response :
        List.of(
            given().contentType("application/json").body("{").post("/v1/editorial/articles"),
            Editorial.as(Editorial.ADMIN).body("{\"slug\": [1, 2]}").post("/v1/editorial/articles"),
            given().get("/v1/articles?limit=abc"),
            given().get("/v1/articles/%00"))) {
      String body = response.asString();
      assertEquals("application/problem+json", response.contentType(), body);
      for (String leak : List.of("java.", "Exception", "\tat ", "SQL", "select ", "org.")) {
        assertFalse(body.contains(leak), leak + " in " + body);
      }
    }
  }
}

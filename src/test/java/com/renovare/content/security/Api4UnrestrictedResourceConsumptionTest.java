package com.renovare.content.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.renovare.content.editorial.Editorial;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * OWASP API4:2023 Unrestricted Resource Consumption: page sizes, bodies, headers and JSON nesting
 * are bounded before they cost anything, and every answer says what is left of the caller's budget.
 * Spent budgets are in {@link Api4EditorialBudgetTest} and the partner tests.
 */
@Tag("owasp-api4")
@QuarkusTest
class Api4UnrestrictedResourceConsumptionTest {

  @Test
  void api4_pageSizesAreBounded() {
    for (String path : List.of("/v1/articles", "/v1/changes")) {
      given()
          .queryParam("limit", 100_000)
          .get(path)
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("violations[0].field", equalTo("limit"));
    }
    Editorial.as(Editorial.ADMIN)
        .queryParam("limit", 100_000)
        .get("/v1/editorial/articles")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }

  @Test
  void api4_oversizedHeadersAreRefusedBeforeAnyRoute() {
    int status =
        given().header("X-Padding", "p".repeat(20 * 1024)).get("/v1/articles").statusCode();
    assertEquals(431, status);
  }

  @Test
  void api4_deeplyNestedJsonIsABadRequestNotACrash() {
    String nested = "[".repeat(5_000) + "]".repeat(5_000);
    Editorial.as(Editorial.ADMIN)
        .body("{\"slug\":\"nested\",\"sections\":" + nested + "}")
        .post("/v1/editorial/articles")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }

  @Test
  void api4_everyDeliveryAndEditorialAnswerCarriesItsBudget() {
    given()
        .get("/v1/articles/vitamin-k2-mk7")
        .then()
        .statusCode(200)
        .header("RateLimit-Policy", startsWith("\"anonymous\";q="))
        .header("RateLimit", notNullValue());
    Editorial.as(Editorial.ADMIN)
        .get("/v1/editorial/articles")
        .then()
        .statusCode(200)
        .header("RateLimit-Policy", startsWith("\"editorial\";q="))
        .header("RateLimit", startsWith("\"editorial\";r="));
    Editorial.as(Editorial.ADMIN)
        .get("/v1/editorial/articles/" + java.util.UUID.randomUUID())
        .then()
        .statusCode(404)
        .header("RateLimit-Policy", startsWith("\"editorial\";q="));
    given()
        .get("/v1/editorial/articles")
        .then()
        .statusCode(401)
        .header("RateLimit-Policy", startsWith("\"failed-auth\";q="));
  }
}

package com.renovare.content.partner;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A conditional request is charged like any other: each one takes a request from the caller's
 * budget before it is answered, 304 included, and once the budget is spent it is refused with 429
 * whatever If-None-Match says. The anonymous tier here is the production one, 300 requests, but per
 * day so that the window cannot reset mid-test.
 */
@Tag("owasp-api4")
@QuarkusTest
@TestProfile(ConditionalRequestBudgetTest.AnonymousTierOf300.class)
class ConditionalRequestBudgetTest {

  private static final int TIER = 300;
  private static final String PRODUCT = "/v1/products/SAMPLE-K2-MK7-100";
  private static final Pattern REMAINING = Pattern.compile("\"anonymous\";r=(\\d+);t=\\d+");

  public static class AnonymousTierOf300 implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "content.partners.tiers.anonymous.requests",
          Integer.toString(TIER),
          "content.partners.tiers.anonymous.window",
          "24h");
    }
  }

  @Test
  void revalidationsEachCostOneRequestAndThoseBeyondTheBudgetAre429() {
    List<Integer> remaining = new ArrayList<>();
    int notModified = 0;
    int tooMany = 0;
    for (int i = 0; i < TIER + 100; i++) {
      Response response = given().header("If-None-Match", "*").get(PRODUCT);
      switch (response.statusCode()) {
        case 304 -> {
          notModified++;
          remaining.add(remaining(response));
        }
        case 429 -> {
          tooMany++;
          assertEquals("application/problem+json", response.contentType());
          assertTrue(response.header("Retry-After").matches("\\d+"), "Retry-After");
          assertEquals(0, remaining(response));
          assertEquals(
              "/problems/too-many-requests", response.jsonPath().getString("type"), "type");
        }
        default -> throw new AssertionError("unexpected status " + response.statusCode());
      }
    }
    System.out.printf(
        "%d revalidations with If-None-Match: * against a budget of %d: %d x 304, %d x 429%n",
        TIER + 100, TIER, notModified, tooMany);
    assertEquals(TIER, notModified, "304 answers");
    assertEquals(100, tooMany, "429 answers");
    for (int i = 0; i < remaining.size(); i++) {
      assertEquals(TIER - 1 - i, remaining.get(i), "requests left after revalidation " + (i + 1));
    }
  }

  private static int remaining(Response response) {
    String header = response.header("RateLimit");
    Matcher m = REMAINING.matcher(header == null ? "" : header);
    assertTrue(m.matches(), "RateLimit: " + header);
    return Integer.parseInt(m.group(1));
  }
}

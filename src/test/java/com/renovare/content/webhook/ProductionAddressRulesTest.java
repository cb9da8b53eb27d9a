package com.renovare.content.webhook;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.renovare.content.editorial.Editorial;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Without the test suite's allowance for 127.0.0.1, as in production, the API refuses every
 * loopback, private and link-local target, however it is written.
 */
@Tag("owasp-api7")
@QuarkusTest
@TestProfile(ProductionAddressRulesTest.NoLoopback.class)
class ProductionAddressRulesTest {

  /** Allows one documentation address (TEST-NET-1) instead of 127.0.0.1. */
  public static class NoLoopback implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("content.webhooks.allow-addresses", "192.0.2.1");
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://127.0.0.1:8081/hook",
        "http://localhost/hook",
        "http://[::1]/hook",
        "http://[::ffff:127.0.0.1]/hook",
        "http://169.254.169.254/latest/meta-data/",
        "http://10.0.0.1/hook"
      })
  void refusesTargetsOffThePublicInternet(String url) {
    Editorial.as(Editorial.ADMIN)
        .body(Map.of("url", url, "events", List.of("article.published")))
        .post("/v1/editorial/webhooks")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("violations[0].field", equalTo("url"))
        .body("violations[0].message", containsString("refused"));
  }
}

package com.renovare.content.security;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.renovare.content.citation.link.LinkChecker;
import com.renovare.content.citation.link.LinkHealth;
import com.renovare.content.citation.link.Pages;
import com.renovare.content.editorial.Editorial;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * OWASP API7:2023 Server Side Request Forgery: the two places where the service fetches a URL it
 * was given, webhook targets and cited web pages, refuse cloud metadata, private, link-local and
 * loopback addresses (the test profile allows 127.0.0.1 only) and any scheme but http(s).
 */
@QuarkusTest
class Api7ServerSideRequestForgeryTest {

  @Inject LinkChecker checker;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://169.254.169.254/latest/meta-data/",
        "http://metadata.google.internal./computeMetadata/v1/",
        "http://10.0.0.1/hook",
        "http://192.168.1.1/hook",
        "http://127.0.0.2:8080/hook",
        "http://[fd00::1]/hook",
        "http://0.0.0.0/hook",
        "file:///etc/passwd",
        "gopher://127.0.0.1:6379/_INFO",
        "ftp://example.org/hook"
      })
  void api7_webhookTargetsOffThePublicInternetAreRefused(String url) {
    Editorial.as(Editorial.ADMIN)
        .body(Map.of("url", url, "events", List.of("article.published")))
        .post("/v1/editorial/webhooks")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("violations[0].field", equalTo("url"));
  }

  @Test
  void api7_aCitedPageOnARefusedAddressIsNeverFetched() throws Exception {
    try (Pages internal = Pages.start("127.0.0.2")) {
      internal.html("/admin", "<p>Internal</p>");
      String key = Pages.cite(internal.url("/admin"));

      LinkHealth health = checker.checkNow(key).orElseThrow();

      assertEquals(LinkHealth.State.BROKEN, health.state());
      assertTrue(health.error().contains("refused"), health.error());
      assertEquals(0, internal.requests(), "the refused address got no request");
    }
  }
}

package com.renovare.content.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.renovare.content.citation.link.LinkChecker;
import com.renovare.content.citation.link.LinkHealth;
import com.renovare.content.citation.link.Pages;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * OWASP API7:2023 Server Side Request Forgery: the two places where the service fetches a URL it
 * was given, webhook targets and cited web pages, refuse cloud metadata, private, link-local and
 * loopback addresses (the test profile allows 127.0.0.1 only) and any scheme but http(s). Webhook
 * targets are checked where subscriptions are, in WebhookFlowTest and ProductionAddressRulesTest.
 */
@Tag("owasp-api7")
@QuarkusTest
class Api7ServerSideRequestForgeryTest {

  @Inject LinkChecker checker;

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

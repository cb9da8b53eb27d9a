package com.renovare.content.citation.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.renovare.content.platform.net.AddressPolicy;
import com.renovare.content.platform.net.OutboundHttp;
import com.renovare.content.platform.net.RebindingResolver;
import com.renovare.content.platform.net.StallingServer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The fetcher with production's address rules: nothing off the public internet is allowed. */
@Tag("owasp-api7")
class LinkFetcherTest {

  private final LinkFetcher production =
      new LinkFetcher(
          new AddressPolicy("content.link-check.allow-addresses", "be checked", List.of()),
          Duration.ofSeconds(1),
          5,
          1024);

  @Test
  void aLoopbackSourceIsRefusedWithoutARequest() throws Exception {
    try (Pages site = Pages.start()) {
      site.html("/page", "<p>Here</p>");

      LinkFetcher.Outcome outcome = production.fetch(site.url("/page"));

      assertFalse(outcome.ok());
      assertTrue(outcome.error().startsWith("URL refused: the host 127.0.0.1"), outcome.error());
      assertNull(outcome.finalUrl());
      assertEquals(0, site.requests());
    }
  }

  @Test
  void aSourceWhoseNameRebindsToLoopbackIsNeverFetchedFromLoopback() throws Exception {
    RebindingResolver dns = new RebindingResolver();
    LinkFetcher rebound =
        new LinkFetcher(
            new OutboundHttp(
                new AddressPolicy("content.link-check.allow-addresses", "be checked", List.of()),
                dns,
                Duration.ofSeconds(1),
                4),
            5,
            1024);
    try (StallingServer loopback = StallingServer.start(StallingServer.Mode.SILENT_BODY)) {
      String url = "http://rebind.example:" + loopback.port() + "/page";

      LinkFetcher.Outcome first = rebound.fetch(url);
      LinkFetcher.Outcome second = rebound.fetch(url);

      assertFalse(first.ok());
      assertFalse(first.error().contains("refused: "), "the public answer is allowed");
      assertFalse(second.ok());
      assertTrue(
          second.error().startsWith("URL refused: the host rebind.example resolves to 127.0.0.1"),
          second.error());
      assertEquals(2, dns.lookups(), "one lookup per connection, used for check and connect");
      assertEquals(0, loopback.connections(), "loopback was never connected to");
    }
  }

  @Test
  void metadataAndPrivateAddressesAndOtherSchemesAreRefused() {
    for (String url :
        List.of(
            "http://169.254.169.254/latest/meta-data/",
            "http://[::ffff:10.0.0.1]/",
            "http://100.64.0.1/",
            "file:///etc/passwd")) {
      LinkFetcher.Outcome outcome = production.fetch(url);
      assertFalse(outcome.ok(), url);
      assertTrue(outcome.error().startsWith("URL refused: "), outcome.error());
    }
  }

  @Test
  void aMalformedUrlIsBrokenNotAnError() {
    LinkFetcher.Outcome outcome = production.fetch("http://exa mple.org/");
    assertFalse(outcome.ok());
    assertEquals("the URL is not valid", outcome.error());
  }

  @Test
  void anUnknownHostIsBrokenButNotCalledRefused() {
    LinkFetcher.Outcome outcome = production.fetch("https://no-such-host.invalid/page#part");
    assertFalse(outcome.ok());
    assertEquals("the host no-such-host.invalid does not resolve", outcome.error());
  }
}

package com.renovare.content.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.renovare.content.platform.net.AddressPolicy;
import com.renovare.content.platform.net.OutboundHttp;
import com.renovare.content.platform.net.RebindingResolver;
import com.renovare.content.platform.net.StallingServer;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One webhook attempt with production's address rules (nothing off the public internet). */
class WebhookSenderTest {

  private static final String SECRET = "whsec_c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LTAxMg==";

  @Test
  void aReceiverWhoseNameRebindsToLoopbackIsNeverConnectedTo() throws Exception {
    RebindingResolver dns = new RebindingResolver();
    WebhookSender sender =
        new WebhookSender(
            new OutboundHttp(
                new AddressPolicy(
                    "content.webhooks.allow-addresses", "receive webhooks", List.of()),
                dns,
                Duration.ofSeconds(1),
                4),
            Clock.systemUTC());
    try (StallingServer loopback = StallingServer.start(StallingServer.Mode.SILENT_BODY)) {
      String url = "http://rebind.example:" + loopback.port() + "/hook";

      WebhookSender.Outcome first = sender.send(url, "evt_1", "{}", SECRET);
      WebhookSender.Outcome second = sender.send(url, "evt_1", "{}", SECRET);

      assertFalse(first.delivered());
      assertFalse(first.error().contains("refused:"), first.error());
      assertFalse(second.delivered());
      assertNull(second.status());
      assertTrue(
          second
              .error()
              .startsWith("Target refused: the host rebind.example resolves to 127.0.0.1"),
          second.error());
      assertEquals(2, dns.lookups(), "one lookup per connection, used for check and connect");
      assertEquals(0, loopback.connections(), "loopback was never connected to");
    }
  }
}

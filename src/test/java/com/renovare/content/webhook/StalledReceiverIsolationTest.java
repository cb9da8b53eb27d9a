package com.renovare.content.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.renovare.content.editorial.Editorial;
import com.renovare.content.platform.net.StallingServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A receiver that stalls on a real socket costs only its own deliveries: a healthy subscriber to
 * the same events keeps getting each of them, and its retries, within a few worker runs (the test
 * profile runs the worker every second with a 2 s attempt deadline).
 */
@QuarkusTest
class StalledReceiverIsolationTest {

  /** Several worker runs; before the fix, events stayed pending for 30 s and more. */
  private static final Duration ON_TIME = Duration.ofSeconds(8);

  @Test
  void aReceiverThatSendsHeadersAndThenNothingDoesNotDelayAnotherSubscriber() throws Exception {
    assertOthersKeepReceiving(StallingServer.Mode.SILENT_BODY);
  }

  @Test
  void aReceiverThatDripsItsAnswerForeverIsCutOffAtTheDeadline() throws Exception {
    List<Duration> latencies = assertOthersKeepReceiving(StallingServer.Mode.DRIP);
    assertEquals(3, latencies.size());
  }

  @Test
  void aManualRedeliveryToAStalledReceiverEndsAtTheDeadline() throws Exception {
    try (StallingServer stalled = StallingServer.start(StallingServer.Mode.DRIP)) {
      String subscription = subscribe(stalled.url("/stall"));
      changeProduct("STALL-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
      String delivery = null;
      for (int i = 0; i < 100 && delivery == null; i++) {
        delivery = log(subscription).getString("items[0].id");
        Thread.sleep(100);
      }

      long started = System.nanoTime();
      JsonPath redelivered =
          Editorial.as(Editorial.ADMIN)
              .post(
                  "/v1/editorial/webhooks/"
                      + subscription
                      + "/deliveries/"
                      + delivery
                      + "/redeliver")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      Duration took = Duration.ofNanos(System.nanoTime() - started);

      System.out.printf(
          "A manual redelivery to a stalled receiver took %.1f s%n", took.toMillis() / 1000.0);
      assertTrue(took.compareTo(Duration.ofSeconds(4)) < 0, "the redelivery took " + took);
      assertEquals(true, redelivered.getBoolean("log[0].manual"));
      assertTrue(
          redelivered.getString("log[0].error").startsWith("The receiver did not answer within"),
          redelivered.getString("log[0].error"));
    }
  }

  private static List<Duration> assertOthersKeepReceiving(StallingServer.Mode mode)
      throws Exception {
    try (StallingServer stalled = StallingServer.start(mode);
        Receiver healthy = Receiver.start()) {
      String stalledSubscription = subscribe(stalled.url("/stall"));
      subscribe(healthy.url("/healthy"));
      // The healthy receiver fails the first event once, so its retry has to come too.
      healthy.answer(500);

      List<Duration> latencies = new ArrayList<>();
      for (int event = 1; event <= 3; event++) {
        String sku = "STALL-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        long started = System.nanoTime();
        changeProduct(sku);
        receive(healthy, sku);
        if (event == 1) {
          receive(healthy, sku); // the retry after the 500
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        latencies.add(took);
        System.out.printf(
            "%s: the healthy subscriber got event %d after %.1f s%n",
            mode, event, took.toMillis() / 1000.0);
        assertTrue(took.compareTo(ON_TIME) < 0, "event " + event + " took " + took);
      }
      assertTrue(stalled.connections() > 0, "the stalled receiver was tried");
      if (mode == StallingServer.Mode.DRIP) {
        Map<String, Object> attempt =
            log(stalledSubscription).getMap("items.log.flatten().find { it.error != null }");
        String error = (String) attempt.get("error");
        assertTrue(error.startsWith("The receiver did not answer within 2000 ms"), error);
        int latency = (Integer) attempt.get("latencyMs");
        assertTrue(latency >= 1900 && latency < 3500, "the attempt took " + latency + " ms");
      }
      return latencies;
    }
  }

  private static void receive(Receiver receiver, String sku) throws Exception {
    long deadline = System.nanoTime() + ON_TIME.toNanos() * 2;
    while (System.nanoTime() < deadline) {
      Receiver.Received r =
          receiver.nextOrNull(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
      if (r != null && sku.equals(JsonPath.from(r.body()).getString("data.sku"))) {
        return;
      }
    }
    throw new AssertionError("the healthy subscriber never got " + sku);
  }

  private static String subscribe(String url) {
    return Editorial.as(Editorial.ADMIN)
        .body(Map.of("url", url, "events", List.of("product.changed")))
        .post("/v1/editorial/webhooks")
        .then()
        .statusCode(201)
        .extract()
        .path("subscription.id");
  }

  private static JsonPath log(String subscription) {
    return Editorial.as(Editorial.ADMIN)
        .get("/v1/editorial/webhooks/" + subscription + "/deliveries")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static void changeProduct(String sku) {
    Editorial.as(Editorial.ADMIN)
        .body(
            Map.of(
                "items",
                List.of(
                    Map.of(
                        "sku", sku,
                        "name", "Stall test product",
                        "brand", "Test Brand",
                        "url", "https://shop.example/" + sku.toLowerCase(),
                        "status", "active"))))
        .put("/v1/editorial/products")
        .then()
        .statusCode(200);
  }
}

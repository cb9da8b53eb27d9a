package com.renovare.content.webhook;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.renovare.content.Articles;
import com.renovare.content.article.ArticleContent;
import com.renovare.content.editorial.Editorial;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Webhooks end to end with a real receiver on 127.0.0.1, which the test profile allows (and no
 * other loopback, private or link-local address).
 */
@QuarkusTest
class WebhookFlowTest {

  private static final Duration WAIT = Duration.ofSeconds(10);

  @Test
  void aPublishIsDeliveredSignedTheStandardWebhooksWay() throws Exception {
    try (Receiver receiver = Receiver.start()) {
      Map<String, Object> created =
          subscribe(receiver.url("/hooks"), List.of("article.published", "article.updated"));
      String secret = (String) created.get("secret");
      assertTrue(secret.startsWith("whsec_"), secret);

      ArticleContent content = Articles.aDraftWithSections(1);
      String publisher = Editorial.token("publisher");
      String id = Editorial.create(publisher, content);
      Editorial.publish(publisher, id, "First");

      Receiver.Received received = received(receiver, content.slug());
      assertEquals("/hooks", received.path());
      assertTrue(received.header("content-type").startsWith("application/json"));
      String webhookId = received.header("webhook-id");
      String timestamp = received.header("webhook-timestamp");
      assertTrue(webhookId.startsWith("evt_"), webhookId);
      assertTrue(
          Math.abs(Instant.now().getEpochSecond() - Long.parseLong(timestamp)) < 60, timestamp);
      // Verified the way a receiver does it, from the secret it was given.
      assertEquals(
          expectedSignature(secret, webhookId, timestamp, received.body()),
          received.header("webhook-signature"));
      JsonPath event = JsonPath.from(received.body());
      assertEquals("article.published", event.getString("type"));
      assertEquals(1, event.getInt("data.version"));
      assertEquals("/v1/articles/" + content.slug() + "/versions/1", event.getString("data.url"));

      Editorial.publish(publisher, id, "Second");
      Receiver.Received update = received(receiver, content.slug());
      assertEquals("article.updated", JsonPath.from(update.body()).getString("type"));
      assertTrue(!update.header("webhook-id").equals(webhookId), "a new event has a new id");
    }
  }

  @Test
  void aRedactionReachesEverySubscriberOfArticleEventsWithTheKeysToPurgeAndNoContent()
      throws Exception {
    try (Receiver receiver = Receiver.start()) {
      subscribe(receiver.url("/takedowns"), List.of("article.published"));
      String publisher = Editorial.token("publisher");
      ArticleContent content = Articles.aDraftWithSections(1);
      String id = Editorial.create(publisher, content);
      Editorial.publish(publisher, id, "First");
      received(receiver, content.slug());

      Editorial.as(Editorial.ADMIN)
          .body(Map.of("version", "1", "reason", "Medical takedown: unsafe dosage advice."))
          .post("/v1/editorial/articles/" + id + "/redactions")
          .then()
          .statusCode(200);

      Receiver.Received redacted = received(receiver, content.slug());
      JsonPath event = JsonPath.from(redacted.body());
      assertEquals("article.redacted", event.getString("type"));
      assertEquals(List.of(1), event.getList("data.versions"));
      assertTrue(event.getBoolean("data.takenDown"));
      assertEquals("Medical takedown: unsafe dosage advice.", event.getString("data.reason"));
      assertTrue(
          event
              .getList("data.surrogateKeys")
              .containsAll(
                  List.of("article:" + content.slug(), "article:" + content.slug() + ":v1")),
          redacted.body());
      assertTrue(!redacted.body().contains(content.title()), "the event carries no content");
    }
  }

  @Test
  void aFailedDeliveryIsRetriedWithTheSameIdAndLogged() throws Exception {
    try (Receiver receiver = Receiver.start()) {
      receiver.answer(500);
      String subscription =
          (String)
              ((Map<?, ?>)
                      subscribe(receiver.url("/flaky"), List.of("article.unpublished"))
                          .get("subscription"))
                  .get("id");
      String publisher = Editorial.token("publisher");
      ArticleContent content = Articles.aDraftWithSections(1);
      String id = Editorial.create(publisher, content);
      Editorial.publish(publisher, id, "First");
      Editorial.as(publisher)
          .post("/v1/editorial/articles/" + id + "/unpublish")
          .then()
          .statusCode(204);

      Receiver.Received first = received(receiver, content.slug());
      Receiver.Received retry = received(receiver, content.slug());
      assertEquals(first.header("webhook-id"), retry.header("webhook-id"));
      assertEquals(first.body(), retry.body());

      JsonPath log = awaitDelivered(subscription);
      assertEquals("delivered", log.getString("items[0].status"));
      assertEquals(2, log.getInt("items[0].attempts"));
      assertEquals(204, log.getInt("items[0].log[0].status"));
      assertEquals(500, log.getInt("items[0].log[1].status"));
      assertEquals("The receiver answered 500", log.getString("items[0].log[1].error"));
      assertEquals("article.unpublished", log.getString("items[0].eventType"));
    }
  }

  @Test
  void anAdminCanRedeliverByHand() throws Exception {
    try (Receiver receiver = Receiver.start()) {
      String subscription =
          (String)
              ((Map<?, ?>)
                      subscribe(receiver.url("/again"), List.of("product.changed"))
                          .get("subscription"))
                  .get("id");
      Editorial.as(Editorial.ADMIN)
          .body(
              Map.of(
                  "items",
                  List.of(
                      Map.of(
                          "sku", "HOOK-SKU-1",
                          "name", "Hooked product",
                          "brand", "Test Brand",
                          "url", "https://shop.example/hooked",
                          "status", "active"))))
          .put("/v1/editorial/products")
          .then()
          .statusCode(200);
      Receiver.Received first = receiver.next(WAIT);
      assertEquals("product.changed", JsonPath.from(first.body()).getString("type"));
      assertEquals("HOOK-SKU-1", JsonPath.from(first.body()).getString("data.sku"));

      JsonPath log = awaitDelivered(subscription);
      String delivery = log.getString("items[0].id");
      Editorial.as(Editorial.ADMIN)
          .post("/v1/editorial/webhooks/" + subscription + "/deliveries/" + delivery + "/redeliver")
          .then()
          .statusCode(200)
          .body("status", equalTo("delivered"))
          .body("log.size()", equalTo(2))
          .body("log[0].manual", equalTo(true))
          .body("log[0].status", equalTo(204));
      Receiver.Received again = receiver.next(WAIT);
      assertEquals(first.header("webhook-id"), again.header("webhook-id"));
      Editorial.as(Editorial.ADMIN)
          .post(
              "/v1/editorial/webhooks/"
                  + subscription
                  + "/deliveries/"
                  + java.util.UUID.randomUUID()
                  + "/redeliver")
          .then()
          .statusCode(404)
          .contentType("application/problem+json");
    }
  }

  @Test
  void deactivatingASubscriptionStopsItsPendingRetriesAndMarksThemFailed() throws Exception {
    try (Receiver receiver = Receiver.start()) {
      receiver.answer(500, 500, 500, 500, 500, 500);
      String url = receiver.url("/deactivated");
      String subscription =
          (String)
              ((Map<?, ?>) subscribe(url, List.of("article.published")).get("subscription"))
                  .get("id");
      String publisher = Editorial.token("publisher");
      ArticleContent content = Articles.aDraftWithSections(1);
      Editorial.publish(publisher, Editorial.create(publisher, content), "First");
      received(receiver, content.slug());
      awaitAttempt(subscription);

      Editorial.as(Editorial.ADMIN)
          .body(Map.of("url", url, "events", List.of("article.published"), "active", false))
          .put("/v1/editorial/webhooks/" + subscription)
          .then()
          .statusCode(200)
          .body("active", equalTo(false));
      // Drain a retry that may have been sent before the deactivation reached the database.
      while (receiver.nextOrNull(Duration.ofMillis(300)) != null) {}

      // Several retry intervals (first retry after about 1 s in the test profile) pass quietly.
      assertNull(receiver.nextOrNull(Duration.ofSeconds(4)), "a retry fired after deactivation");
      JsonPath log = awaitAttempt(subscription);
      assertEquals("failed", log.getString("items[0].status"));
      assertNull(log.get("items[0].nextAttemptAt"));
    }
  }

  @Test
  @Tag("owasp-api7")
  void aRedirectToAnAddressThatIsNotAllowedIsNotFollowed() throws Exception {
    try (Receiver receiver = Receiver.start();
        Receiver elsewhere = Receiver.start()) {
      // 127.0.0.2 is loopback too, and only 127.0.0.1 is allowed.
      receiver.redirectTo(elsewhere.url("/stolen").replace("127.0.0.1", "127.0.0.2"));
      String subscription =
          (String)
              ((Map<?, ?>)
                      subscribe(receiver.url("/moved"), List.of("article.published"))
                          .get("subscription"))
                  .get("id");
      String publisher = Editorial.token("publisher");
      String id = Editorial.create(publisher, Articles.aDraftWithSections(1));
      Editorial.publish(publisher, id, "First");

      receiver.next(WAIT);
      JsonPath log = awaitAttempt(subscription);
      assertEquals(307, log.getInt("items[0].log[0].status"));
      assertTrue(
          log.getString("items[0].log[0].error").startsWith("Redirect target refused"),
          log.getString("items[0].log[0].error"));
      assertEquals("pending", log.getString("items[0].status"));
      assertNull(elsewhere.nextOrNull(Duration.ofSeconds(1)));
    }
  }

  @Test
  @Tag("owasp-api7")
  void subscriptionsToPrivateAddressesAreRefusedAndCreateNothing() {
    int before = subscriptionCount();
    for (String url :
        List.of(
            "http://127.0.0.2/hook",
            "http://127.0.0.2:8080/hook",
            "http://[::1]/hook",
            "http://169.254.169.254/latest/meta-data/",
            "http://metadata.google.internal./computeMetadata/v1/",
            "http://10.0.0.1/hook",
            "http://192.168.0.10/hook",
            "http://[fd00::1]/hook",
            "http://0.0.0.0/hook",
            "ftp://example.com/hook",
            "file:///etc/passwd",
            "gopher://127.0.0.1:6379/_INFO",
            "http://user:pw@93.184.215.14/hook")) {
      Editorial.as(Editorial.ADMIN)
          .body(Map.of("url", url, "events", List.of("article.published")))
          .post("/v1/editorial/webhooks")
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("violations[0].field", equalTo("url"));
    }
    Editorial.as(Editorial.ADMIN)
        .body(Map.of("url", "http://127.0.0.1/x", "events", List.of("article.deleted")))
        .post("/v1/editorial/webhooks")
        .then()
        .statusCode(400)
        .body("violations[0].field", startsWith("events"));
    assertEquals(before, subscriptionCount());
  }

  @Test
  void subscriptionsCanBeReadChangedAndDeleted() throws Exception {
    try (Receiver receiver = Receiver.start()) {
      Map<String, Object> created = subscribe(receiver.url("/crud"), List.of("article.published"));
      String id = (String) ((Map<?, ?>) created.get("subscription")).get("id");
      Editorial.as(Editorial.ADMIN)
          .get("/v1/editorial/webhooks/" + id)
          .then()
          .statusCode(200)
          .body("secret", equalTo(created.get("secret")));
      Editorial.as(Editorial.ADMIN)
          .body(
              Map.of(
                  "url", receiver.url("/crud2"),
                  "events", List.of("product.changed"),
                  "active", false))
          .put("/v1/editorial/webhooks/" + id)
          .then()
          .statusCode(200)
          .body("url", equalTo(receiver.url("/crud2")))
          .body("active", equalTo(false))
          .body("events", equalTo(List.of("product.changed")));
      Editorial.as(Editorial.ADMIN).get("/v1/editorial/webhooks").then().statusCode(200);
      Editorial.as(Editorial.ADMIN).delete("/v1/editorial/webhooks/" + id).then().statusCode(204);
      Editorial.as(Editorial.ADMIN).get("/v1/editorial/webhooks/" + id).then().statusCode(404);
    }
  }

  static String expectedSignature(String secret, String id, String timestamp, String body)
      throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(
        new SecretKeySpec(
            Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
    byte[] digest =
        mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
    return "v1," + Base64.getEncoder().encodeToString(digest);
  }

  private static Map<String, Object> subscribe(String url, List<String> events) {
    return Editorial.as(Editorial.ADMIN)
        .body(Map.of("url", url, "events", events, "description", "test receiver"))
        .post("/v1/editorial/webhooks")
        .then()
        .statusCode(201)
        .extract()
        .as(Map.class);
  }

  private static int subscriptionCount() {
    return Editorial.as(Editorial.ADMIN)
        .get("/v1/editorial/webhooks")
        .then()
        .statusCode(200)
        .extract()
        .path("items.size()");
  }

  /** The next event the receiver gets about this article (events of other tests are skipped). */
  private static Receiver.Received received(Receiver receiver, String slug) throws Exception {
    Instant deadline = Instant.now().plus(WAIT);
    while (Instant.now().isBefore(deadline)) {
      Receiver.Received r = receiver.next(Duration.between(Instant.now(), deadline));
      if (slug.equals(JsonPath.from(r.body()).getString("data.slug"))) {
        return r;
      }
    }
    throw new AssertionError("no event about " + slug);
  }

  private static JsonPath awaitDelivered(String subscription) throws Exception {
    return await(subscription, log -> "delivered".equals(log.getString("items[0].status")));
  }

  private static JsonPath awaitAttempt(String subscription) throws Exception {
    return await(subscription, log -> log.getInt("items[0].attempts") > 0);
  }

  private static JsonPath await(String subscription, java.util.function.Predicate<JsonPath> done)
      throws Exception {
    Instant deadline = Instant.now().plus(WAIT);
    JsonPath log = null;
    while (Instant.now().isBefore(deadline)) {
      log =
          Editorial.as(Editorial.ADMIN)
              .get("/v1/editorial/webhooks/" + subscription + "/deliveries")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      if (!log.getList("items").isEmpty() && done.test(log)) {
        return log;
      }
      Thread.sleep(100);
    }
    assertNotNull(log);
    throw new AssertionError("delivery log never got there: " + log.prettify());
  }
}

package com.renovare.content.citation.link;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.renovare.content.editorial.Editorial;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The link checker against real web pages on 127.0.0.1 (the only address the test profile allows),
 * and what delivery shows of it. Each test starts a check itself: the job does not run on its own
 * in the test profile.
 */
@QuarkusTest
class CitationLinkHealthTest {

  @Inject LinkChecker checker;
  @Inject CitationLinks links;

  @Test
  void aPageThatAnswers200IsOkWithItsStatusAndTheHashOfItsText() throws Exception {
    try (Pages site = Pages.start()) {
      site.html(
          "/k2",
          "<html><head><style>p { color: red }</style><script>track('k2')</script></head>\n"
              + "<body><p>Vitamin   K2\n keeps calcium</p><p>in bones.</p></body></html>");
      String key = Pages.cite(site.url("/k2#bone-health"));

      checker.runOnce();

      LinkHealth health = links.of(key).orElseThrow();
      assertEquals(LinkHealth.State.OK, health.state());
      assertEquals(200, health.httpStatus());
      assertEquals(site.url("/k2"), health.finalUrl(), "the fragment is never requested");
      assertEquals(sha256("Vitamin K2 keeps calcium in bones."), health.contentHash());
      assertNull(health.error());
      assertNull(health.contentChangedAt());
      assertEquals(0, health.consecutiveFailures());
      assertEquals(1, site.requests("/k2"));
    }
  }

  @Test
  void redirectIsFollowedAndFinalUrlRecorded() throws Exception {
    try (Pages site = Pages.start()) {
      site.redirect("/old", 301, "/moved").redirect("/moved", 302, site.url("/new"));
      site.html("/new", "<p>Moved here</p>");
      String key = Pages.cite(site.url("/old"));

      checker.runOnce();

      LinkHealth health = links.of(key).orElseThrow();
      assertEquals(LinkHealth.State.OK, health.state());
      assertEquals(200, health.httpStatus());
      assertEquals(site.url("/new"), health.finalUrl());
      assertEquals(site.url("/old"), health.url());
      assertEquals(1, site.requests("/new"));
    }
  }

  @Test
  void aMissingPageIsBrokenWithHttp404() throws Exception {
    try (Pages site = Pages.start()) {
      site.status("/gone", 404);
      String key = Pages.cite(site.url("/gone"));

      checker.runOnce();

      LinkHealth health = links.of(key).orElseThrow();
      assertEquals(LinkHealth.State.BROKEN, health.state());
      assertEquals(404, health.httpStatus());
      assertEquals("HTTP 404", health.error());
      assertEquals(1, health.consecutiveFailures());
      assertNull(health.contentHash());

      checker.checkNow(key);
      assertEquals(2, links.of(key).orElseThrow().consecutiveFailures());
    }
  }

  @Test
  void aServerSlowerThanTheTimeoutIsBrokenAsTimedOut() throws Exception {
    try (Pages site = Pages.start()) {
      site.slow("/slow", Duration.ofSeconds(4));
      String key = Pages.cite(site.url("/slow"));

      // Checked alone, so that other sources due in the same run cannot add to the time taken.
      long started = System.nanoTime();
      LinkHealth health = checker.checkNow(key).orElseThrow();
      Duration took = Duration.ofNanos(System.nanoTime() - started);

      assertEquals(LinkHealth.State.BROKEN, health.state());
      assertEquals("timed out after 1 s", health.error());
      assertNull(health.httpStatus());
      assertTrue(took.compareTo(Duration.ofSeconds(4)) < 0, "the check gave up early: " + took);
    }
  }

  @Test
  void tooManyRedirectsIsBroken() throws Exception {
    try (Pages site = Pages.start()) {
      site.redirect("/loop", 307, "/loop");
      String key = Pages.cite(site.url("/loop"));

      checker.runOnce();

      LinkHealth health = links.of(key).orElseThrow();
      assertEquals(LinkHealth.State.BROKEN, health.state());
      assertEquals("too many redirects", health.error());
      assertEquals(307, health.httpStatus());
      assertEquals(6, site.requests("/loop"), "the first request and five redirects");
    }
  }

  @Test
  void changedContentGetsANewHashAndContentChangedAt() throws Exception {
    try (Pages site = Pages.start()) {
      site.html("/study", "<p>Dose: 100 mcg a day.</p>");
      String key = Pages.cite(site.url("/study"));
      checker.runOnce();
      LinkHealth first = links.of(key).orElseThrow();

      site.html("/study", "<p>Dose: 180 mcg a day.</p>");
      Instant beforeSecondCheck = Instant.now().minusMillis(1);
      LinkHealth second = checker.checkNow(key).orElseThrow();

      assertNotEquals(first.contentHash(), second.contentHash());
      assertNotNull(second.contentChangedAt());
      assertFalse(second.contentChangedAt().isBefore(beforeSecondCheck));
      assertEquals(second.checkedAt(), second.contentChangedAt());
      assertTrue(second.needsReReviewSince(first.checkedAt()));
      assertFalse(second.needsReReviewSince(second.checkedAt()));
    }
  }

  @Test
  void anUnchangedPageKeepsContentChangedAtNullEvenWhenOnlyItsMarkupChanges() throws Exception {
    try (Pages site = Pages.start()) {
      site.html(
          "/stable",
          "<html><script nonce=\"a1\">var t = 1;</script><p class=\"x\">Same text.</p></html>");
      String key = Pages.cite(site.url("/stable"));
      checker.runOnce();
      LinkHealth first = links.of(key).orElseThrow();

      site.html(
          "/stable",
          "<html>\n  <script nonce=\"b2\">var t = 2;</script>\n  <p class=\"y\">Same   text.</p>\n</html>");
      LinkHealth second = checker.checkNow(key).orElseThrow();

      assertEquals(first.contentHash(), second.contentHash());
      assertNull(second.contentChangedAt());
      assertTrue(
          second.checkedAt().isAfter(first.checkedAt())
              || second.checkedAt().equals(first.checkedAt()));
      assertEquals(2, site.requests("/stable"));
    }
  }

  @Test
  @Tag("owasp-api7")
  void aRedirectToARefusedAddressIsBrokenAndThatAddressIsNeverContacted() throws Exception {
    // 127.0.0.2 is loopback like 127.0.0.1, but the test profile allows only 127.0.0.1.
    try (Pages site = Pages.start();
        Pages internal = Pages.start("127.0.0.2")) {
      internal.html("/admin", "<p>Internal</p>");
      site.redirect("/out", 302, internal.url("/admin"));
      String key = Pages.cite(site.url("/out"));

      checker.runOnce();

      LinkHealth health = links.of(key).orElseThrow();
      assertEquals(LinkHealth.State.BROKEN, health.state());
      assertTrue(
          health.error().startsWith("redirect target refused: the host 127.0.0.2 resolves to"),
          health.error());
      assertEquals(302, health.httpStatus());
      assertEquals(site.url("/out"), health.finalUrl(), "the last URL actually requested");
      assertEquals(0, internal.requests(), "the refused address got no request");
    }
  }

  @Test
  void aRunLeavesRecentlyCheckedSourcesAlone() throws Exception {
    try (Pages site = Pages.start()) {
      site.html("/once", "<p>Once a day is enough.</p>");
      String key = Pages.cite(site.url("/once"));

      checker.runOnce();
      checker.runOnce();

      assertEquals(1, site.requests("/once"));
      assertTrue(links.of(key).isPresent());
    }
  }

  @Test
  void deliveryShowsLinkHealthAndHidesAResultForAnOldUrl() throws Exception {
    try (Pages site = Pages.start()) {
      site.html("/source", "<p>The source.</p>");
      site.status("/missing", 404);
      String key = Pages.cite(site.url("/source"));
      Editorial.publishCiting(key);

      given()
          .get("/v1/citations/" + key)
          .then()
          .statusCode(200)
          .body("$", not(hasKey("linkHealth")));

      checker.runOnce();
      LinkHealth health = links.of(key).orElseThrow();

      String etag =
          given()
              .get("/v1/citations/" + key)
              .then()
              .statusCode(200)
              .body("key", equalTo(key))
              .body("url", equalTo(site.url("/source")))
              .body("linkHealth.state", equalTo("ok"))
              .body("linkHealth.httpStatus", equalTo(200))
              .body("linkHealth.finalUrl", equalTo(site.url("/source")))
              .body("linkHealth.checkedAt", equalTo(health.checkedAt().toString()))
              .body("linkHealth.contentHash", equalTo(sha256("The source.")))
              .body("linkHealth.contentChangedAt", nullValue())
              .body("linkHealth.error", nullValue())
              .extract()
              .header("ETag");
      given().header("If-None-Match", etag).get("/v1/citations/" + key).then().statusCode(304);
      given()
          .accept("application/vnd.citationstyles.csl+json")
          .get("/v1/citations/" + key)
          .then()
          .statusCode(200)
          .body("URL", equalTo(site.url("/source")))
          .body("$", not(hasKey("linkHealth")));

      // An editor points the citation elsewhere: the old result is not the new URL's health.
      String editorialEtag =
          Editorial.as(Editorial.ADMIN)
              .get("/v1/editorial/citations/" + key)
              .then()
              .statusCode(200)
              .body("$", not(hasKey("linkHealth")))
              .extract()
              .header("ETag");
      Editorial.as(Editorial.ADMIN)
          .header("If-Match", editorialEtag)
          .body(Pages.webCitation(key, site.url("/missing")))
          .put("/v1/editorial/citations/" + key)
          .then()
          .statusCode(200);
      given()
          .get("/v1/citations/" + key)
          .then()
          .statusCode(200)
          .body("$", not(hasKey("linkHealth")));
      assertTrue(links.of(key).isEmpty());

      checker.runOnce();

      given()
          .get("/v1/citations/" + key)
          .then()
          .statusCode(200)
          .body("linkHealth.state", equalTo("broken"))
          .body("linkHealth.httpStatus", equalTo(404))
          .body("linkHealth.error", equalTo("http-error"))
          .body("linkHealth", not(hasKey("contentHash")));
    }
  }

  @Test
  void readersSeeAGenericReasonWhileEditorsSeeTheRefusedAddress() throws Exception {
    try (Pages site = Pages.start();
        Pages internal = Pages.start("127.0.0.2")) {
      internal.html("/admin", "<p>Internal</p>");
      site.redirect("/out", 302, internal.url("/admin"));
      String key = Pages.cite(site.url("/out"));
      String articleId = Editorial.publishCiting(key);

      checker.checkNow(key);

      String delivered =
          given()
              .get("/v1/citations/" + key)
              .then()
              .statusCode(200)
              .body("linkHealth.state", equalTo("broken"))
              .body("linkHealth.error", equalTo("refused-address"))
              .extract()
              .asString();
      assertFalse(delivered.contains("127.0.0.2"), delivered);
      assertFalse(delivered.contains("resolves to"), delivered);

      String detail = null;
      String cursor = null;
      do {
        io.restassured.path.json.JsonPath page =
            Editorial.as(Editorial.ADMIN)
                .queryParam("limit", 100)
                .queryParams(cursor == null ? Map.of() : Map.of("cursor", cursor))
                .get("/v1/editorial/reviews")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<Map<String, Object>> items = page.getList("items");
        for (Map<String, Object> item : items) {
          if (articleId.equals(item.get("articleId"))) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> reasons = (List<Map<String, Object>>) item.get("reasons");
            detail =
                reasons.stream()
                    .filter(r -> "source-broken".equals(r.get("code")))
                    .map(r -> (String) r.get("message"))
                    .findFirst()
                    .orElse(null);
          }
        }
        cursor = page.getString("next");
      } while (cursor != null);
      assertNotNull(detail, "the article citing the broken source is in the review queue");
      assertTrue(detail.contains("the host 127.0.0.2 resolves to"), detail);
    }
  }

  @Test
  void eachKindOfFailureHasItsPublicWord() throws Exception {
    try (Pages site = Pages.start()) {
      site.status("/missing", 404).redirect("/loop", 302, "/loop");
      site.slow("/slow", Duration.ofSeconds(3));
      Map<String, String> expected =
          Map.of(
              site.url("/missing"),
              "http-error",
              site.url("/loop"),
              "redirect-error",
              site.url("/slow"),
              "timeout",
              "http://127.0.0.1:1/closed",
              "unreachable",
              "http://10.1.2.3/internal",
              "refused-address");
      for (Map.Entry<String, String> e : expected.entrySet()) {
        String key = Pages.cite(e.getKey());
        LinkHealth health = checker.checkNow(key).orElseThrow();
        assertEquals(e.getValue(), health.problem().value(), e.getKey() + ": " + health.error());
      }
    }
  }

  @Test
  void editorsCannotWriteLinkHealth() {
    String key = "link-" + UUID.randomUUID().toString().substring(0, 8);
    Map<String, Object> body = new HashMap<>(Pages.webCitation(key, "https://example.org/page"));
    body.put("linkHealth", Map.of("state", "ok"));
    Editorial.as(Editorial.ADMIN)
        .body(body)
        .post("/v1/editorial/citations")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("violations[0].field", equalTo("linkHealth"));
  }

  @Test
  void aCitationWithoutUrlHasNoLinkHealth() {
    String key = "link-" + UUID.randomUUID().toString().substring(0, 8);
    Map<String, Object> body = new HashMap<>(Pages.webCitation(key, null));
    body.remove("url");
    body.put("type", "speech");
    Editorial.as(Editorial.ADMIN).body(body).post("/v1/editorial/citations").then().statusCode(201);
    Editorial.publishCiting(key);

    checker.runOnce();

    assertTrue(links.of(key).isEmpty());
    assertTrue(checker.checkNow(key).isEmpty());
    given().get("/v1/citations/" + key).then().statusCode(200).body("$", not(hasKey("linkHealth")));
  }

  @Test
  void manyCitationsAreAnsweredAtOnceAndProblemsListBrokenAndChangedSources() throws Exception {
    try (Pages site = Pages.start()) {
      site.html("/fine", "<p>Fine.</p>").status("/broken", 500).html("/changing", "<p>v1</p>");
      String fine = Pages.cite(site.url("/fine"));
      String broken = Pages.cite(site.url("/broken"));
      String changing = Pages.cite(site.url("/changing"));
      String unchecked = "never-checked-" + UUID.randomUUID().toString().substring(0, 8);
      checker.runOnce();
      site.html("/changing", "<p>v2</p>");
      checker.checkNow(changing);

      Map<String, LinkHealth> health = links.of(List.of(fine, broken, changing, unchecked));
      assertEquals(
          List.of(fine, broken, changing).stream().sorted().toList(),
          health.keySet().stream().sorted().toList());
      assertEquals("HTTP 500", health.get(broken).error());

      List<String> problems = links.problems().stream().map(LinkHealth::citationKey).toList();
      assertTrue(problems.contains(broken), problems.toString());
      assertTrue(problems.contains(changing), problems.toString());
      assertFalse(problems.contains(fine), problems.toString());
      assertTrue(links.all().keySet().containsAll(List.of(fine, broken, changing)));
    }
  }

  private static String sha256(String text) {
    return PageContent.sha256(text.getBytes(StandardCharsets.UTF_8));
  }
}

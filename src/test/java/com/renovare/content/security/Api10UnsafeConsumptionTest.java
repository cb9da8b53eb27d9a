package com.renovare.content.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.renovare.content.citation.link.LinkChecker;
import com.renovare.content.citation.link.LinkHealth;
import com.renovare.content.citation.link.Pages;
import com.renovare.content.editorial.Editorial;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * OWASP API10:2023 Unsafe Consumption of APIs: what the service takes in from elsewhere (legacy
 * posts, third-party web pages) is treated as untrusted. Imported markup is reduced to structure,
 * and a fetched page is only hashed: none of its content reaches an API answer.
 */
@Tag("owasp-api10")
@QuarkusTest
class Api10UnsafeConsumptionTest {

  @Inject LinkChecker checker;

  @Test
  void api10_anImportedPostLosesEveryActiveConstruct() {
    String editor = Editorial.token("editor");
    String html =
        """
        <h1>Magnesium</h1>
        <p>Glycinate <img src=x onerror="fetch('//evil.example')"> is gentle.</p>
        <p><a href="vbscript:msgbox(1)">one</a> <a href="data:text/html,<script>x</script>">two</a>
        <svg onload="alert(1)"><script>alert(2)</script></svg></p>
        <h2>Dose</h2><p>Ask <object data="evil.swf"></object>first.</p>
        """;
    String id =
        given()
            .header("Authorization", "Bearer " + editor)
            .contentType("text/html")
            .body(html)
            .queryParam("slug", "import-" + UUID.randomUUID().toString().substring(0, 8))
            .post("/v1/editorial/imports")
            .then()
            .statusCode(201)
            .extract()
            .path("draft.id");

    String draft =
        Editorial.as(editor)
            .get("/v1/editorial/articles/" + id)
            .asString()
            .toLowerCase(Locale.ROOT);
    for (String active :
        List.of(
            "onerror",
            "evil.example",
            "vbscript:",
            "data:text",
            "<script",
            "<svg",
            "onload",
            "evil.swf")) {
      assertFalse(draft.contains(active), active + " reached the draft: " + draft);
    }
  }

  @Test
  void api10_aThirdPartyPageIsHashedButNoneOfItReachesTheApi() throws Exception {
    try (Pages site = Pages.start()) {
      site.html(
          "/page",
          "<html><body><script>steal()</script><p>INJECTED-"
              + "MARKER</p><a href=\"javascript:x\">x</a></body></html>");
      String key = Pages.cite(site.url("/page"));
      Editorial.publishCiting(key);

      LinkHealth health = checker.checkNow(key).orElseThrow();
      assertEquals(LinkHealth.State.OK, health.state());

      String delivered =
          given().get("/v1/citations/" + key).then().statusCode(200).extract().asString();
      for (String content : List.of("INJECTED-MARKER", "steal()", "<script", "javascript:")) {
        assertFalse(delivered.contains(content), content + " reached the API: " + delivered);
      }
    }
  }
}

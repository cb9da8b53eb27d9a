package com.renovare.content.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.renovare.content.Articles;
import com.renovare.content.article.ArticleContent;
import com.renovare.content.editorial.Editorial;
import com.renovare.content.platform.security.Secrets;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * OWASP API3:2023 Broken Object Property Level Authorization: every public document is walked field
 * by field, and each field path must be on the allowlist of its document type, so a field added to
 * a delivered record fails here until someone decides it may be public. No document may carry an
 * e-mail address, a token or key (secret or hash), or text that exists only in an unpublished
 * draft.
 */
@Tag("owasp-api3")
@QuarkusTest
class Api3PropertyLevelAuthorizationTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.-]+");
  private static final String SEED = "/v1/articles/vitamin-k2-mk7";

  @Test
  void api3_everyPublicDocumentHasOnlyAllowlistedFields() throws Exception {
    Map<String, String> documents =
        Map.ofEntries(
            Map.entry("article", SEED),
            Map.entry("articleVersion", SEED + "/versions/1"),
            Map.entry("articleVersions", SEED + "/versions"),
            Map.entry("section", SEED + "/sections/key-products"),
            Map.entry("articleCitations", SEED + "/citations"),
            Map.entry("articleList", "/v1/articles"),
            Map.entry("changes", "/v1/changes"),
            Map.entry("product", "/v1/products/" + Articles.SEED_SKU),
            Map.entry("productArticles", "/v1/products/" + Articles.SEED_SKU + "/articles"),
            Map.entry("citation", "/v1/citations/" + Articles.SEED_CITATION),
            Map.entry("safetyNote", "/v1/safety-notes/vitamin-k-anticoagulants"));
    StringBuilder failures = new StringBuilder();
    for (Map.Entry<String, String> document : documents.entrySet()) {
      check(document.getKey(), read(document.getValue(), "application/json"), failures);
    }
    check("jsonLd", read(SEED, "application/ld+json"), failures);
    check(
        "citationsCsl",
        read(SEED + "/citations", "application/vnd.citationstyles.csl+json"),
        failures);
    assertEquals("", failures.toString());
  }

  @Test
  void api3_noDocumentCarriesSecretsEmailsEditorsOrDraftOnlyText() throws Exception {
    // A publisher with a fresh token publishes, then keeps a draft-only change; a partner key
    // exists too. None of their secrets, hashes or draft text may reach a public document.
    String editorName = "leak-check " + UUID.randomUUID();
    String secret =
        Editorial.as(Editorial.ADMIN)
            .body(Map.of("name", editorName, "roles", List.of("publisher")))
            .post("/v1/editorial/tokens")
            .then()
            .statusCode(201)
            .extract()
            .path("secret");
    String key =
        Editorial.as(Editorial.ADMIN)
            .body(Map.of("name", "leak-check partner", "tier", "standard"))
            .post("/v1/editorial/api-keys")
            .then()
            .statusCode(201)
            .extract()
            .path("secret");
    ArticleContent content = Articles.aDraftWithSections(2);
    String id = Editorial.create(secret, content);
    Editorial.publish(secret, id, "First version");
    String draftOnly = "DRAFT-ONLY-" + UUID.randomUUID();
    Editorial.as(secret)
        .header("If-Match", Editorial.etag(secret, id))
        .body(Editorial.json(Articles.withTitle(content, draftOnly)))
        .put("/v1/editorial/articles/" + id)
        .then()
        .statusCode(200);

    String slug = "/v1/articles/" + content.slug();
    List<String> documents =
        List.of(
            read(slug, "application/json").toString(),
            read(slug + "/versions/1", "application/json").toString(),
            read(slug + "/versions", "application/json").toString(),
            read(slug + "/sections/part-1", "application/json").toString(),
            read(slug, "application/ld+json").toString(),
            read("/v1/articles?limit=100", "application/json").toString(),
            read("/v1/changes?limit=100", "application/json").toString(),
            read(SEED, "application/json").toString(),
            read("/v1/citations/" + Articles.SEED_CITATION, "application/json").toString(),
            read("/v1/products/" + Articles.SEED_SKU, "application/json").toString());
    for (String document : documents) {
      for (String secretText :
          List.of(
              secret,
              Secrets.hash(secret),
              key,
              Secrets.hash(key),
              Editorial.ADMIN,
              Secrets.hash(Editorial.ADMIN),
              draftOnly,
              "rca_",
              "rck_")) {
        assertFalse(document.contains(secretText), secretText + " leaked into " + document);
      }
      assertFalse(EMAIL.matcher(document).find(), "an e-mail address in " + document);
    }
  }

  private static JsonNode read(String path, String accept) throws Exception {
    String body = given().accept(accept).get(path).then().statusCode(200).extract().asString();
    return JSON.readTree(body);
  }

  private static void check(String type, JsonNode document, StringBuilder failures) {
    Set<String> paths = new TreeSet<>();
    walk(document, "", paths);
    assertTrue(paths.size() > 1, type + " has no fields: " + document);
    Set<String> allowed = Allowlist.of(type);
    Set<String> extra = new TreeSet<>(paths);
    extra.removeAll(allowed);
    if (!extra.isEmpty()) {
      failures.append(type).append(" has fields not on its allowlist: ").append(extra).append('\n');
    }
  }

  /** Field paths with array positions written as [], e.g. sections[].blocks[].text. */
  private static void walk(JsonNode node, String path, Set<String> paths) {
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        String child = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
        paths.add(child);
        walk(field.getValue(), child, paths);
      }
    } else if (node.isArray()) {
      for (JsonNode item : node) {
        walk(item, path + "[]", paths);
      }
    }
  }
}

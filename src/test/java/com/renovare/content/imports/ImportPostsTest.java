package com.renovare.content.imports;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.renovare.content.editorial.Editorial;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** POST /v1/editorial/imports: legacy posts in, structured drafts and a report out. */
@QuarkusTest
class ImportPostsTest {

  private static final Path SEED_TEXT =
      Path.of("src", "test", "resources", "seed", "vitamin-k2-mk7.txt");
  private static final Path SEED_ARTICLE =
      Path.of("src", "main", "resources", "seed", "articles", "vitamin-k2-mk7.json");
  private static final Path SEED_BUNDLE =
      Path.of("src", "main", "resources", "seed", "bundle.json");
  private static final ObjectMapper JSON = new ObjectMapper();

  private String editor;

  @BeforeEach
  void signIn() {
    editor = Editorial.token("editor");
  }

  @Test
  void theSeedTextBecomesADraftWithTheStructureOfTheHandBuiltSeedArticle() throws IOException {
    Response response =
        post("text/plain; charset=UTF-8", Files.readAllBytes(SEED_TEXT), null)
            .then()
            .statusCode(201)
            .header("Location", containsString("/v1/editorial/articles/"))
            .header("ETag", equalTo("\"r0\""))
            .extract()
            .response();
    JsonNode body = JSON.readTree(response.asByteArray());
    JsonNode imported = body.get("draft").get("content");
    JsonNode seed = JSON.readTree(SEED_ARTICLE.toFile());

    assertEquals(seed.get("title").asText(), imported.get("title").asText());
    assertEquals(seed.get("locale").asText(), imported.get("locale").asText());
    assertEquals(structure(seed.get("sections")), structure(imported.get("sections")));
    assertEquals("introduction", imported.get("sections").get(0).get("key").asText());
    assertEquals(credits(seed.get("credits")), credits(imported.get("credits")));

    // The draft in the response is the draft editors read, with the same ETag.
    Response stored =
        Editorial.as(editor)
            .get(java.net.URI.create(response.header("Location")).getPath())
            .then()
            .statusCode(200)
            .header("ETag", equalTo(response.header("ETag")))
            .extract()
            .response();
    assertEquals(body.get("draft"), JSON.readTree(stored.asByteArray()));

    // Citations: the presentation named by both credit lines, and the bare Healthline URL.
    List<String> cited = texts(imported.get("citations"));
    assertEquals(2, cited.size(), cited.toString());
    JsonNode bundle = JSON.readTree(SEED_BUNDLE.toFile());
    assertEquals(citationField(bundle, 0, "title"), citation(cited.get(0)).get("title").asText());
    assertEquals(citationField(bundle, 1, "url"), citation(cited.get(1)).get("url").asText());
    for (JsonNode credit : imported.get("credits")) {
      assertEquals(cited.get(0), credit.get("citation").asText());
    }
    // The seed bundle's citations are in the catalogue: they are linked, not duplicated.
    assertTrue(cited.contains("krishnan-vitamin-k2-presentation"), cited.toString());
    assertTrue(cited.contains("healthline-calcification-types"), cited.toString());
    assertTrue(kinds(body).contains("citationLinked"), body.get("report").toString());
    // The non-breaking-space lines were dropped and reported with their line.
    JsonNode whitespace = first(body, "whitespaceLineDropped");
    assertEquals(13, whitespace.get("position").get("line").asInt());
  }

  @Test
  void aMarkdownPostKeepsHeadingsListsImagesAndLinksAsCitations() throws IOException {
    String slug = unique("magnesium");
    String markdown =
        """
        # Magnesium and sleep

        Magnesium helps *many* enzymes and **nerves** (see the \
        [NIH factsheet](https://ods.od.nih.gov/factsheets/Magnesium-Consumer/)).

        ## Forms of magnesium

        1. Glycinate
        2. Citrate

        - calm
        - regular

        ![Capsules on a wooden table](https://cdn.example/capsules.jpg)

        ## Tables

        | form | absorbed |
        |------|----------|
        | oxide | poorly |
        """;
    JsonNode body = imported("text/markdown", markdown, slug);
    JsonNode content = body.get("draft").get("content");

    assertEquals("Magnesium and sleep", content.get("title").asText());
    assertEquals(slug, content.get("slug").asText());
    JsonNode intro = content.get("sections").get(0);
    assertEquals("introduction", intro.get("key").asText());
    JsonNode paragraph = intro.get("blocks").get(0);
    assertEquals(
        "Magnesium helps many enzymes and nerves (see the NIH factsheet).",
        paragraph.get("text").asText());
    String linkKey = paragraph.get("citations").get(0).asText();
    assertEquals(
        "https://ods.od.nih.gov/factsheets/Magnesium-Consumer/",
        citation(linkKey).get("url").asText());
    assertEquals("webpage", citation(linkKey).get("type").asText());

    JsonNode forms = content.get("sections").get(1);
    assertEquals("forms-of-magnesium", forms.get("key").asText());
    assertEquals("Forms of magnesium", forms.get("heading").asText());
    assertEquals("orderedList", forms.get("blocks").get(0).get("type").asText());
    assertEquals(List.of("Glycinate", "Citrate"), itemTexts(forms.get("blocks").get(0)));
    assertEquals("bulletedList", forms.get("blocks").get(1).get("type").asText());
    assertEquals(List.of("calm", "regular"), itemTexts(forms.get("blocks").get(1)));
    JsonNode image = forms.get("blocks").get(2);
    assertEquals("image", image.get("type").asText());
    assertEquals("https://cdn.example/capsules.jpg", image.get("src").asText());
    assertEquals("Capsules on a wooden table", image.get("alt").asText());

    JsonNode tables = content.get("sections").get(2);
    assertEquals(0, tables.get("blocks").size());
    JsonNode table = first(body, "elementDropped");
    assertEquals(17, table.get("position").get("line").asInt());
    assertTrue(kinds(body).contains("citationCreated"));
  }

  @Test
  void anImportedCitationIsHiddenUntilTheDraftIsPublishedAndNeverQuotesIt() throws IOException {
    String slug = unique("zinc");
    String url = "https://www.example.org/zinc-" + UUID.randomUUID();
    String draftWords = "Unpublished draft words about zinc and colds";
    JsonNode body =
        imported(
            "text/markdown",
            "# Zinc basics\n\n" + draftWords + " (see [a zinc page](" + url + ")).\n",
            slug);
    String key =
        body.get("draft")
            .get("content")
            .get("sections")
            .get(0)
            .get("blocks")
            .get(0)
            .get("citations")
            .get(0)
            .asText();
    assertFalse(citation(key).toString().contains("draft words"), citation(key).toString());

    given()
        .get("/v1/citations/" + key)
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    given()
        .accept("application/vnd.citationstyles.csl+json")
        .get("/v1/citations/" + key)
        .then()
        .statusCode(404)
        .contentType("application/problem+json");

    Editorial.publish(Editorial.ADMIN, body.get("draft").get("id").asText(), "Imported");

    String delivered =
        given()
            .get("/v1/citations/" + key)
            .then()
            .statusCode(200)
            .body("url", equalTo(url))
            .extract()
            .asString();
    assertFalse(delivered.contains("draft words"), delivered);
  }

  @Test
  @Tag("owasp-api10")
  void aWordPressPostReachesTheDraftWithoutScriptsStylesHandlersOrScriptUrls() throws IOException {
    String slug = unique("omega");
    String html =
        """
        <h1>Omega-3 basics</h1>
        <style>body { color: red } .x { background: url(javascript:alert(1)) }</style>
        <p onclick="alert('click')">Fish oil gives <strong>EPA</strong> and DHA.\
        <script>alert('inline')</script></p>
        <p>Read <a href="javascript:alert('link')">this</a> and \
        <a href="https://www.example.org/omega-3" onmouseover="steal()">that</a>.</p>
        <script type="text/javascript">document.cookie</script>
        <h2>Sources of omega-3</h2>
        <ul><li>salmon</li><li onclick="x()">sardines</li></ul>
        <ol><li>first</li><li>second</li></ol>
        <figure class="wp-block-image"><img src="https://cdn.example/fish.jpg" alt="Grilled salmon" \
        onerror="alert('img')"><figcaption>Salmon on the grill</figcaption></figure>
        <iframe src="https://www.youtube.com/embed/x"></iframe>
        <h2></h2>
        <h2>Dosage</h2>
        <p>Ask your practitioner &ndash; it&rsquo;s personal.</p>
        """;
    JsonNode body = imported("text/html", html, slug);
    String id = body.get("draft").get("id").asText();
    String stored = Editorial.as(editor).get("/v1/editorial/articles/" + id).asString();
    String lower = stored.toLowerCase(Locale.ROOT);
    for (String forbidden :
        List.of(
            "<script",
            "alert",
            "document.cookie",
            "onclick",
            "onmouseover",
            "onerror",
            "javascript:",
            "<style",
            "color: red",
            "steal",
            "<iframe",
            "youtube",
            "<p",
            "<strong")) {
      assertFalse(lower.contains(forbidden), forbidden + " reached the draft: " + stored);
    }

    JsonNode content = body.get("draft").get("content");
    assertEquals("Omega-3 basics", content.get("title").asText());
    JsonNode intro = content.get("sections").get(0).get("blocks");
    assertEquals("Fish oil gives EPA and DHA.", intro.get(0).get("text").asText());
    assertEquals("Read this and that.", intro.get(1).get("text").asText());
    String link = intro.get(1).get("citations").get(0).asText();
    assertEquals("https://www.example.org/omega-3", citation(link).get("url").asText());

    JsonNode sources = content.get("sections").get(1);
    assertEquals("sources-of-omega-3", sources.get("key").asText());
    assertEquals(List.of("salmon", "sardines"), itemTexts(sources.get("blocks").get(0)));
    assertEquals("bulletedList", sources.get("blocks").get(0).get("type").asText());
    assertEquals("orderedList", sources.get("blocks").get(1).get("type").asText());
    JsonNode image = sources.get("blocks").get(2);
    assertEquals("https://cdn.example/fish.jpg", image.get("src").asText());
    assertEquals("Grilled salmon", image.get("alt").asText());
    assertEquals("Salmon on the grill", image.get("caption").asText());
    JsonNode dosage = content.get("sections").get(2);
    assertEquals("Dosage", dosage.get("heading").asText());
    assertEquals(
        "Ask your practitioner – it’s personal.", dosage.get("blocks").get(0).get("text").asText());

    Set<String> kinds = kinds(body);
    for (String kind :
        List.of("elementDropped", "attributeDropped", "unsafeUrlDropped", "emptyHeading")) {
      assertTrue(kinds.contains(kind), kind + " missing from " + body.get("report"));
    }
    JsonNode style = first(body, "elementDropped");
    assertEquals(2, style.get("position").get("line").asInt());
    assertEquals(1, style.get("position").get("column").asInt());
  }

  @Test
  void aCreditNamingANewSourceCreatesACitationWithoutClobberingOneWithTheSameKey()
      throws IOException {
    String topic = "Magnesium Webinar " + UUID.randomUUID().toString().substring(0, 8);
    String takenKey = "doe-" + topic.toLowerCase(Locale.ROOT).replace(' ', '-');
    Editorial.as(Editorial.ADMIN)
        .body(
            Editorial.json(
                java.util.Map.of(
                    "key",
                    takenKey,
                    "type",
                    "book",
                    "title",
                    "Another work",
                    "authors",
                    List.of())))
        .post("/v1/editorial/citations")
        .then()
        .statusCode(201);
    String post =
        "Magnesium explained\n\nText.\n\nInformation from Jane Doe – Nutritionist at Acme"
            + " Labs, "
            + topic
            + ".\n";

    JsonNode first = imported("text/plain", post, unique("webinar"));
    String key = first.get("draft").get("content").get("credits").get(0).get("citation").asText();
    assertEquals(takenKey + "-2", key);
    JsonNode created = citation(key);
    assertEquals("speech", created.get("type").asText());
    assertEquals(topic, created.get("title").asText());
    JsonNode author = created.get("authors").get(0);
    assertEquals("Jane", author.get("given").asText());
    assertEquals("Doe", author.get("family").asText());
    assertEquals("Nutritionist", author.get("position").asText());
    assertEquals("Acme Labs", author.get("affiliation").asText());
    assertFalse(created.has("accessed"), "no date the post does not give");
    assertEquals("Another work", citation(takenKey).get("title").asText());
    assertTrue(kinds(first).contains("citationCreated"));

    JsonNode second = imported("text/plain", post, unique("webinar"));
    assertEquals(
        key, second.get("draft").get("content").get("credits").get(0).get("citation").asText());
    assertTrue(kinds(second).contains("citationLinked"), second.get("report").toString());
  }

  @Test
  void anEmptyBodyIsRefusedWith400() {
    post("text/plain", new byte[0], null)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/empty-body"));
    post("text/plain", " \n\u00A0\n".getBytes(StandardCharsets.UTF_8), null)
        .then()
        .statusCode(400)
        .body("type", equalTo("/problems/empty-body"));
  }

  @Test
  void aBinaryBodyIsRefusedWith400() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
    post("text/plain", png, null)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/not-text"))
        .body("detail", startsWith("The body is not UTF-8 text"));
    // Every byte is valid ISO-8859-1, but control characters give binary data away.
    post("text/plain; charset=ISO-8859-1", png, null)
        .then()
        .statusCode(400)
        .body("type", equalTo("/problems/not-text"));
  }

  @Test
  @Tag("owasp-api4")
  void aBodyOverTheSizeLimitIsRefusedWith413() {
    byte[] huge = ("Title\n\n" + "word ".repeat(220_000)).getBytes(StandardCharsets.UTF_8);
    post("text/plain", huge, null).then().statusCode(413).contentType("application/problem+json");
  }

  @Test
  void anUnknownCharsetIsRefusedWith415() {
    post("text/plain; charset=klingon-8", "Title\n\nText.".getBytes(StandardCharsets.UTF_8), null)
        .then()
        .statusCode(415)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/unsupported-charset"));
  }

  @Test
  void aBodyInADeclaredCharsetIsDecodedInIt() throws IOException {
    String slug = unique("latin");
    byte[] latin = "Café crème\n\nIt’s “good”.".getBytes("windows-1252");
    JsonNode body =
        JSON.readTree(
            post("text/plain; charset=windows-1252", latin, slug)
                .then()
                .statusCode(201)
                .extract()
                .asByteArray());
    JsonNode content = body.get("draft").get("content");
    assertEquals("Café crème", content.get("title").asText());
    assertEquals(
        "It’s “good”.", content.get("sections").get(0).get("blocks").get(0).get("text").asText());
  }

  @Test
  void anUnsupportedMediaTypeIsRefusedWith415() {
    post("application/pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8), null)
        .then()
        .statusCode(415)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/unsupported-media-type"));
  }

  @Test
  void unclosedMarkupIsRepairedAndReported() throws IOException {
    String slug = unique("unclosed");
    JsonNode body =
        imported(
            "text/html",
            "<h1>Zinc <em>basics</h1>\n<p>Zinc supports <strong>immune function\n<ul><li>oysters"
                + "<li>beef</ul>\n<div><p>Last words",
            slug);
    JsonNode content = body.get("draft").get("content");
    assertEquals("Zinc basics", content.get("title").asText());
    JsonNode blocks = content.get("sections").get(0).get("blocks");
    assertEquals("Zinc supports immune function", blocks.get(0).get("text").asText());
    assertEquals(List.of("oysters", "beef"), itemTexts(blocks.get(1)));
    assertEquals("Last words", blocks.get(2).get("text").asText());
    assertTrue(kinds(body).contains("markupRepaired"), body.get("report").toString());

    JsonNode markdown =
        imported("text/markdown", "# Iron\n\nAn *unclosed emphasis and [a link(", unique("iron"));
    assertEquals(
        "An *unclosed emphasis and [a link(",
        markdown
            .get("draft")
            .get("content")
            .get("sections")
            .get(0)
            .get("blocks")
            .get(0)
            .get("text")
            .asText());
  }

  @Test
  void aTitleOfTenThousandCharactersIsCutAtAWordAndTheRestKeptAsText() throws IOException {
    String words = "Vitamin ".repeat(1249) + "Vitamins";
    assertEquals(10_000, words.length());
    JsonNode body = imported("text/plain", words + "\n\nBody text.", null);
    JsonNode content = body.get("draft").get("content");
    String title = content.get("title").asText();
    assertTrue(title.length() <= 300, "title has " + title.length());
    assertTrue(words.startsWith(title));
    String rest = content.get("sections").get(0).get("blocks").get(0).get("text").asText();
    assertEquals(words, title + " " + rest);
    JsonNode note = first(body, "titleTruncated");
    assertEquals(1, note.get("position").get("line").asInt());
    assertTrue(content.get("slug").asText().length() <= 120);
  }

  /**
   * A post of the largest size taken, whose last lines hold long runs of spaces and full stops
   * where the source-line rules look (a paragraph before the credit line, and the credit line's
   * name, position and title), is imported in about a second. The bound is generous for a loaded
   * machine; the patterns these rules used before spent hours on such a post.
   */
  @Test
  void aMegabytePostOfLongRunsIsImportedInSeconds() throws IOException {
    for (String[] shape : new String[][] {{"text/plain", " "}, {"text/markdown", ". "}}) {
      String post =
          ImportReadersTest.postWithLongRuns(
              "Long runs " + UUID.randomUUID(), shape[1], 540_000, 165_000);
      byte[] body = post.getBytes(StandardCharsets.UTF_8);
      assertTrue(body.length > 1_000_000 && body.length < 1024 * 1024, "" + body.length);

      JsonNode imported =
          assertTimeoutPreemptively(
              Duration.ofSeconds(30), () -> imported(shape[0], post, null), shape[0]);

      assertEquals(
          "information",
          imported.get("draft").get("content").get("credits").get(0).get("role").asText());
    }
  }

  @Test
  void aTakenSlugGetsASuffixWhenNoneWasAskedFor() throws IOException {
    String title = "Selenium " + UUID.randomUUID();
    byte[] post = (title + "\n\nText.").getBytes(StandardCharsets.UTF_8);
    String first =
        JSON.readTree(post("text/plain", post, null).then().statusCode(201).extract().asByteArray())
            .get("draft")
            .get("content")
            .get("slug")
            .asText();
    JsonNode second =
        JSON.readTree(
            post("text/plain", post, null).then().statusCode(201).extract().asByteArray());
    assertEquals(first + "-2", second.get("draft").get("content").get("slug").asText());
    assertTrue(kinds(second).contains("slugChanged"));

    post("text/plain", post, first)
        .then()
        .statusCode(409)
        .body("type", equalTo("/problems/slug-taken"));
  }

  @Test
  void aMalformedLocaleIsRefusedWith400() {
    given()
        .config(raw())
        .header("Authorization", "Bearer " + editor)
        .contentType("text/plain")
        .queryParam("locale", "english")
        .body("Title\n\nText.".getBytes(StandardCharsets.UTF_8))
        .post("/v1/editorial/imports")
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("locale"));
  }

  @Test
  void aRefusedImportCreatesNeitherADraftNorACitation() {
    int drafts = countDrafts();
    StringBuilder post = new StringBuilder("Too many items\n\n");
    for (int i = 1; i <= 201; i++) {
      post.append("  • item ").append(i).append('\n');
    }
    String page = "https://refused-import.example/" + UUID.randomUUID();
    post.append("\n").append(page).append('\n');
    Response refused =
        post("text/plain", post.toString().getBytes(StandardCharsets.UTF_8), unique("refused"));
    refused.then().statusCode(400).contentType("application/problem+json");

    assertEquals(drafts, countDrafts());
    String key = "refused-import-example-" + page.substring(page.lastIndexOf('/') + 1);
    Editorial.as(editor).get("/v1/editorial/citations/" + key).then().statusCode(404);
    for (String kind : List.of("empty", "binary", "charset", "type")) {
      switch (kind) {
        case "empty" -> post("text/plain", new byte[0], null).then().statusCode(400);
        case "binary" -> post("text/plain", new byte[] {0, 1, 2}, null).then().statusCode(400);
        case "charset" ->
            post("text/plain; charset=nope", "A".getBytes(StandardCharsets.UTF_8), null)
                .then()
                .statusCode(415);
        default ->
            post("image/png", "A".getBytes(StandardCharsets.UTF_8), null).then().statusCode(415);
      }
    }
    assertEquals(drafts, countDrafts());
  }

  // --- helpers ---------------------------------------------------------------------------------

  private Response post(String contentType, byte[] body, String slug) {
    RequestSpecification request =
        given()
            .config(raw())
            .header("Authorization", "Bearer " + editor)
            .contentType(contentType)
            .body(body);
    if (slug != null) {
      request.queryParam("slug", slug);
    }
    return request.post("/v1/editorial/imports");
  }

  private JsonNode imported(String contentType, String text, String slug) throws IOException {
    Response response = post(contentType, text.getBytes(StandardCharsets.UTF_8), slug);
    assertEquals(201, response.statusCode(), response.asString());
    return JSON.readTree(response.asByteArray());
  }

  /** Sends bodies as given: no charset added to the Content-Type behind the test's back. */
  private static RestAssuredConfig raw() {
    return RestAssured.config()
        .encoderConfig(
            EncoderConfig.encoderConfig()
                .appendDefaultContentCharsetToContentTypeIfUndefined(false));
  }

  private JsonNode citation(String key) throws IOException {
    return JSON.readTree(
        Editorial.as(editor)
            .get("/v1/editorial/citations/" + key)
            .then()
            .statusCode(200)
            .extract()
            .asByteArray());
  }

  private int countDrafts() {
    int count = 0;
    String cursor = null;
    do {
      RequestSpecification request = Editorial.as(editor).queryParam("limit", 100);
      if (cursor != null) {
        request.queryParam("cursor", cursor);
      }
      Response page = request.get("/v1/editorial/articles");
      count += page.jsonPath().getList("items").size();
      cursor = page.jsonPath().getString("next");
    } while (cursor != null);
    return count;
  }

  /** Headings, block types and every text of each section, in order: what a reader sees. */
  private static List<String> structure(JsonNode sections) {
    List<String> lines = new ArrayList<>();
    for (JsonNode section : sections) {
      lines.add("section: " + section.path("heading").asText("(untitled)"));
      for (JsonNode block : section.get("blocks")) {
        lines.add("  " + block.get("type").asText());
        if (block.has("text")) {
          lines.add("    " + block.get("text").asText());
        }
        for (JsonNode item : block.path("items")) {
          lines.add("    - " + item.get("text").asText());
        }
      }
    }
    return lines;
  }

  private static List<String> credits(JsonNode credits) {
    List<String> lines = new ArrayList<>();
    for (JsonNode credit : credits) {
      lines.add(credit.get("role").asText() + ": " + credit.get("text").asText());
    }
    return lines;
  }

  private static List<String> itemTexts(JsonNode list) {
    List<String> texts = new ArrayList<>();
    for (JsonNode item : list.get("items")) {
      texts.add(item.get("text").asText());
    }
    return texts;
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(n -> texts.add(n.asText()));
    return texts;
  }

  private static String citationField(JsonNode bundle, int index, String field) {
    return bundle.get("citations").get(index).get(field).asText();
  }

  private static Set<String> kinds(JsonNode body) {
    Set<String> kinds = new HashSet<>();
    body.get("report").forEach(n -> kinds.add(n.get("kind").asText()));
    return kinds;
  }

  private static JsonNode first(JsonNode body, String kind) {
    for (JsonNode note : body.get("report")) {
      if (note.get("kind").asText().equals(kind)) {
        return note;
      }
    }
    throw new AssertionError("no " + kind + " in " + body.get("report"));
  }

  private static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }
}

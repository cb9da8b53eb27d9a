package com.renovare.content.compliance;

import static com.renovare.content.compliance.ClaimArticles.article;
import static com.renovare.content.compliance.ClaimArticles.claim;
import static com.renovare.content.compliance.ClaimArticles.paragraph;
import static com.renovare.content.compliance.ClaimArticles.uncited;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.renovare.content.article.ArticleContent;
import com.renovare.content.article.Block;
import com.renovare.content.article.Claim;
import com.renovare.content.article.Disclaimer;
import com.renovare.content.editorial.Editorial;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Claims, the US market's disclaimers and the compliance report in the default warn mode. */
@QuarkusTest
class ComplianceTest {

  private static final String SINGULAR =
      "This statement has not been evaluated by the Food and Drug Administration. This product is"
          + " not intended to diagnose, treat, cure, or prevent any disease.";
  private static final String PLURAL =
      "These statements have not been evaluated by the Food and Drug Administration. This"
          + " product is not intended to diagnose, treat, cure, or prevent any disease.";

  @Test
  void oneStructureFunctionClaimCarriesTheSingularDisclaimerLinkedByItsMarker() {
    String text = "Magnesium supports normal muscle function. It is found in nuts.";
    ArticleContent content =
        article(
            "en-US",
            paragraph(
                text,
                claim(
                    "magnesium-supports-muscle",
                    Claim.STRUCTURE_FUNCTION,
                    "Magnesium supports normal muscle function")));

    JsonPath doc = publishAndRead(content);

    assertEquals(1, doc.getList("disclaimers.findAll { it.source == 'rule' }").size());
    assertEquals("us-fda-dshea", doc.getString("disclaimers[0].key"));
    assertEquals(SINGULAR, doc.getString("disclaimers[0].text"));
    assertEquals("*", doc.getString("disclaimers[0].marker"));
    assertEquals(List.of("magnesium-supports-muscle"), doc.getList("disclaimers[0].claims"));
    Map<String, Object> placed = doc.getMap("sections[0].blocks[0].claims[0]");
    assertEquals(0, placed.get("start"));
    assertEquals("Magnesium supports normal muscle function".length(), placed.get("end"));
    assertEquals(List.of("us-fda-dshea"), placed.get("disclaimers"));
    assertEquals(List.of(ClaimArticles.CITED), placed.get("citations"));
  }

  @Test
  void severalClaimsShareThePluralDisclaimerAndEditorialDisclaimersFollowIt() {
    ArticleContent base =
        article(
            "en-US",
            paragraph(
                "Zinc supports normal immune function.",
                claim("zinc-immune", Claim.STRUCTURE_FUNCTION, "Zinc supports normal immune")),
            new Block.BulletedList(
                List.of(
                    new Block.ListItem(
                        "Zinc is a cofactor of many enzymes.",
                        List.of(ClaimArticles.CITED),
                        List.of(
                            claim("zinc-cofactor", Claim.MECHANISM, "a cofactor of many enzymes"))),
                    new Block.ListItem("Found in seeds.", List.of()))));
    ArticleContent content = withEditorialDisclaimer(base, "Ask your pharmacist.");

    JsonPath doc = publishAndRead(content);

    assertEquals(PLURAL, doc.getString("disclaimers[0].text"));
    assertEquals(List.of("zinc-immune", "zinc-cofactor"), doc.getList("disclaimers[0].claims"));
    assertEquals("editorial", doc.getString("disclaimers[1].source"));
    assertEquals("Ask your pharmacist.", doc.getString("disclaimers[1].text"));
    assertEquals(null, doc.getString("disclaimers[1].marker"));
    Map<String, Object> item = doc.getMap("sections[0].blocks[1].items[0].claims[0]");
    assertEquals("Zinc is ".length(), item.get("start"));
    assertEquals(List.of("us-fda-dshea"), item.get("disclaimers"));
  }

  @Test
  void wellbeingClaimsAndArticlesOutsideRuledMarketsCarryNoRuleDisclaimer() {
    JsonPath wellbeing =
        publishAndRead(
            article(
                "en-US",
                paragraph(
                    "A walk after dinner feels good.",
                    claim("walk-feels-good", Claim.GENERAL_WELLBEING, "A walk after dinner"))));
    assertEquals(List.of(), wellbeing.getList("disclaimers"));
    assertEquals(null, wellbeing.getString("sections[0].blocks[0].claims[0].disclaimers"));

    ArticleContent british =
        article(
            "en-GB",
            paragraph(
                "Iron supports normal oxygen transport.",
                claim("iron-oxygen", Claim.STRUCTURE_FUNCTION, "Iron supports normal oxygen")));
    String id = Editorial.create(Editorial.ADMIN, british);
    Editorial.as(Editorial.ADMIN)
        .get("/v1/editorial/articles/" + id + "/compliance")
        .then()
        .statusCode(200)
        .body("markets", empty());
    Editorial.publish(Editorial.ADMIN, id, "No market rules for GB.");
    given()
        .get("/v1/articles/" + british.slug())
        .then()
        .statusCode(200)
        .body("disclaimers", empty());
  }

  @Test
  void warnModePublishesAndKeepsTheReportWithTheVersion() {
    String disease = "Some say this cures diabetes and prevents heart disease.";
    ArticleContent content =
        article(
            "en-US",
            paragraph(
                "Selenium is a trace mineral. " + disease,
                uncited("selenium-trace", Claim.OTHER, "Selenium is a trace mineral"),
                claim("selenium-diabetes", Claim.DISEASE, "this cures diabetes")));
    String id = Editorial.create(Editorial.ADMIN, content);

    JsonPath published =
        Editorial.as(Editorial.ADMIN)
            .body(Map.of("changeNote", "Warn, do not block."))
            .post("/v1/editorial/articles/" + id + "/publish")
            .then()
            .statusCode(201)
            .body("compliance.markets[0].market", equalTo("US"))
            .body("compliance.markets[0].policy", equalTo("warn"))
            .body("compliance.markets[0].outcome", equalTo("warnings"))
            .extract()
            .jsonPath();

    List<Map<String, Object>> findings = published.getList("compliance.markets[0].findings");
    assertEquals(
        List.of("uncited-claim", "disease-claim", "disease-wording"),
        findings.stream().map(f -> f.get("code")).toList());
    Map<String, Object> wording = findings.get(2);
    assertEquals("body", wording.get("section"));
    assertEquals(0, wording.get("block"));
    assertEquals("sections[0].blocks[0].text", wording.get("field"));
    assertEquals(disease, wording.get("text"));
    assertEquals("Selenium is a trace mineral. ".length(), wording.get("start"));
    assertEquals(List.of("cures", "diabetes", "prevents", "heart disease"), wording.get("terms"));
    assertEquals("selenium-diabetes", findings.get(1).get("claim"));
    assertEquals("this cures diabetes", findings.get(1).get("text"));

    Editorial.as(Editorial.ADMIN)
        .get("/v1/editorial/articles/" + id + "/versions/1/compliance")
        .then()
        .statusCode(200)
        .body("markets[0].findings", hasSize(3))
        .body(
            "markets[0].findings[2].terms",
            contains("cures", "diabetes", "prevents", "heart disease"));
    given().get("/v1/articles/" + content.slug()).then().statusCode(200);
  }

  @Test
  void theSeedReportFlagsTheSentenceLinkingDeficiencyToDisease() {
    String id =
        Editorial.as(Editorial.ADMIN)
            .get("/v1/editorial/articles?slug=vitamin-k2-mk7")
            .then()
            .statusCode(200)
            .extract()
            .path("items[0].id");

    JsonPath report =
        Editorial.as(Editorial.ADMIN)
            .get("/v1/editorial/articles/" + id + "/versions/1/compliance")
            .then()
            .statusCode(200)
            .body("markets[0].outcome", equalTo("warnings"))
            .body("markets[0].disclaimers[0].text", startsWith("These statements"))
            .extract()
            .jsonPath();
    Map<String, Object> sentence =
        report.getMap(
            "markets[0].findings.find { it.code == 'disease-wording' && it.section == 'introduction' }");
    assertEquals(1, sentence.get("block"));
    assertEquals(0, sentence.get("start"));
    @SuppressWarnings("unchecked")
    List<String> terms = (List<String>) sentence.get("terms");
    assertEquals(
        List.of("heart disease", "cancer", "diabetes"), terms.subList(0, 3), terms.toString());
    assertEquals(
        "deficiency-linked-to-diseases",
        report.getString("markets[0].findings.find { it.code == 'disease-claim' }.claim"));
  }

  @Test
  void aClaimMustQuoteItsTextAndHaveAKeyOfItsOwn() {
    ArticleContent content =
        article(
            "en-US",
            paragraph(
                "Vitamin C supports collagen formation.",
                claim("c-collagen", Claim.STRUCTURE_FUNCTION, "supports bone formation")),
            paragraph(
                "Vitamin C is found in citrus.",
                claim("c-collagen", Claim.OTHER, "Vitamin C is found in citrus")));
    String id = Editorial.create(Editorial.ADMIN, content);

    Editorial.as(Editorial.ADMIN)
        .body(Map.of("changeNote", "Broken claims."))
        .post("/v1/editorial/articles/" + id + "/publish")
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/publish-refused"))
        .body(
            "violations.field",
            contains("sections[0].blocks[0].claims[0].text", "sections[0].blocks[1].claims[0].key"))
        .body("violations[0].message", startsWith("claim-not-in-text: "))
        .body("violations[1].message", startsWith("duplicate-claim-key: "));
    given().get("/v1/articles/" + content.slug()).then().statusCode(404);
  }

  @Test
  void whatPublishingWorksOutCannotBeWrittenAndRevertGivesClaimsBackAsWritten() throws Exception {
    ArticleContent content =
        article(
            "en-US",
            paragraph(
                "Biotin supports normal hair.",
                claim("biotin-hair", Claim.STRUCTURE_FUNCTION, "Biotin supports normal hair")));
    String id = Editorial.create(Editorial.ADMIN, content);
    Editorial.publish(Editorial.ADMIN, id, "First.");

    ObjectNode tampered = (ObjectNode) new ObjectMapper().readTree(Editorial.json(content));
    ObjectNode written = (ObjectNode) tampered.at("/sections/0/blocks/0/claims/0");
    written.put("start", 3);
    written.putArray("disclaimers").add("us-fda-dshea");
    Editorial.as(Editorial.ADMIN)
        .header("If-Match", Editorial.etag(Editorial.ADMIN, id))
        .body(tampered.toString())
        .put("/v1/editorial/articles/" + id)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body(
            "violations.field",
            contains(
                "sections[0].blocks[0].claims[0].disclaimers",
                "sections[0].blocks[0].claims[0].start"));

    Editorial.as(Editorial.ADMIN)
        .header("If-Match", Editorial.etag(Editorial.ADMIN, id))
        .body(Map.of("version", 1))
        .post("/v1/editorial/articles/" + id + "/revert")
        .then()
        .statusCode(200)
        .body("content.sections[0].blocks[0].claims[0].key", equalTo("biotin-hair"))
        .body("content.sections[0].blocks[0].claims[0].start", nullValue())
        .body("content.sections[0].blocks[0].claims[0].disclaimers", nullValue())
        .body("content.disclaimers", empty());
  }

  private static JsonPath publishAndRead(ArticleContent content) {
    String id = Editorial.create(Editorial.ADMIN, content);
    Editorial.publish(Editorial.ADMIN, id, "Compliance test.");
    return given()
        .get("/v1/articles/" + content.slug())
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static ArticleContent withEditorialDisclaimer(ArticleContent c, String text) {
    return new ArticleContent(
        c.slug(),
        c.locale(),
        c.title(),
        c.summary(),
        c.topics(),
        c.authors(),
        c.heroImage(),
        c.sections(),
        c.productLinks(),
        c.citations(),
        c.credits(),
        List.of(new Disclaimer("US", text)),
        c.review());
  }
}

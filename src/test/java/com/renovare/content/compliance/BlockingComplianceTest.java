package com.renovare.content.compliance;

import static com.renovare.content.compliance.ClaimArticles.article;
import static com.renovare.content.compliance.ClaimArticles.claim;
import static com.renovare.content.compliance.ClaimArticles.paragraph;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import com.renovare.content.article.ArticleContent;
import com.renovare.content.article.Claim;
import com.renovare.content.editorial.Editorial;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A market whose policy is block: findings stop the publish, and nothing is written. */
@QuarkusTest
@TestProfile(BlockingComplianceTest.UsBlocks.class)
class BlockingComplianceTest {

  /** The US market blocks instead of warning. */
  public static class UsBlocks implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("content.compliance.markets.US.policy", "block");
    }
  }

  @Test
  void findingsRefuseThePublishWith422AndTheReportAndNothingIsPublished() {
    ArticleContent content =
        article(
            "en-US",
            paragraph(
                "Boron is a trace element. It is said to cure arthritis.",
                claim("boron-arthritis", Claim.DISEASE, "It is said to cure arthritis.")));
    String id = Editorial.create(Editorial.ADMIN, content);

    Editorial.as(Editorial.ADMIN)
        .get("/v1/editorial/articles/" + id + "/preview")
        .then()
        .statusCode(422)
        .body("type", equalTo("/problems/compliance-refused"));
    Editorial.as(Editorial.ADMIN)
        .body(Map.of("changeNote", "Should be refused."))
        .post("/v1/editorial/articles/" + id + "/publish")
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/compliance-refused"))
        .body("title", equalTo("Compliance refused"))
        .body(
            "violations.field",
            contains("sections[0].blocks[0].text", "sections[0].blocks[0].text"))
        .body("violations[0].message", startsWith("disease-claim: US: "))
        .body("violations[1].message", startsWith("disease-wording: US: "));

    given().get("/v1/articles/" + content.slug()).then().statusCode(404);
    Editorial.as(Editorial.ADMIN)
        .get("/v1/editorial/articles/" + id)
        .then()
        .body("status", equalTo("draft"))
        .body("publishedVersion", equalTo(0));
    Editorial.as(Editorial.ADMIN)
        .get("/v1/editorial/articles/" + id + "/compliance")
        .then()
        .statusCode(200)
        .body("markets[0].policy", equalTo("block"))
        .body("markets[0].outcome", equalTo("blocked"))
        .body("markets[0].findings", hasSize(2));
  }

  @Test
  void theSeedArticleStaysADraftAndTheServiceStillStarts() {
    given().get("/v1/articles/vitamin-k2-mk7").then().statusCode(404);
    Editorial.as(Editorial.ADMIN)
        .get("/v1/editorial/articles?slug=vitamin-k2-mk7")
        .then()
        .statusCode(200)
        .body("items[0].status", equalTo("draft"));
  }

  @Test
  void aCleanArticlePublishesInABlockingMarketWithItsDisclaimer() {
    ArticleContent content =
        article(
            "en-US",
            paragraph(
                "Calcium supports normal bones.",
                claim("calcium-bones", Claim.STRUCTURE_FUNCTION, "Calcium supports normal bones")));
    String id = Editorial.create(Editorial.ADMIN, content);
    Editorial.as(Editorial.ADMIN)
        .body(Map.of("changeNote", "Clean."))
        .post("/v1/editorial/articles/" + id + "/publish")
        .then()
        .statusCode(201)
        .body("compliance.markets[0].outcome", equalTo("clear"));
    given()
        .get("/v1/articles/" + content.slug())
        .then()
        .statusCode(200)
        .body("disclaimers[0].key", equalTo("us-fda-dshea"))
        .body("disclaimers[0].text", startsWith("This statement has not been evaluated"));
  }
}

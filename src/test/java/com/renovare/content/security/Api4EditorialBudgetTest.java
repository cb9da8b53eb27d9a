package com.renovare.content.security;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import com.renovare.content.Articles;
import com.renovare.content.article.ArticleContent;
import com.renovare.content.editorial.Editorial;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * OWASP API4:2023 Unrestricted Resource Consumption on the editorial API: each token has its own
 * budget (four per hour here), spent requests are answered 429 with Retry-After and the RateLimit
 * fields, a refused write changes nothing, and other tokens are unaffected.
 */
@Tag("owasp-api4")
@QuarkusTest
@TestProfile(TightEditorialBudgets.PerToken.class)
class Api4EditorialBudgetTest {

  @Test
  void api4_aTokensSpentBudgetIsAnswered429AndTheRefusedWriteChangesNothing() {
    String spender = issue("spender"); // admin: 1
    String other = issue("bystander"); // admin: 2

    for (int left = 3; left >= 0; left--) {
      Editorial.as(spender)
          .get("/v1/editorial/articles")
          .then()
          .statusCode(200)
          .header("RateLimit-Policy", "\"editorial\";q=4;w=3600")
          .header("RateLimit", matchesPattern("\"editorial\";r=" + left + ";t=\\d+"));
    }
    ArticleContent refused = Articles.aDraftWithSections(1);
    Editorial.as(spender)
        .body(Editorial.json(refused))
        .post("/v1/editorial/articles")
        .then()
        .statusCode(429)
        .contentType("application/problem+json")
        .header("Retry-After", matchesPattern("\\d+"))
        .header("RateLimit", matchesPattern("\"editorial\";r=0;t=\\d+"))
        .header("RateLimit-Policy", "\"editorial\";q=4;w=3600")
        .body("type", equalTo("/problems/too-many-requests"));

    Editorial.as(other)
        .get("/v1/editorial/articles")
        .then()
        .statusCode(200)
        .body("items.slug", not(hasItem(refused.slug())));
  }

  private static String issue(String name) {
    return Editorial.as(Editorial.ADMIN)
        .body(Map.of("name", name, "roles", List.of("editor")))
        .post("/v1/editorial/tokens")
        .then()
        .statusCode(201)
        .extract()
        .path("secret");
  }
}

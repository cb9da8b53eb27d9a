package com.renovare.content.delivery;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.renovare.content.Articles;
import com.renovare.content.Management;
import com.renovare.content.article.ArticleContent;
import com.renovare.content.editorial.Editorial;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.Header;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The prepared-response route answers article and version reads from the cache; the REST resource
 * answers everything else (here forced with a query parameter it ignores). Both must give the same
 * answer, header for header and byte for byte, and the route must really be the one answering.
 */
@QuarkusTest
class PreparedArticleRouteTest {

  private static final String ARTICLE = "/v1/articles/vitamin-k2-mk7";
  private static final String VERSION = ARTICLE + "/versions/1";
  private static final String ORIGIN = "https://shop.renovare.test";
  private static final RestAssuredConfig RAW =
      RestAssuredConfig.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders());
  private static final Pattern PREPARED =
      Pattern.compile("(?m)^content_delivery_prepared_responses_total(?:\\{[^}]*})? ([0-9.E]+)$");
  private static final Pattern MISSES =
      Pattern.compile(
          "(?m)^cache_gets_total\\{[^}]*cache=\"delivery\"[^}]*result=\"miss\"[^}]*} ([0-9.E]+)$");

  @ParameterizedTest
  @ValueSource(strings = {ARTICLE, VERSION})
  void answersExactlyAsTheResourceWouldForEveryKindOfRequest(String path) {
    given().get(path).then().statusCode(200);
    String etag = given().config(RAW).get(path).header("ETag");
    Map<String, UnaryOperator<RequestSpecification>> requests =
        Map.of(
            "plain", r -> r,
            "json", r -> r.accept("application/json"),
            "gzip", r -> r.header("Accept-Encoding", "gzip, br"),
            "revalidation", r -> r.header("If-None-Match", etag),
            "gzip revalidation",
                r ->
                    r.header("If-None-Match", etag.replaceFirst("\"$", ".gz\""))
                        .header("Accept-Encoding", "gzip"),
            "other etag", r -> r.header("If-None-Match", "\"something-else\""),
            "storefront", r -> r.header("Origin", ORIGIN),
            "other origin", r -> r.header("Origin", "https://elsewhere.example"));
    requests.forEach(
        (name, request) -> {
          double before = prepared();
          Response direct = request.apply(given().config(RAW)).get(path);
          assertEquals(before + 1, prepared(), name + ": answered by the prepared route");
          Response viaResource = request.apply(given().config(RAW)).get(path + "?via=resource");
          assertEquals(before + 1, prepared(), name + ": the query string goes to the resource");

          assertEquals(viaResource.statusCode(), direct.statusCode(), name);
          assertEquals(headers(viaResource), headers(direct), name);
          assertArrayEquals(viaResource.asByteArray(), direct.asByteArray(), name);
        });
  }

  @Test
  void aMissIsLoadedAndAnsweredHereAsTheResourceWould() {
    String publisher = Editorial.token("publisher");
    ArticleContent content = Articles.aDraftWithSections(2);
    Editorial.publish(publisher, Editorial.create(publisher, content), "First");
    String article = "/v1/articles/" + content.slug();
    for (String path : List.of(article, article + "/versions/1")) {
      for (String encoding : List.of("identity", "gzip")) {
        double before = prepared();
        double missesBefore = misses();
        Response direct = given().config(RAW).header("Accept-Encoding", encoding).get(path);
        assertEquals(before + 1, prepared(), path + ": answered by the prepared route");
        if (encoding.equals("identity")) {
          assertEquals(missesBefore + 1, misses(), path + ": loaded, not found in memory");
        }
        Response viaResource =
            given().config(RAW).header("Accept-Encoding", encoding).get(path + "?via=resource");

        assertEquals(200, direct.statusCode());
        assertEquals(headers(viaResource), headers(direct), path);
        assertArrayEquals(viaResource.asByteArray(), direct.asByteArray(), path);
      }
    }
  }

  /** Content-Length included, as RFC 9110 §9.3.2 allows (the REST layer leaves it out of HEAD). */
  @Test
  void headAnswersTheHeadersOfGetWithoutTheBody() {
    given().get(ARTICLE).then().statusCode(200);
    double before = prepared();
    Response head = given().config(RAW).head(ARTICLE);
    Response get = given().config(RAW).get(ARTICLE);
    assertEquals(before + 2, prepared());
    assertEquals(200, head.statusCode());
    assertEquals(0, head.asByteArray().length);
    assertEquals(headers(get), headers(head));
  }

  @Test
  void whatItCannotAnswerExactlyGoesToTheResource() {
    given().get(ARTICLE).then().statusCode(200);
    double before = prepared();
    given()
        .accept("application/ld+json")
        .get(ARTICLE)
        .then()
        .statusCode(200)
        .contentType("application/ld+json");
    given().accept("text/html").get(ARTICLE).then().statusCode(406);
    given().get("/v1/articles/not-published-anywhere").then().statusCode(404);
    given().get("/v1/articles/NOT_A_SLUG").then().statusCode(400);
    // '|' joins the parts of cache keys: it must never reach a different entry.
    given()
        .get(ARTICLE + "/versions/1%7Cld")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    given().get(ARTICLE + "/versions/01").then().statusCode(400);
    assertEquals(before, prepared());
  }

  @Test
  void metricsNameTheRouteTemplateNotTheRequestedPath() {
    given().get(ARTICLE).then().statusCode(200);
    given().get(ARTICLE).then().statusCode(200);
    given().get(VERSION).then().statusCode(200);
    String metrics = Management.given().get("/q/metrics").asString();
    assertTrue(
        metrics.contains("uri=\"/v1/articles/{slug}\""),
        "the article's requests are counted under its template");
    assertTrue(
        metrics.contains("uri=\"/v1/articles/{slug}/versions/{version}\""),
        "the version's requests are counted under its template");
    Management.given()
        .get("/q/metrics")
        .then()
        .body(not(containsString("status=\"200\",uri=\"/v1/articles/vitamin-k2-mk7")));
  }

  /**
   * Every header but Date, and RateLimit without its count and reset (each request spends one, and
   * a second may turn).
   */
  private static Map<String, String> headers(Response response) {
    // Names compared as spelled: some clients look headers up case-sensitively.
    Map<String, String> headers = new TreeMap<>();
    for (Header header : response.headers()) {
      String value = header.getValue();
      if (header.getName().equalsIgnoreCase("Date")) {
        continue;
      }
      if (header.getName().equalsIgnoreCase("RateLimit")) {
        value = value.replaceAll(";r=\\d+;t=\\d+", ";r=_;t=_");
      }
      headers.merge(header.getName(), value, (a, b) -> a + "\n" + b);
    }
    return headers;
  }

  private static double prepared() {
    return metric(PREPARED);
  }

  private static double misses() {
    return metric(MISSES);
  }

  private static double metric(Pattern pattern) {
    Matcher matcher = pattern.matcher(Management.given().get("/q/metrics").asString());
    return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
  }
}

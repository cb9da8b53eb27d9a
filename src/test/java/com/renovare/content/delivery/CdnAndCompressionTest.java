package com.renovare.content.delivery;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.renovare.content.Management;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CdnAndCompressionTest {

  private static final String SEED = "/v1/articles/vitamin-k2-mk7";
  private static final RestAssuredConfig RAW =
      RestAssuredConfig.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders());

  @Test
  void responsesNameTheArticleVersionAndProductsForCdnPurges() {
    given()
        .get(SEED)
        .then()
        .statusCode(200)
        .header(
            "Surrogate-Key",
            equalTo(
                "article:vitamin-k2-mk7 article:vitamin-k2-mk7:v1 product:SAMPLE-K2-MK7-100"
                    + " product:SAMPLE-D3-K2-DROPS"))
        .header(
            "Cache-Tag",
            equalTo(
                "article:vitamin-k2-mk7,article:vitamin-k2-mk7:v1,product:SAMPLE-K2-MK7-100,"
                    + "product:SAMPLE-D3-K2-DROPS"))
        // The test profile allows a storefront origin (CORS), so caches vary on Origin too.
        .header("Vary", equalTo("Accept, Accept-Encoding, Origin"));
    given()
        .get(SEED + "/versions/1")
        .then()
        .header("Surrogate-Key", containsString("article:vitamin-k2-mk7:v1"));
    given()
        .get(SEED + "/sections/liver")
        .then()
        .header("Surrogate-Key", containsString("article:vitamin-k2-mk7"));
  }

  @Test
  void gzipIsServedToClientsThatAskAndDecompressesToTheSameBytes() throws IOException {
    byte[] plain =
        given()
            .config(RAW)
            .get(SEED)
            .then()
            .header("Content-Encoding", nullValue())
            .extract()
            .asByteArray();
    Response gzipped = given().config(RAW).header("Accept-Encoding", "gzip").get(SEED);

    gzipped
        .then()
        .statusCode(200)
        .header("Content-Encoding", "gzip")
        .header("ETag", endsWith(".gz\""));
    byte[] compressed = gzipped.asByteArray();
    assertTrue(compressed.length < plain.length / 2, compressed.length + " vs " + plain.length);
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
      assertArrayEquals(plain, in.readAllBytes());
    }
    given()
        .config(RAW)
        .header("Accept-Encoding", "gzip;q=0")
        .get(SEED)
        .then()
        .header("Content-Encoding", nullValue());
    given()
        .config(RAW)
        .header("Accept-Encoding", "br, gzip;q=0.5")
        .get(SEED)
        .then()
        .header("Content-Encoding", "gzip");
    given()
        .config(RAW)
        .header("Accept-Encoding", "gzip")
        .header("If-None-Match", gzipped.header("ETag"))
        .get(SEED)
        .then()
        .statusCode(304);
    given()
        .config(RAW)
        .header("If-None-Match", gzipped.header("ETag"))
        .get(SEED)
        .then()
        .statusCode(304);
  }

  @Test
  void cacheHitsAndMissesAreCountedInTheMetrics() {
    given().get(SEED).then().statusCode(200);
    given().get(SEED).then().statusCode(200);

    String metrics =
        Management.given().get("/q/metrics").then().statusCode(200).extract().asString();
    assertTrue(metrics.contains("cache_gets_total{cache=\"delivery\",result=\"hit\"}"), metrics);
    assertTrue(metrics.contains("cache_gets_total{cache=\"delivery\",result=\"miss\"}"), metrics);
  }
}

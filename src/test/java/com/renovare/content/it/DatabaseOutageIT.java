package com.renovare.content.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * While the database is unreachable, delivery keeps serving the documents it holds; what it does
 * not hold is a 503 problem with Retry-After, never a 500; and it recovers by itself.
 */
class DatabaseOutageIT {

  private static final String DATABASE = "content_it_outage";
  private static final String SEED = "/v1/articles/vitamin-k2-mk7";

  @BeforeEach
  void database() throws Exception {
    AppProcess.createDatabase(DATABASE);
  }

  @AfterEach
  void cleanUp() throws Exception {
    AppProcess.dropDatabase(DATABASE);
  }

  @Test
  void cachedDocumentsOutliveADatabaseOutage() throws Exception {
    try (TcpProxy proxy = new TcpProxy(5432);
        AppProcess app =
            AppProcess.start(
                DATABASE,
                Map.of(
                    "QUARKUS_DATASOURCE_JDBC_URL",
                    "jdbc:postgresql://localhost:" + proxy.port() + "/" + DATABASE,
                    "QUARKUS_DATASOURCE_JDBC_ACQUISITION_TIMEOUT",
                    "2s"))) {
      byte[] before =
          given().baseUri(app.baseUri()).get(SEED).then().statusCode(200).extract().asByteArray();

      proxy.cut();

      byte[] during =
          given().baseUri(app.baseUri()).get(SEED).then().statusCode(200).extract().asByteArray();
      assertArrayEquals(before, during);
      given()
          .baseUri(app.baseUri())
          .get(SEED + "/versions/1")
          .then()
          .statusCode(503)
          .contentType("application/problem+json")
          .header("Retry-After", notNullValue())
          .body("status", equalTo(503));

      proxy.open();

      int status = -1;
      for (int i = 0; i < 100 && status != 200; i++) {
        status = app.status(SEED + "/versions/1");
        if (status != 200) {
          Thread.sleep(100);
        }
      }
      assertEquals(200, status, "delivery did not recover after the database came back");
    }
  }
}

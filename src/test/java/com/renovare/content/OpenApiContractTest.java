package com.renovare.content;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The contract clients read in openapi/ is exactly the one the service serves. */
@QuarkusTest
class OpenApiContractTest {

  private static final Path COMMITTED = Path.of("openapi", "openapi.yaml");

  @Test
  void theServedContractEqualsTheCommittedOne() throws IOException {
    String served =
        given()
            .accept("application/yaml")
            .get("/q/openapi")
            .then()
            .statusCode(200)
            .extract()
            .asString();

    if (Boolean.getBoolean("openapi.update")) {
      Files.createDirectories(COMMITTED.getParent());
      Files.writeString(COMMITTED, served, StandardCharsets.UTF_8);
    }
    assertEquals(
        Files.exists(COMMITTED) ? Files.readString(COMMITTED, StandardCharsets.UTF_8) : "",
        served,
        "openapi/openapi.yaml differs from the served contract. If the change is intended, run"
            + " ./mvnw verify -Dopenapi.update=true and commit the file.");
  }
}

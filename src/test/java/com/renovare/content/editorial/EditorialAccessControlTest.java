package com.renovare.content.editorial;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Authentication and function-level authorisation of every editorial operation, enumerated from the
 * served contract so that a new endpoint cannot be forgotten.
 */
@QuarkusTest
class EditorialAccessControlTest {

  private static final List<String> ROLES = List.of("editor", "publisher", "admin");

  /** Path parameters name nothing that exists, so the permitted calls change nothing. */
  private record Operation(String method, String path, String role, boolean hasBody) {
    String concretePath() {
      return path.replace("{id}", UUID.randomUUID().toString())
          .replace("{deliveryId}", UUID.randomUUID().toString())
          .replace("{version}", "1")
          .replace("{sku}", "NO-SUCH-SKU-FOR-ACCESS-CHECKS")
          .replace("{key}", "no-such-citation-for-access-checks");
    }

    @Override
    public String toString() {
      return method.toUpperCase() + " " + path;
    }
  }

  @Test
  void everyEditorialOperationDeclaresItsRoleAndTheBearerScheme() throws Exception {
    List<Operation> operations = editorialOperations();

    assertTrue(operations.size() >= 17, "found only " + operations);
    for (Operation operation : operations) {
      assertTrue(ROLES.contains(operation.role()), operation + " has no x-required-role");
    }
  }

  @Test
  @Tag("owasp-api2")
  void everyEditorialOperationAnswers401WithoutAValidToken() throws Exception {
    for (Operation operation : editorialOperations()) {
      for (String authorization :
          new String[] {
            null,
            "",
            "Bearer",
            "Bearer ",
            "Bearer rca_not-a-real-token",
            "Basic dXNlcjpwYXNz",
            "Basic YWRtaW46YWRtaW4=",
            "Token x"
          }) {
        RequestSpecification request = given();
        if (authorization != null) {
          request.header("Authorization", authorization);
        }
        send(request, operation)
            .then()
            .statusCode(401)
            .contentType("application/problem+json")
            .header("WWW-Authenticate", startsWith("Bearer realm=\"editorial\""))
            .header("Cache-Control", equalTo("no-store"))
            .body("status", equalTo(401));
      }
    }
  }

  @Test
  @Tag("owasp-api5")
  void everyEditorialOperationAnswers403ToEveryRoleBelowTheOneItNeeds() throws Exception {
    Map<String, String> tokens =
        Map.of(
            "editor",
            Editorial.token("editor"),
            "publisher",
            Editorial.token("publisher"),
            "admin",
            Editorial.ADMIN);
    int checked = 0;
    for (Operation operation : editorialOperations()) {
      int required = ROLES.indexOf(operation.role());
      for (int weaker = 0; weaker < required; weaker++) {
        send(Editorial.as(tokens.get(ROLES.get(weaker))), operation)
            .then()
            .statusCode(403)
            .contentType("application/problem+json")
            .body("detail", org.hamcrest.Matchers.containsString(operation.role()));
        checked++;
      }
      for (int enough = required; enough < ROLES.size(); enough++) {
        int status = send(Editorial.as(tokens.get(ROLES.get(enough))), operation).statusCode();
        assertNotEquals(401, status, operation + " refused " + ROLES.get(enough));
        assertNotEquals(403, status, operation + " refused " + ROLES.get(enough));
      }
    }
    assertTrue(checked >= 10, "only " + checked + " role checks");
  }

  @Test
  void deliveryStaysPublic() throws Exception {
    JsonNode contract =
        new ObjectMapper()
            .readTree(given().queryParam("format", "json").get("/q/openapi").asString());
    for (Iterator<String> paths = contract.get("paths").fieldNames(); paths.hasNext(); ) {
      String path = paths.next();
      if (!path.startsWith("/v1/editorial")) {
        // An API key is optional: the empty requirement means anonymous reads are allowed.
        JsonNode security = contract.get("paths").get(path).get("get").get("security");
        boolean anonymousAllowed = false;
        for (JsonNode requirement : security) {
          anonymousAllowed |= requirement.isEmpty();
        }
        assertTrue(anonymousAllowed, path);
      }
    }
    given().get("/v1/articles/vitamin-k2-mk7").then().statusCode(200);
  }

  private static io.restassured.response.Response send(
      RequestSpecification request, Operation operation) {
    if (operation.hasBody()) {
      request.contentType("application/json").body("{}");
    }
    return request.request(operation.method(), operation.concretePath());
  }

  private static List<Operation> editorialOperations() throws Exception {
    JsonNode contract =
        new ObjectMapper()
            .readTree(given().queryParam("format", "json").get("/q/openapi").asString());
    List<Operation> operations = new ArrayList<>();
    JsonNode paths = contract.get("paths");
    for (Iterator<String> names = paths.fieldNames(); names.hasNext(); ) {
      String path = names.next();
      if (!path.startsWith("/v1/editorial")) {
        continue;
      }
      for (Iterator<Map.Entry<String, JsonNode>> methods = paths.get(path).fields();
          methods.hasNext(); ) {
        Map.Entry<String, JsonNode> method = methods.next();
        JsonNode op = method.getValue();
        assertEquals(
            "bearer",
            op.path("security").path(0).fieldNames().next(),
            path + " " + method.getKey() + " has no bearer security");
        operations.add(
            new Operation(
                method.getKey(),
                path,
                op.path("x-required-role").asText(null),
                op.has("requestBody")));
      }
    }
    return operations;
  }
}

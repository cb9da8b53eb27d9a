package com.renovare.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What Spectral does not check about the contract a client reads: each operation says what it does,
 * shows an example, describes its errors as problem details, and names how to authenticate. Plain
 * JUnit on openapi/openapi.yaml, which OpenApiContractTest keeps equal to what is served.
 */
class OpenApiQualityTest {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Set<String> METHODS =
      Set.of("get", "put", "post", "delete", "patch", "head", "options");
  private static final String PROBLEM_JSON = "application/problem+json";
  private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

  /**
   * Refusals the HTTP layer (Netty and Vert.x) sends before any route runs, with an empty body:
   * Quarkus has no hook for Vert.x's invalid-request handler (quarkusio/quarkus#55082), so these
   * cannot be problem details. RefusalContract documents them as bodiless; nothing else may be.
   */
  private static final Set<String> TRANSPORT_REFUSALS =
      Set.of(
          "#/components/responses/MalformedRequest",
          "#/components/responses/UriTooLong",
          "#/components/responses/HeadersTooLarge");

  private static JsonNode contract;

  @BeforeAll
  static void read() throws IOException {
    contract = YAML.readTree(Files.readString(Path.of("openapi/openapi.yaml")));
  }

  @Test
  void everyOperationHasASummary() {
    assertNoneFails(
        (name, operation) -> {
          if (operation.path("summary").asText().isBlank()) {
            throw new AssertionError("has no summary");
          }
        });
  }

  @Test
  void everySuccessResponseWithABodyShowsAnExample() {
    assertNoneFails(
        (name, operation) -> {
          List<String> without = new ArrayList<>();
          boolean anySuccess = false;
          for (Map.Entry<String, JsonNode> response : responses(operation)) {
            if (!response.getKey().startsWith("2")) {
              continue;
            }
            anySuccess = true;
            response
                .getValue()
                .path("content")
                .fields()
                .forEachRemaining(
                    media -> {
                      if (!hasExample(media.getValue())) {
                        without.add(response.getKey() + " " + media.getKey());
                      }
                    });
          }
          if (!anySuccess) {
            throw new AssertionError("declares no 2xx response");
          }
          if (!without.isEmpty()) {
            throw new AssertionError(without + " has no example");
          }
        });
  }

  @Test
  void everyRequestBodyShowsAnExample() {
    assertNoneFails(
        (name, operation) -> {
          JsonNode body = resolve(operation.path("requestBody"));
          body.path("content")
              .fields()
              .forEachRemaining(
                  media -> {
                    if (!hasExample(media.getValue())) {
                      throw new AssertionError(
                          "request body " + media.getKey() + " has no example");
                    }
                  });
        });
  }

  @Test
  void everyErrorResponseIsAProblem() {
    assertNoneFails(
        (name, operation) -> {
          for (Map.Entry<String, JsonNode> response : responses(operation)) {
            String status = response.getKey();
            if (!status.startsWith("4") && !status.startsWith("5")) {
              continue;
            }
            if (TRANSPORT_REFUSALS.contains(
                operation.path("responses").path(status).path("$ref").asText())) {
              continue;
            }
            JsonNode content = response.getValue().path("content");
            JsonNode problem = content.path(PROBLEM_JSON);
            if (problem.isMissingNode()) {
              throw new AssertionError(status + " is not " + PROBLEM_JSON);
            }
            if (!PROBLEM_SCHEMA.equals(problem.path("schema").path("$ref").asText())) {
              throw new AssertionError(status + " does not use the Problem schema");
            }
            if (content.size() != 1) {
              throw new AssertionError(status + " offers more than problem details");
            }
          }
        });
  }

  @Test
  void everyOperationThatTakesInputSaysHowItRefusesBadInput() {
    assertNoneFails(
        (name, operation) -> {
          boolean takesInput =
              operation.has("requestBody") || operation.path("parameters").size() > 0;
          Set<String> declared = statuses(operation);
          if (takesInput
              && !declared.contains("400")
              && !declared.contains("404")
              && !declared.contains("422")) {
            throw new AssertionError("takes input but declares none of 400, 404, 422");
          }
        });
  }

  @Test
  void everyOperationNamesHowToAuthenticate() {
    assertNoneFails(
        (name, operation) -> {
          JsonNode security = operation.path("security");
          if (!security.isArray() || security.isEmpty()) {
            throw new AssertionError("has no security requirement");
          }
          List<String> schemes = new ArrayList<>();
          security.forEach(
              requirement ->
                  schemes.add(
                      requirement.isEmpty() ? "anonymous" : requirement.fieldNames().next()));
          boolean editorial = name.split(" ", 2)[1].startsWith("/v1/editorial/");
          List<String> expected =
              editorial ? List.of("bearer") : List.of("anonymous", "apiKey", "partnerBearer");
          if (!schemes.equals(expected)) {
            throw new AssertionError("security is " + schemes + ", expected " + expected);
          }
          Set<String> declared = statuses(operation);
          if (!declared.contains("401")) {
            throw new AssertionError("needs credentials but does not declare 401");
          }
          if (editorial && !declared.contains("403")) {
            throw new AssertionError("checks a role but does not declare 403");
          }
        });
  }

  @Test
  void everySecuritySchemeAnOperationNamesIsDefined() {
    JsonNode schemes = contract.path("components").path("securitySchemes");
    for (String scheme : List.of("bearer", "apiKey", "partnerBearer")) {
      assertTrue(schemes.has(scheme), "no security scheme " + scheme);
    }
  }

  @Test
  void theChecksSeeEveryOperation() {
    List<String> names = new ArrayList<>();
    forEachOperation((name, operation) -> names.add(name));
    assertFalse(names.isEmpty(), "no operations found in the contract");
    assertEquals(names.size(), Set.copyOf(names).size());
    assertTrue(names.contains("GET /v1/articles/{slug}"), () -> "missing a known one: " + names);
  }

  /** Runs the check on every operation and reports every one that fails, not only the first. */
  private static void assertNoneFails(BiConsumer<String, JsonNode> check) {
    List<String> failures = new ArrayList<>();
    forEachOperation(
        (name, operation) -> {
          try {
            check.accept(name, operation);
          } catch (AssertionError e) {
            failures.add(name + ": " + e.getMessage());
          }
        });
    assertTrue(failures.isEmpty(), () -> String.join("\n", failures));
  }

  private static void forEachOperation(BiConsumer<String, JsonNode> action) {
    contract
        .path("paths")
        .fields()
        .forEachRemaining(
            path ->
                path.getValue()
                    .fields()
                    .forEachRemaining(
                        method -> {
                          if (METHODS.contains(method.getKey())) {
                            action.accept(
                                method.getKey().toUpperCase() + " " + path.getKey(),
                                method.getValue());
                          }
                        }));
  }

  private static List<Map.Entry<String, JsonNode>> responses(JsonNode operation) {
    List<Map.Entry<String, JsonNode>> responses = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> fields = operation.path("responses").fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> response = fields.next();
      responses.add(Map.entry(response.getKey(), resolve(response.getValue())));
    }
    return responses;
  }

  private static Set<String> statuses(JsonNode operation) {
    List<String> statuses = new ArrayList<>();
    operation.path("responses").fieldNames().forEachRemaining(statuses::add);
    return Set.copyOf(statuses);
  }

  /** Follows a local {@code $ref} such as {@code #/components/responses/NotFound}. */
  private static JsonNode resolve(JsonNode node) {
    String ref = node.path("$ref").asText();
    if (ref.isEmpty()) {
      return node;
    }
    JsonNode target = contract.at(ref.substring(1));
    if (target.isMissingNode()) {
      throw new AssertionError("dangling reference " + ref);
    }
    return resolve(target);
  }

  private static boolean hasExample(JsonNode media) {
    if (media.has("example")) {
      return true;
    }
    JsonNode examples = media.path("examples");
    return examples instanceof ObjectNode && !examples.isEmpty();
  }
}

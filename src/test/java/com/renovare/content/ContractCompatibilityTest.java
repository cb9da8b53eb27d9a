package com.renovare.content;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.Endpoint;
import org.openapitools.openapidiff.core.output.ConsoleRender;

/**
 * The breaking-change gate: the contract in openapi/openapi.yaml keeps every promise of the
 * released v1 (openapi/v1-baseline.yaml). Within v1 only additive changes ship; a change that would
 * break a v1 client fails the build here, listed by operation.
 *
 * <p>The other tests feed the same comparison mutated copies of the baseline (in memory; the files
 * are never touched) to prove the gate does catch what it is there for.
 */
class ContractCompatibilityTest {

  private static final Path BASELINE = Path.of("openapi", "v1-baseline.yaml");
  private static final Path CURRENT = Path.of("openapi", "openapi.yaml");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  @Test
  void theContractKeepsEveryPromiseOfTheReleasedV1() throws IOException {
    ChangedOpenApi diff = compare(Files.readString(BASELINE), Files.readString(CURRENT));

    assertTrue(
        diff.isCompatible(),
        () ->
            "openapi/openapi.yaml breaks the released v1 contract (openapi/v1-baseline.yaml):\n"
                + incompatibilities(diff)
                + "\nA v1 client would break. Make the change additive, or ship it under /v2"
                + " (see README, 'The contract gate').\n\nFull comparison:\n"
                + render(diff));
  }

  @Test
  void aCopyOfTheBaselineIsUnchanged() throws IOException {
    ChangedOpenApi diff = compare(baselineText(), mutated(contract -> {}));

    assertTrue(diff.isUnchanged(), () -> render(diff));
  }

  @Test
  void removingAnOperationIsBreaking() throws IOException {
    String changed =
        mutated(contract -> ((ObjectNode) contract.path("paths")).remove("/v1/changes"));

    assertBreaking(changed, "GET /v1/changes");
  }

  @Test
  void removingARequiredResponsePropertyIsBreaking() throws IOException {
    String changed =
        mutated(
            contract -> {
              ObjectNode document = schema(contract, "ArticleDocument");
              ((ObjectNode) document.path("properties")).remove("title");
              removeValue((ArrayNode) document.path("required"), "title");
            });

    assertBreaking(changed, "GET /v1/articles/{slug}");
  }

  @Test
  void aResponsePropertyThatStopsBeingRequiredIsBreaking() throws IOException {
    String changed =
        mutated(
            contract ->
                removeValue((ArrayNode) schema(contract, "ProductCard").path("required"), "url"));

    assertBreaking(changed, "GET /v1/articles/{slug}/sections/{key}");
  }

  /**
   * The limit of the gate, and the reason delivered fields are marked required: a response property
   * the contract calls optional may go without the comparison calling it breaking, because a client
   * had to cope with its absence anyway.
   */
  @Test
  void anOptionalResponsePropertyMayGoWithoutTrippingTheGate() throws IOException {
    String changed =
        mutated(
            contract ->
                ((ObjectNode) schema(contract, "ArticleDocument").path("properties"))
                    .remove("heroImage"));

    ChangedOpenApi diff = compare(baselineText(), changed);

    assertFalse(diff.isUnchanged(), "the comparison did not see the removal");
    assertTrue(diff.isCompatible(), () -> incompatibilities(diff));
  }

  @Test
  void aNewRequiredRequestPropertyIsBreaking() throws IOException {
    String changed =
        mutated(
            contract -> {
              ObjectNode request = schema(contract, "PublishRequest");
              ((ObjectNode) request.path("properties"))
                  .putObject("approvedBy")
                  .put("type", "string")
                  .put("maxLength", 200);
              ((ArrayNode) request.path("required")).add("approvedBy");
            });

    assertBreaking(changed, "POST /v1/editorial/articles/{id}/publish");
  }

  @Test
  void narrowingARequestEnumIsBreaking() throws IOException {
    String changed =
        mutated(
            contract ->
                removeValue(
                    (ArrayNode)
                        schema(contract, "Citation").path("properties").path("type").path("enum"),
                    "interview"));

    assertBreaking(changed, "POST /v1/editorial/citations");
  }

  @Test
  void changingAResponsePropertyTypeIsBreaking() throws IOException {
    String changed =
        mutated(
            contract ->
                ((ObjectNode)
                        schema(contract, "ArticleDocument").path("properties").path("version"))
                    .put("type", "string"));

    assertBreaking(changed, "GET /v1/articles/{slug}");
  }

  @Test
  void additiveChangesPass() throws IOException {
    String changed =
        mutated(
            contract -> {
              ((ObjectNode) schema(contract, "ArticleDocument").path("properties"))
                  .putObject("readingMinutes")
                  .put("type", "integer");
              ObjectNode path = ((ObjectNode) contract.path("paths")).putObject("/v1/topics");
              path.putObject("get")
                  .put("operationId", "listTopics")
                  .putObject("responses")
                  .putObject("200")
                  .put("description", "The topics.");
            });

    ChangedOpenApi diff = compare(baselineText(), changed);

    assertTrue(diff.isCompatible(), () -> incompatibilities(diff) + render(diff));
    assertFalse(diff.isUnchanged(), "the comparison did not see the additions");
  }

  /**
   * The comparison the gate runs: the released contract on the left, the candidate on the right.
   */
  static ChangedOpenApi compare(String released, String candidate) {
    try {
      return OpenApiCompare.fromContents(asOpenApi30(released), asOpenApi30(candidate));
    } catch (IOException e) {
      throw new IllegalStateException("A contract could not be read: " + e.getMessage(), e);
    }
  }

  /**
   * The contract in OpenAPI 3.0 terms. The service serves 3.1, but openapi-diff compares a schema's
   * single {@code type}, which its parser leaves empty for 3.1 documents (it reads 3.1 types into a
   * set): without this, a property turning from integer into string would pass unseen. What this
   * contract uses of 3.1 has a 3.0 spelling: {@code type: [string, "null"]} becomes {@code type:
   * string, nullable: true}, a numeric {@code exclusiveMinimum} becomes {@code minimum} with {@code
   * exclusiveMinimum: true}, an array with open items gets {@code items: {}}, and schema {@code
   * examples} (never part of compatibility) are dropped.
   */
  static String asOpenApi30(String contract) throws IOException {
    JsonNode tree = YAML.readTree(contract);
    if (!tree.path("openapi").asText().startsWith("3.1")) {
      return contract;
    }
    ((ObjectNode) tree).put("openapi", "3.0.3");
    downgrade(tree);
    return YAML.writeValueAsString(tree);
  }

  private static void downgrade(JsonNode node) {
    if (node instanceof ObjectNode object) {
      JsonNode type = object.get("type");
      if (type instanceof ArrayNode types) {
        List<String> named = new ArrayList<>();
        types.forEach(t -> named.add(t.asText()));
        if (named.remove("null")) {
          object.put("nullable", true);
        }
        if (named.size() != 1) {
          throw new IllegalStateException("No OpenAPI 3.0 spelling for the type " + types);
        }
        object.put("type", named.get(0));
      }
      JsonNode exclusiveMinimum = object.get("exclusiveMinimum");
      if (exclusiveMinimum != null && exclusiveMinimum.isNumber()) {
        object.set("minimum", exclusiveMinimum);
        object.put("exclusiveMinimum", true);
      }
      if (object.path("examples").isArray()) {
        object.remove("examples");
      }
      // 3.1 lets an array leave its items open; 3.0 spells that items: {}, and openapi-diff
      // cannot compare an array without items to one with them.
      if ("array".equals(object.path("type").asText()) && !object.has("items")) {
        object.putObject("items");
      }
      object.forEach(ContractCompatibilityTest::downgrade);
    } else if (node instanceof ArrayNode array) {
      array.forEach(ContractCompatibilityTest::downgrade);
    }
  }

  /** One line per endpoint a v1 client would notice: removed, or changed incompatibly. */
  static String incompatibilities(ChangedOpenApi diff) {
    List<String> lines = new ArrayList<>();
    for (Endpoint removed : diff.getMissingEndpoints()) {
      lines.add("  removed: " + removed.getMethod() + " " + removed.getPathUrl());
    }
    for (ChangedOperation changed : diff.getChangedOperations()) {
      if (changed.isIncompatible()) {
        lines.add(
            "  incompatible: "
                + changed.getHttpMethod()
                + " "
                + changed.getPathUrl()
                + what(changed));
      }
    }
    return String.join("\n", lines);
  }

  private static String what(ChangedOperation changed) {
    List<String> parts = new ArrayList<>();
    if (changed.getParameters() != null && changed.getParameters().isIncompatible()) {
      parts.add("parameters");
    }
    if (changed.getRequestBody() != null && changed.getRequestBody().isIncompatible()) {
      parts.add("request body");
    }
    if (changed.getApiResponses() != null && changed.getApiResponses().isIncompatible()) {
      parts.add("responses");
    }
    if (changed.getSecurityRequirements() != null
        && changed.getSecurityRequirements().isIncompatible()) {
      parts.add("security");
    }
    return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
  }

  static String render(ChangedOpenApi diff) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
      new ConsoleRender().render(diff, writer);
    } catch (IOException e) {
      return "(the comparison could not be rendered: " + e.getMessage() + ")";
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static void assertBreaking(String changed, String endpoint) throws IOException {
    ChangedOpenApi diff = compare(baselineText(), changed);
    String listed = incompatibilities(diff);

    assertTrue(diff.isIncompatible(), () -> "not reported as breaking:\n" + render(diff));
    assertTrue(
        listed.contains(" " + endpoint),
        () -> "the report does not name " + endpoint + ":\n" + listed);
  }

  private static String baselineText() throws IOException {
    return Files.readString(BASELINE);
  }

  /** The baseline with one change applied, as YAML text; the file itself is left alone. */
  private static String mutated(Consumer<JsonNode> change) throws IOException {
    JsonNode contract = YAML.readTree(baselineText());
    change.accept(contract);
    return YAML.writeValueAsString(contract);
  }

  private static ObjectNode schema(JsonNode contract, String name) {
    JsonNode schema = contract.path("components").path("schemas").path(name);
    if (!schema.isObject()) {
      throw new IllegalStateException("The baseline has no schema " + name);
    }
    return (ObjectNode) schema;
  }

  private static void removeValue(ArrayNode array, String value) {
    for (int i = 0; i < array.size(); i++) {
      if (array.get(i).asText().equals(value)) {
        array.remove(i);
        return;
      }
    }
    throw new IllegalStateException("The baseline has no value " + value + " there");
  }
}

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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.Endpoint;
import org.openapitools.openapidiff.core.output.ConsoleRender;

/**
 * The breaking-change gate: the contract in openapi/openapi.yaml keeps every promise of the last
 * release (the newest file in openapi/releases). Within v1 only additive changes ship; a change
 * that would break a v1 client fails the build here, listed by operation.
 *
 * <p>The other tests feed the same comparison mutated copies of the baseline (in memory; the files
 * are never touched) to prove the gate does catch what it is there for.
 */
class ContractCompatibilityTest {

  private static final Path BASELINE = ContractReleasesTest.lastRelease();
  private static final Path CURRENT = Path.of("openapi", "openapi.yaml");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  /**
   * Response properties where the released contract was wrong about what the service sends, so that
   * correcting it changes nothing a v1 client receives. Each is taken from the candidate whole. Add
   * one only with its reason.
   */
  private static final Map<String, String> CORRECTIONS =
      Map.of(
          // The audit log has recorded webhook and partner-key writes since both shipped in v1;
          // the released enum listed only the other five target types.
          "AuditEntry", "targetType");

  // A repetition without an upper limit: *, + or {n,}.
  private static final Pattern OPEN_ENDED = Pattern.compile("[*+]|\\{\\d+,\\}");

  @Test
  void theContractKeepsEveryPromiseOfTheLastRelease() throws IOException {
    ChangedOpenApi diff = compare(Files.readString(BASELINE), Files.readString(CURRENT));

    assertTrue(
        diff.isCompatible(),
        () ->
            "openapi/openapi.yaml breaks the last released contract ("
                + BASELINE
                + "):\n"
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
  void aShorterRequestLimitIsBreaking() throws IOException {
    String changed =
        mutated(
            contract ->
                ((ObjectNode) schema(contract, "ArticleContent").path("properties").path("title"))
                    .put("maxLength", 5));

    assertBreaking(changed, "POST /v1/editorial/articles");
  }

  @Test
  void aFirstLimitOnAnOpenEndedRequestStringIsBreaking() throws IOException {
    // Released without a limit on the slug, whose pattern repeats without end: stating one now
    // refuses slugs v1 accepted.
    JsonNode released = YAML.readTree(baselineText());
    ((ObjectNode) schema(released, "ArticleContent").path("properties").path("slug"))
        .remove("maxLength");

    ChangedOpenApi diff = compare(YAML.writeValueAsString(released), baselineText());

    assertTrue(diff.isIncompatible(), () -> render(diff));
  }

  @Test
  void writingDownALimitAPatternAlreadyImposedPasses() throws IOException {
    String changed =
        mutated(
            contract ->
                ((ObjectNode) schema(contract, "ArticleContent").path("properties").path("locale"))
                    .put("maxLength", 6));

    ChangedOpenApi diff = compare(baselineText(), changed);

    assertTrue(diff.isCompatible(), () -> incompatibilities(diff) + render(diff));
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
      JsonNode before = YAML.readTree(released);
      JsonNode after = YAML.readTree(candidate);
      reconcile(before, after, false);
      reconcileResponseArrays(before, after);
      reconcileResponseHeaders(before, after, false);
      CORRECTIONS.forEach(
          (schema, property) -> {
            JsonNode corrected =
                after.path("components").path("schemas").path(schema).path("properties");
            if (before.path("components").path("schemas").path(schema).path("properties")
                    instanceof ObjectNode properties
                && corrected.has(property)) {
              properties.set(property, corrected.get(property));
            }
          });
      return OpenApiCompare.fromContents(
          asOpenApi30(YAML.writeValueAsString(before)), asOpenApi30(candidate));
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

  /**
   * Takes into the released contract the bounds the candidate states for the first time where they
   * only write down what the service already enforced, so that documenting a limit is not mistaken
   * for tightening it. Such a bound is: any bound on a read-only property (clients never send it);
   * a maxLength on a string whose released pattern has no open-ended repetition (the service
   * matches patterns against the whole value, so the pattern already bounded its length) or that is
   * a date or date-time (no value the service could parse was longer); and on an integer, its
   * int32/int64 format and a minimum or maximum equal to that format's range. Every other new bound
   * stays a change the comparison judges.
   */
  static void reconcile(JsonNode released, JsonNode candidate, boolean readOnly) {
    if (released instanceof ObjectNode before && candidate instanceof ObjectNode after) {
      boolean clientNeverSends = readOnly || before.path("readOnly").asBoolean(false);
      for (String bound : List.of("maxLength", "maxItems", "minimum", "maximum", "format")) {
        if (!before.has(bound)
            && after.has(bound)
            && alreadySo(before, after, bound, clientNeverSends)) {
          before.set(bound, after.get(bound));
        }
      }
      before
          .fieldNames()
          .forEachRemaining(
              name -> {
                if (after.has(name)) {
                  reconcile(before.get(name), after.get(name), clientNeverSends);
                }
              });
    } else if (released instanceof ArrayNode before && candidate instanceof ArrayNode after) {
      for (int i = 0; i < Math.min(before.size(), after.size()); i++) {
        reconcile(before.get(i), after.get(i), readOnly);
      }
    }
  }

  /**
   * Two corrections of what the released contract said about arrays, neither of which a client can
   * notice. An {@code enum} of strings on an array schema no array could ever satisfy (the service
   * always took the lists), so it is dropped from the released side. And an array the released
   * contract left open (no {@code items}) in a schema only ever sent, never received, takes the
   * candidate's items: the service always sent those, and a client reading them loses nothing when
   * the contract names them.
   */
  static void reconcileResponseArrays(JsonNode released, JsonNode candidate) {
    Set<String> received = schemasInRequests(candidate);
    JsonNode schemas = released.path("components").path("schemas");
    schemas
        .fieldNames()
        .forEachRemaining(
            name ->
                forEachArray(
                    schemas.get(name),
                    candidate.path("components").path("schemas").path(name),
                    (before, after) -> {
                      if (before.path("enum").isArray() && !after.has("enum")) {
                        before.remove("enum");
                      }
                      if (!received.contains(name) && !before.has("items") && after.has("items")) {
                        before.set("items", after.get("items"));
                      }
                    }));
  }

  private static void forEachArray(
      JsonNode released, JsonNode candidate, BiConsumer<ObjectNode, ObjectNode> action) {
    if (released instanceof ObjectNode before && candidate instanceof ObjectNode after) {
      if ("array".equals(before.path("type").asText())) {
        action.accept(before, after);
      }
      before
          .fieldNames()
          .forEachRemaining(field -> forEachArray(before.get(field), after.path(field), action));
    }
  }

  /**
   * Headers in OpenAPI are what responses send (request headers are parameters). A bound the
   * candidate states for the first time on a response header narrows what the service promises to
   * send, which no client can be hurt by, so it is taken into the released side.
   */
  static void reconcileResponseHeaders(JsonNode released, JsonNode candidate, boolean header) {
    if (released instanceof ObjectNode before && candidate instanceof ObjectNode after) {
      if (header) {
        for (String bound :
            List.of("maxLength", "minLength", "pattern", "enum", "format", "minimum", "maximum")) {
          if (!before.has(bound) && after.has(bound)) {
            before.set(bound, after.get(bound));
          }
        }
      }
      before
          .fieldNames()
          .forEachRemaining(
              field ->
                  reconcileResponseHeaders(
                      before.get(field), after.path(field), header || field.equals("headers")));
    }
  }

  /** Names of the component schemas a request body can contain, directly or nested. */
  private static Set<String> schemasInRequests(JsonNode contract) {
    Set<String> found = new HashSet<>();
    Deque<JsonNode> todo = new ArrayDeque<>();
    contract.path("paths").forEach(path -> path.forEach(op -> todo.add(op.path("requestBody"))));
    while (!todo.isEmpty()) {
      JsonNode node = todo.pop();
      String ref = node.path("$ref").asText("");
      if (ref.startsWith("#/components/schemas/")) {
        String name = ref.substring("#/components/schemas/".length());
        if (found.add(name)) {
          todo.add(contract.path("components").path("schemas").path(name));
        }
      }
      node.forEach(todo::add);
    }
    return found;
  }

  private static boolean alreadySo(
      ObjectNode before, ObjectNode after, String bound, boolean clientNeverSends) {
    if (clientNeverSends && !bound.equals("format")) {
      return true;
    }
    String type = before.path("type").asText();
    return switch (bound) {
      case "maxLength" -> {
        String pattern = before.path("pattern").asText("");
        String ref = before.path("$ref").asText("");
        String format = before.path("format").asText("");
        yield (!pattern.isEmpty() && !OPEN_ENDED.matcher(pattern).find())
            || ref.endsWith("/Instant")
            || ref.endsWith("/LocalDate")
            || format.equals("date")
            || format.equals("date-time");
      }
      case "format" ->
          type.equals("integer") && List.of("int32", "int64").contains(after.get(bound).asText());
      case "minimum", "maximum" -> {
        String format = after.path("format").asText();
        if (!type.equals("integer") || !(format.equals("int32") || format.equals("int64"))) {
          yield false;
        }
        long edge =
            format.equals("int32")
                ? (bound.equals("minimum") ? Integer.MIN_VALUE : Integer.MAX_VALUE)
                : (bound.equals("minimum") ? Long.MIN_VALUE : Long.MAX_VALUE);
        yield after.get(bound).asLong() == edge;
      }
      default -> false;
    };
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

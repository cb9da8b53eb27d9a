package com.renovare.content.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The operations of the committed OpenAPI document, read so that the fuzzer covers whatever the
 * contract declares: a new operation is fuzzed without anyone touching the test.
 */
final class Contract {

  private static final Set<String> METHODS =
      Set.of("get", "put", "post", "delete", "patch", "head", "options");

  /** One parameter: where it goes, its name and its (resolved) schema. */
  record Parameter(String in, String name, boolean required, JsonNode schema) {}

  /**
   * One operation with everything a request to it can carry (parameters, and the body's media types
   * each with its schema and examples) and everything it may answer.
   */
  record Operation(
      String method,
      String path,
      List<Parameter> parameters,
      Map<String, JsonNode> media,
      Set<Integer> statuses) {

    String id() {
      return method + " " + path;
    }

    boolean writes() {
      return !method.equals("GET") && !method.equals("HEAD");
    }

    boolean editorial() {
      return path.startsWith("/v1/editorial/");
    }

    List<Parameter> in(String where) {
      return parameters.stream().filter(p -> p.in().equals(where)).toList();
    }
  }

  private final JsonNode root;
  private final List<Operation> operations;

  private Contract(JsonNode root) {
    this.root = root;
    this.operations = readOperations();
  }

  static Contract load(Path file) throws IOException {
    return new Contract(new ObjectMapper(new YAMLFactory()).readTree(file.toFile()));
  }

  List<Operation> operations() {
    return operations;
  }

  /** Follows a local {@code $ref}, repeatedly, and returns the node it names. */
  JsonNode resolve(JsonNode node) {
    JsonNode current = node;
    for (int hops = 0; current != null && current.has("$ref") && hops < 20; hops++) {
      String ref = current.get("$ref").asText();
      if (!ref.startsWith("#/")) {
        throw new IllegalStateException("only local references are supported: " + ref);
      }
      JsonNode target = root;
      for (String part : ref.substring(2).split("/")) {
        target = target.path(part.replace("~1", "/").replace("~0", "~"));
      }
      if (target.isMissingNode()) {
        throw new IllegalStateException("dangling reference " + ref);
      }
      current = target;
    }
    return current;
  }

  private List<Operation> readOperations() {
    List<Operation> found = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields();
    while (paths.hasNext()) {
      Map.Entry<String, JsonNode> path = paths.next();
      List<Parameter> shared = parameters(path.getValue().path("parameters"));
      Iterator<Map.Entry<String, JsonNode>> verbs = path.getValue().fields();
      while (verbs.hasNext()) {
        Map.Entry<String, JsonNode> verb = verbs.next();
        if (!METHODS.contains(verb.getKey())) {
          continue;
        }
        JsonNode operation = verb.getValue();
        List<Parameter> parameters = new ArrayList<>(shared);
        parameters.addAll(parameters(operation.path("parameters")));
        Map<String, JsonNode> bodies = new LinkedHashMap<>();
        JsonNode content = resolve(operation.path("requestBody")).path("content");
        content.fields().forEachRemaining(media -> bodies.put(media.getKey(), media.getValue()));
        Set<Integer> statuses = new TreeSet<>();
        operation
            .path("responses")
            .fieldNames()
            .forEachRemaining(
                code -> {
                  if (code.matches("\\d{3}")) {
                    statuses.add(Integer.parseInt(code));
                  }
                });
        found.add(
            new Operation(
                verb.getKey().toUpperCase(Locale.ROOT),
                path.getKey(),
                List.copyOf(parameters),
                bodies,
                statuses));
      }
    }
    return List.copyOf(found);
  }

  private List<Parameter> parameters(JsonNode list) {
    List<Parameter> parameters = new ArrayList<>();
    for (JsonNode raw : list) {
      JsonNode parameter = resolve(raw);
      parameters.add(
          new Parameter(
              parameter.path("in").asText(),
              parameter.path("name").asText(),
              parameter.path("required").asBoolean(false),
              parameter.path("schema")));
    }
    return parameters;
  }
}

package com.renovare.content.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Request bodies: a valid one built from the operation's schema (so validation passes and the
 * mutation reaches the code behind it), and that body mutated one property at a time.
 */
final class Bodies {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper PLAIN = new ObjectMapper();
  private static final ObjectMapper ESCAPING =
      JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

  private final Contract contract;

  Bodies(Contract contract) {
    this.contract = contract;
  }

  /** A value the schema accepts, preferring its examples, enums and formats. */
  JsonNode valid(JsonNode rawSchema) {
    return valid(rawSchema, 0);
  }

  private JsonNode valid(JsonNode rawSchema, int depth) {
    JsonNode schema = contract.resolve(rawSchema);
    if (rawSchema.has("examples") && rawSchema.path("examples").size() > 0) {
      return rawSchema.path("examples").get(0);
    }
    if (schema.has("examples") && schema.path("examples").size() > 0) {
      JsonNode example = schema.path("examples").get(0);
      if (!"date-time".equals(schema.path("format").asText())) {
        return example;
      }
    }
    // The contract puts an array's allowed values on the array itself (webhook events), so an
    // enum names a valid element there, not a valid value.
    if (schema.has("enum") && !"array".equals(schema.path("type").asText())) {
      return schema.path("enum").get(0);
    }
    if (schema.has("oneOf") || schema.has("anyOf")) {
      JsonNode first = schema.has("oneOf") ? schema.path("oneOf") : schema.path("anyOf");
      return valid(first.get(0), depth + 1);
    }
    String type = schema.path("type").asText(schema.has("properties") ? "object" : "string");
    return switch (type) {
      case "object" -> object(schema, depth);
      case "array" -> {
        ArrayNode array = NODES.arrayNode();
        int items = Math.max(1, schema.path("minItems").asInt(1));
        if (schema.has("enum")) {
          array.add(schema.path("enum").get(0));
        } else {
          for (int i = 0; i < items; i++) {
            array.add(valid(schema.path("items"), depth + 1));
          }
        }
        yield array;
      }
      case "integer", "number" -> {
        long minimum = schema.path("minimum").asLong(1);
        yield NODES.numberNode(Math.max(1, minimum));
      }
      case "boolean" -> NODES.booleanNode(true);
      default -> NODES.textNode(string(schema));
    };
  }

  private JsonNode object(JsonNode schema, int depth) {
    ObjectNode object = NODES.objectNode();
    List<String> required = new ArrayList<>();
    schema.path("required").forEach(name -> required.add(name.asText()));
    Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields();
    while (properties.hasNext()) {
      Map.Entry<String, JsonNode> property = properties.next();
      if (required.contains(property.getKey()) || depth == 0 && scalar(property.getValue())) {
        object.set(property.getKey(), valid(property.getValue(), depth + 1));
      }
    }
    return object;
  }

  private boolean scalar(JsonNode rawSchema) {
    JsonNode schema = contract.resolve(rawSchema);
    String type = schema.path("type").asText("");
    return (type.equals("string") || type.equals("boolean")) && !rawSchema.has("$ref");
  }

  private static String string(JsonNode schema) {
    String format = schema.path("format").asText("");
    if (format.equals("date-time")) {
      return "2031-01-01T08:00:00Z";
    }
    if (format.equals("uuid")) {
      return UUID.randomUUID().toString();
    }
    String pattern = schema.path("pattern").asText("");
    String unique = "fuzz-" + UUID.randomUUID().toString().substring(0, 8);
    List<String> candidates =
        List.of(
            unique,
            "en-US",
            "https://fuzz.example/" + unique,
            pattern.split("\\|")[0].replaceAll("[^a-z._-]", ""),
            "Fuzz",
            "1");
    for (String candidate : candidates) {
      if (pattern.isEmpty() || Pattern.compile(pattern).matcher(candidate).find()) {
        return candidate;
      }
    }
    return unique;
  }

  /** Every place in the document a mutation can hit, as JSON Pointers ("" is the root). */
  static List<String> pointers(JsonNode node) {
    List<String> found = new ArrayList<>();
    collect(node, "", found);
    return found;
  }

  private static void collect(JsonNode node, String at, List<String> found) {
    found.add(at);
    if (node.isObject()) {
      node.fieldNames().forEachRemaining(name -> collect(node.get(name), at + "/" + name, found));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), at + "/" + i, found);
      }
    }
  }

  /** Marks where raw JSON text is spliced in after serialising, for values no node can hold. */
  static final String RAW = "\u0000RAW\u0000";

  /**
   * The body with the node at {@code pointer} replaced by a hostile value, removed, or its object
   * given an unknown or duplicate property. Returns the JSON text and a note of what was done.
   */
  static String[] mutate(JsonNode valid, String pointer, Hostile hostile) {
    JsonNode copy = valid.deepCopy();
    String raw = null;
    String note;
    if (pointer.isEmpty()) {
      note = "root";
      return new String[] {write(copy, hostile), note};
    }
    int slash = pointer.lastIndexOf('/');
    JsonNode parent = copy.at(pointer.substring(0, slash));
    String last = pointer.substring(slash + 1);
    JsonNode replacement;
    switch (hostile.nextInt(9)) {
      case 0 -> {
        replacement = NODES.textNode(hostile.string());
        note = "string";
      }
      case 1 -> {
        raw = hostile.numberLiteral();
        replacement = NODES.textNode(RAW);
        note = "number " + raw;
      }
      case 2 -> {
        replacement =
            hostile.pick(
                List.of(
                    NODES.nullNode(),
                    NODES.booleanNode(false),
                    NODES.objectNode(),
                    NODES.arrayNode(),
                    NODES.objectNode().put("x", 1),
                    NODES.arrayNode().add("x"),
                    NODES.numberNode(-1)));
        note = "wrong type " + replacement;
      }
      case 3 -> {
        raw = hostile.chance(0.5) ? hostile.deepJson() : hostile.hugeArray();
        replacement = NODES.textNode(RAW);
        note = "deep or huge";
      }
      case 4 -> {
        if (parent.isObject()) {
          ((ObjectNode) parent).remove(last);
        } else if (parent.isArray()) {
          ((ArrayNode) parent).remove(Integer.parseInt(last));
        }
        return new String[] {write(copy, hostile), "removed " + pointer};
      }
      case 5 -> {
        if (parent.isObject()) {
          ((ObjectNode) parent).put("fuzz" + hostile.nextInt(10), hostile.string());
        }
        return new String[] {write(copy, hostile), "unknown property beside " + pointer};
      }
      case 6 -> {
        // A duplicate key: the text carries the property twice, the second time hostile.
        String text = write(copy, hostile);
        JsonNode target = copy.at(pointer);
        if (parent.isObject() && target.isValueNode()) {
          String key = PLAIN.valueToTree(last).toString();
          int at = text.indexOf(key + ":");
          if (at >= 0) {
            text =
                text.substring(0, at)
                    + key
                    + ":"
                    + PLAIN.valueToTree(hostile.string())
                    + ","
                    + text.substring(at);
          }
        }
        return new String[] {text, "duplicate " + pointer};
      }
      case 7 -> {
        replacement = NODES.textNode(hostile.pick(Hostile.INJECTION));
        note = "injection";
      }
      default -> {
        JsonNode current = copy.at(pointer);
        replacement =
            current.isTextual()
                ? NODES.textNode(current.asText() + hostile.pick(Hostile.UNICODE))
                : NODES.textNode(hostile.pick(Hostile.NUMBERS));
        note = "edge";
      }
    }
    if (parent.isObject()) {
      ((ObjectNode) parent).set(last, replacement);
    } else if (parent.isArray()) {
      ((ArrayNode) parent).set(Integer.parseInt(last), replacement);
    }
    String text = write(copy, hostile);
    if (raw != null) {
      text = text.replace("\"\\u0000RAW\\u0000\"", raw);
    }
    return new String[] {text, note + " at " + pointer};
  }

  static String write(JsonNode node, Hostile hostile) {
    try {
      return (hostile.chance(0.5) ? ESCAPING : PLAIN).writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}

package com.renovare.content.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.renovare.content.platform.problem.ApiProblem;
import com.renovare.content.platform.problem.Problem;
import com.renovare.content.platform.problem.ProblemMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a request body into an input record with no mass assignment: every property the record does
 * not declare (ids, versions, statuses, timestamps, typos) is refused, all of them named in one
 * 400, and then the record's field rules are checked.
 */
public final class StrictBody {

  // Stored documents keep the plain mapper; only what clients send is held to the contract's
  // date lengths.
  private static final ObjectMapper REQUESTS =
      Json.mapper().copy().registerModule(BoundedDates.module());

  private StrictBody() {}

  public static <T> T read(JsonNode body, Class<T> type, Validator validator) {
    if (body == null || body.isNull() || body.isMissingNode()) {
      throw ApiProblem.invalidBody(
          List.of(new Problem.Violation("body", "a JSON body is required")));
    }
    if (!body.isObject()) {
      throw ApiProblem.invalidBody(List.of(new Problem.Violation("body", "must be a JSON object")));
    }
    List<Problem.Violation> nul = new ArrayList<>();
    findNul(body, "", nul);
    if (!nul.isEmpty()) {
      throw ApiProblem.invalidBody(nul);
    }
    UnknownProperties unknown = new UnknownProperties();
    T value;
    try {
      value = REQUESTS.readerFor(type).withHandler(unknown).readValue(body);
    } catch (JsonMappingException e) {
      throw ApiProblem.invalidBody(List.of(new Problem.Violation(path(e), reason(e))));
    } catch (IOException e) {
      throw ApiProblem.invalidBody(List.of(new Problem.Violation("body", "cannot be read")));
    }
    if (!unknown.names.isEmpty()) {
      throw ApiProblem.invalidBody(
          unknown.names.stream()
              .map(name -> new Problem.Violation(name, "is not a property that can be written"))
              .toList());
    }
    List<Problem.Violation> overLimit = CollectionBounds.exceeded(value);
    if (!overLimit.isEmpty()) {
      throw ApiProblem.invalidBody(overLimit);
    }
    Set<ConstraintViolation<T>> violations = validator.validate(value);
    if (!violations.isEmpty()) {
      throw ApiProblem.invalidBody(ProblemMapper.violations(violations));
    }
    return value;
  }

  /**
   * PostgreSQL refuses U+0000 in text, and no field of this API has a use for it: refused up front
   * so that it is a 400 naming the field and not a failed write.
   */
  private static void findNul(JsonNode node, String at, List<Problem.Violation> found) {
    if (node.isTextual() && node.textValue().indexOf('\0') >= 0) {
      found.add(new Problem.Violation(at.isEmpty() ? "body" : at, NUL));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        findNul(node.get(i), at + "[" + i + "]", found);
      }
    } else if (node.isObject()) {
      node.fields()
          .forEachRemaining(
              field -> {
                String name = field.getKey().replace("\0", "\\u0000");
                String path = at.isEmpty() ? name : at + "." + name;
                if (field.getKey().indexOf('\0') >= 0) {
                  found.add(new Problem.Violation(path, NUL));
                } else {
                  findNul(field.getValue(), path, found);
                }
              });
    }
  }

  private static final String NUL = "must not contain the NUL character (U+0000)";

  private static String reason(JsonMappingException e) {
    String message = e.getOriginalMessage();
    if (message != null && message.contains("missing type id")) {
      return "needs a 'type' naming the kind of block";
    }
    if (message != null && message.contains("Could not resolve type id")) {
      return "has a 'type' that is not known";
    }
    return "has the wrong type of value";
  }

  private static String path(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      } else if (ref.getFieldName() != null) {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(ref.getFieldName());
      }
    }
    return path.length() == 0 ? "body" : path.toString();
  }

  /** Collects unknown properties instead of failing on the first, so all are reported at once. */
  private static final class UnknownProperties extends DeserializationProblemHandler {
    private final List<String> names = new ArrayList<>();

    @Override
    public boolean handleUnknownProperty(
        DeserializationContext ctxt,
        JsonParser p,
        JsonDeserializer<?> deserializer,
        Object beanOrClass,
        String propertyName)
        throws IOException {
      String path = pointerToPath(p.getParsingContext().pathAsPointer().toString());
      names.add(path.endsWith(propertyName) ? path : propertyName);
      p.skipChildren();
      return true;
    }

    private static String pointerToPath(String pointer) {
      StringBuilder path = new StringBuilder();
      for (String segment : pointer.split("/")) {
        if (segment.isEmpty()) {
          continue;
        }
        if (segment.chars().allMatch(Character::isDigit)) {
          path.append('[').append(segment).append(']');
        } else {
          if (path.length() > 0) {
            path.append('.');
          }
          path.append(segment.replace("~1", "/").replace("~0", "~"));
        }
      }
      return path.toString();
    }
  }
}

package com.renovare.content.platform.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Gives the editorial operations' success responses their examples: bodies the service really
 * answered to the contract's own request examples, kept in {@code
 * openapi/editorial-response-examples.json} by operation id. The contract lint checks each one
 * against its schema, so an example that no longer fits fails CI. Runs at build time.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ResponseExamples implements OASFilter {

  static final String RESOURCE = "openapi/editorial-response-examples.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    JsonNode examples = load();
    Set<String> used = new HashSet<>();
    for (PathItem path : openAPI.getPaths().getPathItems().values()) {
      for (Operation operation : path.getOperations().values()) {
        JsonNode entry = examples.path(operation.getOperationId());
        if (entry.isMissingNode()) {
          continue;
        }
        APIResponse response =
            operation.getResponses().getAPIResponse(entry.path("status").asText());
        MediaType json =
            response == null || response.getContent() == null
                ? null
                : response.getContent().getMediaType("application/json");
        if (json == null) {
          throw new IllegalStateException(
              "The example for "
                  + operation.getOperationId()
                  + " names a response without a JSON body: "
                  + entry.path("status").asText());
        }
        if (json.getExample() == null && json.getExamples() == null) {
          json.setExample(JSON.convertValue(entry.path("example"), Object.class));
        }
        used.add(operation.getOperationId());
      }
    }
    Set<String> unknown = new HashSet<>();
    examples.fieldNames().forEachRemaining(unknown::add);
    unknown.removeAll(used);
    if (!unknown.isEmpty()) {
      throw new IllegalStateException("Examples for operations the contract lacks: " + unknown);
    }
  }

  private static JsonNode load() {
    try (InputStream in =
        Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the application");
      }
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("The response examples cannot be read", e);
    }
  }
}

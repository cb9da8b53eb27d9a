package com.renovare.content.platform.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Turns examples that filters wrote as JSON text into JSON values, so that a problem example is an
 * object a client (and the contract lint) can check against the Problem schema rather than a
 * string. Runs at build time, after the filters that write such examples.
 */
@OpenApiFilter(value = OpenApiFilter.RunStage.BUILD, priority = Integer.MIN_VALUE)
public class JsonExamples implements OASFilter {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public APIResponse filterAPIResponse(APIResponse response) {
    if (response.getContent() == null || response.getContent().getMediaTypes() == null) {
      return response;
    }
    for (Map.Entry<String, MediaType> entry : response.getContent().getMediaTypes().entrySet()) {
      MediaType media = entry.getValue();
      if (entry.getKey().endsWith("json") && media.getExample() instanceof String text) {
        media.setExample(parse(text));
      }
    }
    return response;
  }

  private static Object parse(String text) {
    String trimmed = text.strip();
    if (!trimmed.startsWith("{") && !trimmed.startsWith("[")) {
      return text;
    }
    try {
      return JSON.readValue(trimmed, Object.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("An example in the contract is not valid JSON: " + text, e);
    }
  }
}

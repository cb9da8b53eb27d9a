package com.renovare.content.access;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Describes the editorial request budgets of {@link EditorialBudgets} on every editorial operation:
 * RateLimit and RateLimit-Policy on each answer, and the 429 when the token's budget, or the
 * address's budget of wrong tokens, is spent. The headers and the 429 are described in
 * openapi/components/shared.yaml, and so are the RateLimit fields of the shared error responses,
 * which both APIs answer. Runs at build time.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class EditorialContract implements OASFilter {

  static final String PREFIX = "/v1/editorial";
  private static final String RATE_LIMIT = "EditorialRateLimit";
  private static final String RATE_LIMIT_POLICY = "EditorialRateLimitPolicy";
  private static final String TOO_MANY = "EditorialTooManyRequests";

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
      if (!path.getKey().startsWith(PREFIX + "/") && !path.getKey().equals(PREFIX)) {
        continue;
      }
      for (Operation operation : path.getValue().getOperations().values()) {
        for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
          if (response.getRef() == null) {
            response
                .addHeader("RateLimit", ref(RATE_LIMIT))
                .addHeader("RateLimit-Policy", ref(RATE_LIMIT_POLICY));
          }
        }
        operation
            .getResponses()
            .addAPIResponse(
                "429", OASFactory.createAPIResponse().ref("#/components/responses/" + TOO_MANY));
      }
    }
  }

  private static Header ref(String name) {
    return OASFactory.createHeader().ref("#/components/headers/" + name);
  }
}

package com.renovare.content.partner;

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
 * Puts what {@link DeliveryAccess} adds to every delivery operation on each of them, once rather
 * than on each resource method: the optional API key (anonymous reads allowed), the 401 for a bad
 * key, the 429 when the budget is spent, and the RateLimit header fields on every answer. The
 * schemes, headers and responses themselves are described in openapi/components/shared.yaml. Runs
 * at build time.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class PartnerContract implements OASFilter {

  static final String API_KEY_SCHEME = "apiKey";
  static final String PARTNER_BEARER_SCHEME = "partnerBearer";
  private static final String RATE_LIMIT = "RateLimit";
  private static final String RATE_LIMIT_POLICY = "RateLimitPolicy";
  private static final String TOO_MANY = "TooManyRequests";
  private static final String BAD_KEY = "InvalidApiKey";

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
      if (!DeliveryAccess.isDelivery(path.getKey())) {
        continue;
      }
      for (Operation operation : path.getValue().getOperations().values()) {
        operation
            .addSecurityRequirement(OASFactory.createSecurityRequirement())
            .addSecurityRequirement(
                OASFactory.createSecurityRequirement().addScheme(API_KEY_SCHEME))
            .addSecurityRequirement(
                OASFactory.createSecurityRequirement().addScheme(PARTNER_BEARER_SCHEME));
        for (Map.Entry<String, APIResponse> response :
            operation.getResponses().getAPIResponses().entrySet()) {
          if (response.getValue().getRef() == null) {
            response
                .getValue()
                .addHeader("RateLimit", ref(RATE_LIMIT))
                .addHeader("RateLimit-Policy", ref(RATE_LIMIT_POLICY));
          }
        }
        operation
            .getResponses()
            .addAPIResponse(
                "401", OASFactory.createAPIResponse().ref("#/components/responses/" + BAD_KEY))
            .addAPIResponse(
                "429", OASFactory.createAPIResponse().ref("#/components/responses/" + TOO_MANY));
      }
    }
  }

  private static Header ref(String name) {
    return OASFactory.createHeader().ref("#/components/headers/" + name);
  }
}

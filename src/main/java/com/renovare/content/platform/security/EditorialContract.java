package com.renovare.content.platform.security;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Describes the editorial request budgets of {@link EditorialBudgets} on every editorial operation:
 * RateLimit and RateLimit-Policy on each answer, and the 429 when the token's budget, or the
 * address's budget of wrong tokens, is spent. Runs at build time.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class EditorialContract implements OASFilter {

  static final String PREFIX = "/v1/editorial";
  private static final String RATE_LIMIT = "EditorialRateLimit";
  private static final String RATE_LIMIT_POLICY = "EditorialRateLimitPolicy";
  private static final String RETRY_AFTER = "EditorialRetryAfter";
  private static final String TOO_MANY = "EditorialTooManyRequests";
  private static final String SHARED_RATE_LIMIT = "ChargedRateLimit";
  private static final String SHARED_RATE_LIMIT_POLICY = "ChargedRateLimitPolicy";

  /** Answered before or outside any budget: a database outage. */
  private static final Set<String> NOT_LIMITED = Set.of("Unavailable");

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    Components components = openAPI.getComponents();
    components.addHeader(
        RATE_LIMIT,
        header(
            "What is left of the budget this request was charged to (IETF RateLimit header"
                + " field): the token's (\"editorial\"), or, for a request without a valid token,"
                + " the client address's budget of wrong tokens (\"failed-auth\").",
            "\"editorial\";r=599;t=42"));
    components.addHeader(
        RATE_LIMIT_POLICY,
        header(
            "The quota of that budget (IETF RateLimit-Policy header field): q requests per w"
                + " seconds.",
            "\"editorial\";q=600;w=60"));
    components.addHeader(
        RETRY_AFTER,
        OASFactory.createHeader()
            .description("Seconds until the next window starts.")
            .schema(
                OASFactory.createSchema()
                    .addType(Schema.SchemaType.INTEGER)
                    .format("int32")
                    // At most one window, whose length is configuration: the type is the bound.
                    .minimum(BigDecimal.ONE)
                    .maximum(BigDecimal.valueOf(Integer.MAX_VALUE)))
            .example(42));
    components.addResponse(
        TOO_MANY,
        OASFactory.createAPIResponse()
            .description(
                "The token's request budget is spent, or this address sent too many wrong tokens;"
                    + " wait for the window to reset. Limits hold per instance.")
            .content(
                OASFactory.createContent()
                    .addMediaType(
                        "application/problem+json",
                        OASFactory.createMediaType()
                            .schema(OASFactory.createSchema().ref("#/components/schemas/Problem"))
                            .example(
                                "{\"type\":\"/problems/too-many-requests\",\"title\":\"Too Many"
                                    + " Requests\",\"status\":429,\"detail\":\"This token may"
                                    + " make 600 requests per 60 s; the next window starts in 42"
                                    + " s.\",\"instance\":\"/v1/editorial/articles\"}")))
            .addHeader("Retry-After", ref(RETRY_AFTER))
            .addHeader("RateLimit", ref(RATE_LIMIT))
            .addHeader("RateLimit-Policy", ref(RATE_LIMIT_POLICY)));

    sharedResponses(components);

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

  /**
   * The shared error responses (400, 404, 412 …) are answered by both APIs, each with the budget
   * the request was charged to, so they name the fields without the policy of either.
   */
  private static void sharedResponses(Components components) {
    components.addHeader(
        SHARED_RATE_LIMIT,
        header(
            "What is left of the budget this request was charged to (IETF RateLimit header"
                + " field): on delivery the caller's tier, on editorial operations the token's"
                + " budget or the address's budget of wrong tokens.",
            "\"editorial\";r=599;t=42"));
    components.addHeader(
        SHARED_RATE_LIMIT_POLICY,
        header(
            "The quota of that budget (IETF RateLimit-Policy header field).",
            "\"editorial\";q=600;w=60"));
    for (Map.Entry<String, APIResponse> response : components.getResponses().entrySet()) {
      APIResponse value = response.getValue();
      boolean hasLimit = value.getHeaders() != null && value.getHeaders().containsKey("RateLimit");
      if (value.getRef() == null && !hasLimit && !NOT_LIMITED.contains(response.getKey())) {
        value
            .addHeader("RateLimit", ref(SHARED_RATE_LIMIT))
            .addHeader("RateLimit-Policy", ref(SHARED_RATE_LIMIT_POLICY));
      }
    }
  }

  private static Header header(String description, String example) {
    // Both fields are a quoted policy name and key=number parameters (IETF RateLimit fields).
    return OASFactory.createHeader()
        .description(description)
        .schema(
            OASFactory.createSchema()
                .addType(Schema.SchemaType.STRING)
                .maxLength(200)
                .pattern("^\"[a-z0-9-]+\"(;[a-z]+=[0-9]+)+$"))
        .example(example);
  }

  private static Header ref(String name) {
    return OASFactory.createHeader().ref("#/components/headers/" + name);
  }
}

package com.renovare.content.partner;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Describes what {@link DeliveryAccess} adds to every delivery operation, once rather than on each
 * resource method: the optional API key (anonymous reads allowed), the 401 for a bad key, the 429
 * when the budget is spent, and the RateLimit header fields on every answer. Runs at build time.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class PartnerContract implements OASFilter {

  static final String API_KEY_SCHEME = "apiKey";
  static final String PARTNER_BEARER_SCHEME = "partnerBearer";
  private static final String RATE_LIMIT = "RateLimit";
  private static final String RATE_LIMIT_POLICY = "RateLimitPolicy";
  private static final String RETRY_AFTER = "RetryAfter";
  private static final String TOO_MANY = "TooManyRequests";
  private static final String BAD_KEY = "InvalidApiKey";
  // Defined by delivery's CorsContract (named here to keep partner free of delivery code).
  private static final String ALLOW_ORIGIN = "AccessControlAllowOrigin";
  private static final String EXPOSE_HEADERS = "AccessControlExposeHeaders";

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    Components components = openAPI.getComponents();
    components.addSecurityScheme(
        API_KEY_SCHEME,
        OASFactory.createSecurityScheme()
            .type(SecurityScheme.Type.APIKEY)
            .in(SecurityScheme.In.HEADER)
            .name(DeliveryAccess.API_KEY_HEADER)
            .description(
                "A partner key issued by an admin (POST /v1/editorial/api-keys). Optional while"
                    + " anonymous reads are allowed; a key gets its own, larger rate limit."));
    components.addSecurityScheme(
        PARTNER_BEARER_SCHEME,
        OASFactory.createSecurityScheme()
            .type(SecurityScheme.Type.HTTP)
            .scheme("bearer")
            .description("The same partner key, sent as Authorization: Bearer <key>."));
    components.addHeader(
        RATE_LIMIT,
        header(
            "What is left of the caller's budget (IETF RateLimit header field): r requests"
                + " remain, and the window resets in t seconds.",
            "\"standard\";r=2999;t=42"));
    components.addHeader(
        RATE_LIMIT_POLICY,
        header(
            "The caller's quota policy (IETF RateLimit-Policy header field): q requests per w"
                + " seconds. Every request counts, revalidations answered 304 included.",
            "\"standard\";q=3000;w=60"));
    components.addHeader(RETRY_AFTER, header("Seconds until the next window starts.", "42"));
    components.addResponse(
        TOO_MANY,
        problem(
                "The caller's request budget is spent until the window resets. Limits hold per"
                    + " instance.",
                "{\"type\":\"/problems/too-many-requests\",\"title\":\"Too Many Requests\","
                    + "\"status\":429,\"detail\":\"The anonymous tier allows 300 requests per 60"
                    + " s; the next window starts in 42 s.\",\"instance\":\"/v1/articles\"}")
            .addHeader("Retry-After", ref(RETRY_AFTER))
            .addHeader("RateLimit", ref(RATE_LIMIT))
            .addHeader("RateLimit-Policy", ref(RATE_LIMIT_POLICY))
            .addHeader("Access-Control-Allow-Origin", ref(ALLOW_ORIGIN))
            .addHeader("Access-Control-Expose-Headers", ref(EXPOSE_HEADERS)));
    components.addResponse(
        BAD_KEY,
        problem(
                "The API key sent is unknown, expired or revoked (or none was sent where anonymous"
                    + " reads are switched off). Refused keys are charged to the caller's address"
                    + " at the anonymous tier, so guessing keys is throttled (429 once spent).",
                "{\"type\":\"/problems/unauthorized\",\"title\":\"Unauthorized\",\"status\":401,"
                    + "\"detail\":\"The API key is unknown, expired or revoked.\","
                    + "\"instance\":\"/v1/articles\"}")
            .addHeader("RateLimit", ref(RATE_LIMIT))
            .addHeader("RateLimit-Policy", ref(RATE_LIMIT_POLICY))
            .addHeader("Access-Control-Allow-Origin", ref(ALLOW_ORIGIN))
            .addHeader("Access-Control-Expose-Headers", ref(EXPOSE_HEADERS)));

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

  private static Header header(String description, String example) {
    return OASFactory.createHeader()
        .description(description)
        .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(200))
        .example(example);
  }

  private static Header ref(String name) {
    return OASFactory.createHeader().ref("#/components/headers/" + name);
  }

  private static APIResponse problem(String description, String example) {
    return OASFactory.createAPIResponse()
        .description(description)
        .content(
            OASFactory.createContent()
                .addMediaType(
                    "application/problem+json",
                    OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("#/components/schemas/Problem"))
                        .example(example)));
  }
}

package com.renovare.content.delivery;

import com.renovare.content.partner.DeliveryAccess;
import com.renovare.content.platform.ApiDefinition;
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

/**
 * Describes what {@link StorefrontCors} adds to every delivery answer: Access-Control-Allow-Origin
 * and Access-Control-Expose-Headers for an allowed storefront origin, and Origin in Vary. Editorial
 * operations get none of it, because they never answer CORS. Runs at build time.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class CorsContract implements OASFilter {

  public static final String ALLOW_ORIGIN = "AccessControlAllowOrigin";
  public static final String EXPOSE_HEADERS = "AccessControlExposeHeaders";

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    Components components = openAPI.getComponents();
    components.addHeader(
        ALLOW_ORIGIN,
        OASFactory.createHeader()
            .description(
                "The request's Origin, echoed when it is one of the storefront origins the"
                    + " operator allows (content.delivery.cors.origins). Absent for any other"
                    + " origin, when no origins are configured, and on every editorial answer.")
            .schema(
                OASFactory.createSchema()
                    .addType(Schema.SchemaType.STRING)
                    .format("uri")
                    .maxLength(200))
            .example("https://shop.example.com"));
    components.addHeader(
        EXPOSE_HEADERS,
        OASFactory.createHeader()
            .description("Response headers a storefront script may read; sent with the origin.")
            .schema(
                OASFactory.createSchema()
                    .addType(Schema.SchemaType.STRING)
                    .maxLength(200)
                    .pattern("^[A-Za-z-]+(, [A-Za-z-]+)*$"))
            .example(StorefrontCors.EXPOSED));
    Header vary = components.getHeaders().get(ApiDefinition.VARY);
    if (vary != null) {
      vary.description(
          vary.getDescription()
              + " Origin as well on every delivery answer while CORS origins are configured, so"
              + " that shared caches keep answers for different origins apart.");
    }

    // The shared responses (400, 404, 503 …) are delivery answers too; the ones made for the
    // editorial API alone never carry the fields. PartnerContract adds them to its own responses.
    if (components.getResponses() != null) {
      for (Map.Entry<String, APIResponse> shared : components.getResponses().entrySet()) {
        if (!shared.getKey().startsWith("Editorial") && shared.getValue().getRef() == null) {
          shared
              .getValue()
              .addHeader(StorefrontCors.ALLOW_ORIGIN, ref(ALLOW_ORIGIN))
              .addHeader(StorefrontCors.EXPOSE_HEADERS, ref(EXPOSE_HEADERS));
        }
      }
    }

    for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
      if (!DeliveryAccess.isDelivery(path.getKey())) {
        continue;
      }
      for (Operation operation : path.getValue().getOperations().values()) {
        for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
          if (response.getRef() == null) {
            response
                .addHeader(StorefrontCors.ALLOW_ORIGIN, ref(ALLOW_ORIGIN))
                .addHeader(StorefrontCors.EXPOSE_HEADERS, ref(EXPOSE_HEADERS));
          }
        }
      }
    }
  }

  private static Header ref(String name) {
    return OASFactory.createHeader().ref("#/components/headers/" + name);
  }
}

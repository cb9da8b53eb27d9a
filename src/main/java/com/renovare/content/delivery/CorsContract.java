package com.renovare.content.delivery;

import com.renovare.content.partner.DeliveryAccess;
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
 * Puts what {@link StorefrontCors} adds to every delivery answer on each delivery response:
 * Access-Control-Allow-Origin and Access-Control-Expose-Headers for an allowed storefront origin.
 * The headers themselves, and the shared responses that carry them, are described in
 * openapi/components/shared.yaml. Editorial operations get none of it, because they never answer
 * CORS. Runs at build time.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class CorsContract implements OASFilter {

  private static final String ALLOW_ORIGIN = "AccessControlAllowOrigin";
  private static final String EXPOSE_HEADERS = "AccessControlExposeHeaders";

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
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

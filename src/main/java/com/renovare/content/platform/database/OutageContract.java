package com.renovare.content.platform.database;

import com.renovare.content.platform.openapi.ApiDefinition;
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
 * Describes how the API behaves while the database is unreachable, once for every operation: the
 * Content-Stale header on current delivery documents served from memory, and the 503 with
 * Retry-After that anything needing the database answers. The header and the response are described
 * in openapi/components/shared.yaml. Runs at build time.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class OutageContract implements OASFilter {

  /** Sent as {@code Content-Stale: true} on delivery answers served during an outage. */
  public static final String STALE_HEADER = "Content-Stale";

  private static final String STALE = "ContentStale";
  private static final String CURRENT_CACHE_CONTROL =
      "#/components/headers/" + ApiDefinition.CACHE_CONTROL_CURRENT;

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
      for (Operation operation : path.getValue().getOperations().values()) {
        Map<String, APIResponse> responses = operation.getResponses().getAPIResponses();
        for (APIResponse response : responses.values()) {
          Map<String, Header> headers = response.getHeaders();
          Header cacheControl = headers == null ? null : headers.get("Cache-Control");
          if (cacheControl != null && CURRENT_CACHE_CONTROL.equals(cacheControl.getRef())) {
            response.addHeader(STALE_HEADER, ref(STALE));
          }
        }
        if (!responses.containsKey("503")) {
          operation
              .getResponses()
              .addAPIResponse(
                  "503",
                  OASFactory.createAPIResponse()
                      .ref("#/components/responses/" + ApiDefinition.UNAVAILABLE));
        }
      }
    }
  }

  private static Header ref(String name) {
    return OASFactory.createHeader().ref("#/components/headers/" + name);
  }
}

package com.renovare.content.platform.problem;

import com.renovare.content.platform.openapi.ApiDefinition;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents, once for every operation, the refusals that do not depend on the operation: a request
 * the HTTP layer cannot parse or that breaks its size limits, an Accept header nothing satisfies,
 * and for operations with a body one that is too large or of a media type not accepted. The
 * responses are described in openapi/components/shared.yaml. Runs at build time.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class RefusalContract implements OASFilter {

  static final String MALFORMED_REQUEST = "MalformedRequest";
  static final String URI_TOO_LONG = "UriTooLong";
  static final String HEADERS_TOO_LARGE = "HeadersTooLarge";

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
      for (Operation operation : path.getValue().getOperations().values()) {
        APIResponses responses = operation.getResponses();
        add(responses, "400", MALFORMED_REQUEST);
        add(responses, "406", ApiDefinition.NOT_ACCEPTABLE);
        add(responses, "414", URI_TOO_LONG);
        add(responses, "431", HEADERS_TOO_LARGE);
        if (operation.getRequestBody() != null) {
          add(responses, "413", ApiDefinition.PAYLOAD_TOO_LARGE);
          add(responses, "415", ApiDefinition.UNSUPPORTED_MEDIA_TYPE);
        }
      }
    }
  }

  private static void add(APIResponses responses, String status, String component) {
    if (!responses.hasAPIResponse(status)) {
      APIResponse response =
          OASFactory.createAPIResponse().ref("#/components/responses/" + component);
      responses.addAPIResponse(status, response);
    }
  }
}

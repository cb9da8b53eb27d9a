package com.renovare.content.platform.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Editorial responses hold drafts and token data: no cache, shared or private, may keep them.
 * Applied to every editorial response, errors included.
 */
public class NoStoreForEditorial {

  static final String PREFIX = "/v1/editorial";

  @ServerResponseFilter
  public void noStore(ContainerRequestContext request, ContainerResponseContext response) {
    String path = request.getUriInfo().getPath();
    if (path.equals(PREFIX) || path.startsWith(PREFIX + "/")) {
      response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
    }
  }
}

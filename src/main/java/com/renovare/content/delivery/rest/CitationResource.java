package com.renovare.content.delivery.rest;

import com.renovare.content.citation.CslJson;
import com.renovare.content.delivery.CatalogDelivery;
import com.renovare.content.platform.openapi.ApiDefinition;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The sources articles cite. */
@Path("/v1/citations/{key}")
@Produces({MediaType.APPLICATION_JSON, CslJson.MEDIA_TYPE})
@Tag(name = "Citations")
@APIResponse(responseCode = "503", ref = ApiDefinition.UNAVAILABLE)
public class CitationResource {

  private final CatalogDelivery delivery;
  private final HttpCaching caching;

  CitationResource(CatalogDelivery delivery, HttpCaching caching) {
    this.delivery = delivery;
    this.caching = caching;
  }

  @GET
  public Uni<Response> citation(@PathParam("key") String key, @Context HttpHeaders headers) {
    boolean csl = HttpCaching.prefers(headers, HttpCaching.CSL_JSON);
    return (csl ? delivery.citationAsCsl(key) : delivery.citation(key))
        .map(
            d ->
                caching.respond(
                    d, csl ? HttpCaching.CSL_JSON : MediaType.APPLICATION_JSON_TYPE, headers));
  }
}

package com.renovare.content.delivery.rest;

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

/** Safety notes on ingredients, by key. */
@Path("/v1/safety-notes/{key}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Products")
@APIResponse(responseCode = "503", ref = ApiDefinition.UNAVAILABLE)
public class SafetyNoteResource {

  private final CatalogDelivery delivery;
  private final HttpCaching caching;

  SafetyNoteResource(CatalogDelivery delivery, HttpCaching caching) {
    this.delivery = delivery;
    this.caching = caching;
  }

  @GET
  public Uni<Response> safetyNote(@PathParam("key") String key, @Context HttpHeaders headers) {
    return delivery.safetyNote(key).map(d -> caching.respond(d, headers));
  }
}

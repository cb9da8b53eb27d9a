package com.renovare.content.editorial.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.renovare.content.access.CurrentActor;
import com.renovare.content.access.RequiresRole;
import com.renovare.content.access.Role;
import com.renovare.content.partner.PartnerKeyRequest;
import com.renovare.content.partner.PartnerKeyView;
import com.renovare.content.partner.PartnerKeyViews;
import com.renovare.content.partner.PartnerKeys;
import com.renovare.content.platform.json.StrictBody;
import com.renovare.content.platform.openapi.ApiDefinition;
import com.renovare.content.platform.problem.ApiProblem;
import com.renovare.content.webhook.SubscriptionRequest;
import com.renovare.content.webhook.WebhookSubscriptions;
import com.renovare.content.webhook.WebhookViews;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBodySchema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Partner integrations, for admins: API keys for the delivery API, and webhook subscriptions. */
@Path("/v1/editorial")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Editorial")
@SecurityRequirement(name = ApiDefinition.BEARER)
@APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
public class EditorialPartnerResource {

  private final PartnerKeys keys;
  private final WebhookSubscriptions webhooks;
  private final CurrentActor caller;
  private final Validator validator;

  EditorialPartnerResource(
      PartnerKeys keys, WebhookSubscriptions webhooks, CurrentActor caller, Validator validator) {
    this.keys = keys;
    this.webhooks = webhooks;
    this.caller = caller;
    this.validator = validator;
  }

  @POST
  @Path("/api-keys")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresRole(Role.ADMIN)
  @RequestBodySchema(PartnerKeyRequest.class)
  public Response issueKey(JsonNode body) {
    PartnerKeyRequest request = StrictBody.read(body, PartnerKeyRequest.class, validator);
    return Response.status(Response.Status.CREATED)
        .entity(keys.issue(request, caller.get()))
        .build();
  }

  @GET
  @Path("/api-keys")
  @RequiresRole(Role.ADMIN)
  public PartnerKeyViews.KeyList listKeys() {
    return keys.list();
  }

  @DELETE
  @Path("/api-keys/{id}")
  @RequiresRole(Role.ADMIN)
  public PartnerKeyView revokeKey(@PathParam("id") String id) {
    return keys.revoke(uuid("id", id), caller.get());
  }

  @POST
  @Path("/webhooks")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresRole(Role.ADMIN)
  @RequestBodySchema(SubscriptionRequest.class)
  public Response createWebhook(JsonNode body) {
    SubscriptionRequest request = StrictBody.read(body, SubscriptionRequest.class, validator);
    return Response.status(Response.Status.CREATED)
        .entity(webhooks.create(request, caller.get()))
        .build();
  }

  @GET
  @Path("/webhooks")
  @RequiresRole(Role.ADMIN)
  public WebhookViews.SubscriptionList listWebhooks() {
    return webhooks.list();
  }

  @GET
  @Path("/webhooks/{id}")
  @RequiresRole(Role.ADMIN)
  public WebhookViews.Created getWebhook(@PathParam("id") String id) {
    return webhooks.get(uuid("id", id));
  }

  @PUT
  @Path("/webhooks/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresRole(Role.ADMIN)
  @RequestBodySchema(SubscriptionRequest.class)
  public WebhookViews.Subscription replaceWebhook(@PathParam("id") String id, JsonNode body) {
    SubscriptionRequest request = StrictBody.read(body, SubscriptionRequest.class, validator);
    return webhooks.replace(uuid("id", id), request, caller.get());
  }

  @DELETE
  @Path("/webhooks/{id}")
  @RequiresRole(Role.ADMIN)
  public Response deleteWebhook(@PathParam("id") String id) {
    webhooks.delete(uuid("id", id), caller.get());
    return Response.noContent().build();
  }

  @GET
  @Path("/webhooks/{id}/deliveries")
  @RequiresRole(Role.ADMIN)
  public WebhookViews.DeliveryPage deliveries(
      @PathParam("id") String id,
      @Parameter(ref = ApiDefinition.LIMIT) @QueryParam("limit") String limit,
      @Parameter(ref = ApiDefinition.CURSOR) @QueryParam("cursor") String cursor) {
    return webhooks.deliveries(uuid("id", id), limit, cursor);
  }

  @POST
  @Path("/webhooks/{id}/deliveries/{deliveryId}/redeliver")
  @RequiresRole(Role.ADMIN)
  public WebhookViews.Delivery redeliver(
      @PathParam("id") String id, @PathParam("deliveryId") String deliveryId) {
    return webhooks.redeliver(uuid("id", id), uuid("deliveryId", deliveryId), caller.get());
  }

  private static UUID uuid(String name, String raw) {
    try {
      return UUID.fromString(raw);
    } catch (IllegalArgumentException e) {
      throw ApiProblem.invalidParameter(name, "must be an id (a UUID)");
    }
  }
}

package com.renovare.content.editorial.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.renovare.content.partner.PartnerKeyRequest;
import com.renovare.content.partner.PartnerKeyView;
import com.renovare.content.partner.PartnerKeyViews;
import com.renovare.content.partner.PartnerKeys;
import com.renovare.content.platform.ApiDefinition;
import com.renovare.content.platform.json.StrictBody;
import com.renovare.content.platform.problem.ApiProblem;
import com.renovare.content.platform.security.CurrentActor;
import com.renovare.content.platform.security.RequiresRole;
import com.renovare.content.platform.security.Role;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
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
  @Operation(
      operationId = "issuePartnerKey",
      summary = "Issue a partner API key",
      description =
          "A key for the delivery API (X-API-Key or Authorization: Bearer), with its own rate-limit"
              + " tier. 256 random bits; the secret is in this response only.")
  @Extension(name = "x-required-role", value = "admin")
  @RequestBody(
      required = true,
      content =
          @Content(
              schema = @Schema(implementation = PartnerKeyRequest.class),
              examples =
                  @ExampleObject(
                      name = "a partner app",
                      value = EditorialExamples.PARTNER_KEY_REQUEST)))
  @APIResponse(
      responseCode = "201",
      description = "Issued.",
      content = @Content(schema = @Schema(implementation = PartnerKeyViews.Issued.class)))
  @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
  @APIResponse(responseCode = "415", ref = ApiDefinition.UNSUPPORTED_MEDIA_TYPE)
  public Response issueKey(JsonNode body) {
    PartnerKeyRequest request = StrictBody.read(body, PartnerKeyRequest.class, validator);
    return Response.status(Response.Status.CREATED)
        .entity(keys.issue(request, caller.get()))
        .build();
  }

  @GET
  @Path("/api-keys")
  @RequiresRole(Role.ADMIN)
  @Operation(
      operationId = "listPartnerKeys",
      summary = "List partner API keys",
      description = "Names, tiers and lifetimes; never secrets. Also names the configured tiers.")
  @Extension(name = "x-required-role", value = "admin")
  @APIResponse(
      responseCode = "200",
      description = "All keys, oldest first.",
      content = @Content(schema = @Schema(implementation = PartnerKeyViews.KeyList.class)))
  public PartnerKeyViews.KeyList listKeys() {
    return keys.list();
  }

  @DELETE
  @Path("/api-keys/{id}")
  @RequiresRole(Role.ADMIN)
  @Operation(
      operationId = "revokePartnerKey",
      summary = "Revoke a partner API key",
      description =
          "It stops working at once on this instance and within content.partners.refresh-every"
              + " (5 s by default) on the others. Revoking twice is harmless.")
  @Extension(name = "x-required-role", value = "admin")
  @APIResponse(
      responseCode = "200",
      description = "The revoked key.",
      content = @Content(schema = @Schema(implementation = PartnerKeyView.class)))
  @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
  @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
  public PartnerKeyView revokeKey(
      @Parameter(
              description = "The key's id.",
              schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36))
          @PathParam("id")
          String id) {
    return keys.revoke(uuid("id", id), caller.get());
  }

  @POST
  @Path("/webhooks")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresRole(Role.ADMIN)
  @Operation(
      operationId = "createWebhook",
      summary = "Subscribe a URL to events",
      description =
          "Events are POSTed as JSON, signed the Standard Webhooks way (webhook-id,"
              + " webhook-timestamp, webhook-signature) with the secret in this response. URLs"
              + " that resolve to loopback, private or link-local addresses are refused.")
  @Extension(name = "x-required-role", value = "admin")
  @RequestBody(
      required = true,
      content =
          @Content(
              schema = @Schema(implementation = SubscriptionRequest.class),
              examples =
                  @ExampleObject(name = "cache purge", value = EditorialExamples.WEBHOOK_REQUEST)))
  @APIResponse(
      responseCode = "201",
      description = "Subscribed.",
      content = @Content(schema = @Schema(implementation = WebhookViews.Created.class)))
  @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
  @APIResponse(responseCode = "415", ref = ApiDefinition.UNSUPPORTED_MEDIA_TYPE)
  public Response createWebhook(JsonNode body) {
    SubscriptionRequest request = StrictBody.read(body, SubscriptionRequest.class, validator);
    return Response.status(Response.Status.CREATED)
        .entity(webhooks.create(request, caller.get()))
        .build();
  }

  @GET
  @Path("/webhooks")
  @RequiresRole(Role.ADMIN)
  @Operation(operationId = "listWebhooks", summary = "List webhook subscriptions")
  @Extension(name = "x-required-role", value = "admin")
  @APIResponse(
      responseCode = "200",
      description = "All subscriptions, oldest first (without secrets).",
      content = @Content(schema = @Schema(implementation = WebhookViews.SubscriptionList.class)))
  public WebhookViews.SubscriptionList listWebhooks() {
    return webhooks.list();
  }

  @GET
  @Path("/webhooks/{id}")
  @RequiresRole(Role.ADMIN)
  @Operation(
      operationId = "getWebhook",
      summary = "Read a webhook subscription",
      description = "With its signing secret, which receivers need to verify signatures.")
  @Extension(name = "x-required-role", value = "admin")
  @APIResponse(
      responseCode = "200",
      description = "The subscription.",
      content = @Content(schema = @Schema(implementation = WebhookViews.Created.class)))
  @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
  @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
  public WebhookViews.Created getWebhook(
      @Parameter(
              description = "The subscription's id.",
              schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36))
          @PathParam("id")
          String id) {
    return webhooks.get(uuid("id", id));
  }

  @PUT
  @Path("/webhooks/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresRole(Role.ADMIN)
  @Operation(
      operationId = "replaceWebhook",
      summary = "Change a webhook subscription",
      description =
          "Replaces URL, events, description and active; the secret stays. Deliveries already"
              + " queued go to the new URL.")
  @Extension(name = "x-required-role", value = "admin")
  @RequestBody(
      required = true,
      content =
          @Content(
              schema = @Schema(implementation = SubscriptionRequest.class),
              examples =
                  @ExampleObject(name = "cache purge", value = EditorialExamples.WEBHOOK_REQUEST)))
  @APIResponse(
      responseCode = "200",
      description = "The subscription as it is now.",
      content = @Content(schema = @Schema(implementation = WebhookViews.Subscription.class)))
  @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
  @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
  @APIResponse(responseCode = "415", ref = ApiDefinition.UNSUPPORTED_MEDIA_TYPE)
  public WebhookViews.Subscription replaceWebhook(
      @Parameter(
              description = "The subscription's id.",
              schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36))
          @PathParam("id")
          String id,
      JsonNode body) {
    SubscriptionRequest request = StrictBody.read(body, SubscriptionRequest.class, validator);
    return webhooks.replace(uuid("id", id), request, caller.get());
  }

  @DELETE
  @Path("/webhooks/{id}")
  @RequiresRole(Role.ADMIN)
  @Operation(
      operationId = "deleteWebhook",
      summary = "Delete a webhook subscription",
      description = "With its queued deliveries and their log.")
  @Extension(name = "x-required-role", value = "admin")
  @APIResponse(responseCode = "204", description = "Deleted.")
  @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
  @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
  public Response deleteWebhook(
      @Parameter(
              description = "The subscription's id.",
              schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36))
          @PathParam("id")
          String id) {
    webhooks.delete(uuid("id", id), caller.get());
    return Response.noContent().build();
  }

  @GET
  @Path("/webhooks/{id}/deliveries")
  @RequiresRole(Role.ADMIN)
  @Operation(
      operationId = "listWebhookDeliveries",
      summary = "Read a subscription's delivery log",
      description =
          "Deliveries newest first, each with its status, next attempt and every attempt's"
              + " status code, latency and error.")
  @Extension(name = "x-required-role", value = "admin")
  @APIResponse(
      responseCode = "200",
      description = "A page of deliveries.",
      content = @Content(schema = @Schema(implementation = WebhookViews.DeliveryPage.class)))
  @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
  @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
  public WebhookViews.DeliveryPage deliveries(
      @Parameter(
              description = "The subscription's id.",
              schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36))
          @PathParam("id")
          String id,
      @Parameter(ref = ApiDefinition.LIMIT) @QueryParam("limit") String limit,
      @Parameter(ref = ApiDefinition.CURSOR) @QueryParam("cursor") String cursor) {
    return webhooks.deliveries(uuid("id", id), limit, cursor);
  }

  @POST
  @Path("/webhooks/{id}/deliveries/{deliveryId}/redeliver")
  @RequiresRole(Role.ADMIN)
  @Operation(
      operationId = "redeliverWebhook",
      summary = "Send a delivery again now",
      description =
          "Sends the event again at once, with the same webhook-id, and answers with the delivery"
              + " and the new attempt. A failed attempt is retried on the usual schedule.")
  @Extension(name = "x-required-role", value = "admin")
  @APIResponse(
      responseCode = "200",
      description = "The delivery, with the new attempt first in its log.",
      content = @Content(schema = @Schema(implementation = WebhookViews.Delivery.class)))
  @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
  @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
  public WebhookViews.Delivery redeliver(
      @Parameter(
              description = "The subscription's id.",
              schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36))
          @PathParam("id")
          String id,
      @Parameter(
              description = "The delivery's id.",
              schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36))
          @PathParam("deliveryId")
          String deliveryId) {
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

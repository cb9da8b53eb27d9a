package com.renovare.content.webhook;

import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What admins see of webhooks: subscriptions, deliveries and their attempts. */
public final class WebhookViews {

  private WebhookViews() {}

  @Schema(name = "WebhookSubscription")
  public record Subscription(
      @Schema(required = true) UUID id,
      @Schema(
              examples = "https://partner.example/hooks/renovare",
              maxLength = 2000,
              required = true)
          String url,
      @Schema(
              description =
                  "Event types: article.published, article.updated, article.unpublished,"
                      + " product.changed.",
              maxItems = 4,
              required = true)
          // What the request accepted: the longest event type has 19 characters.
          List<@Size(max = 19) String> events,
      @Schema(maxLength = 200) String description,
      @Schema(description = "Inactive subscriptions receive no new events.", required = true)
          boolean active,
      @Schema(required = true) Instant createdAt,
      @Schema(maxLength = 100, required = true) String createdBy) {}

  @Schema(name = "CreatedWebhookSubscription")
  public record Created(
      @Schema(required = true) Subscription subscription,
      @Schema(
              description =
                  "The signing secret (Standard Webhooks: whsec_ and base64). Shown here and to"
                      + " admins reading the subscription; keep it secret.",
              maxLength = 100,
              required = true)
          String secret) {}

  @Schema(name = "WebhookSubscriptionList")
  public record SubscriptionList(
      @Schema(maxItems = 1000, required = true) List<Subscription> items) {}

  @Schema(name = "WebhookAttempt")
  public record Attempt(
      @Schema(required = true) Instant at,
      @Schema(
              description = "The receiver's HTTP status; absent when none was received.",
              minimum = "100",
              maximum = "999")
          Integer status,
      @Schema(minimum = "0", required = true) int latencyMs,
      @Schema(description = "Why the attempt failed, when it did.", maxLength = 500) String error,
      @Schema(description = "True for an attempt an admin asked for.", required = true)
          boolean manual) {}

  @Schema(name = "WebhookDelivery")
  public record Delivery(
      @Schema(required = true) UUID id,
      @Schema(
              description = "The webhook-id receivers see; stable across attempts.",
              maxLength = 40,
              required = true)
          String eventId,
      @Schema(maxLength = 40, required = true) String eventType,
      @Schema(
              enumeration = {"pending", "delivered", "failed"},
              required = true)
          String status,
      @Schema(minimum = "0", required = true) int attempts,
      @Schema(description = "When the next attempt is due, while pending.") Instant nextAttemptAt,
      @Schema(required = true) Instant createdAt,
      Instant deliveredAt,
      @Schema(
              description = "The attempts, newest first (at most 50).",
              maxItems = 50,
              required = true)
          List<Attempt> log) {}

  @Schema(name = "WebhookDeliveryPage")
  public record DeliveryPage(
      @Schema(maxItems = 100, required = true) List<Delivery> items,
      @Schema(description = "Cursor of the next page; null on the last.", maxLength = 512)
          String next) {}
}

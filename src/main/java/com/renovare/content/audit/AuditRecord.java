package com.renovare.content.audit;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An audit log entry: who did what to which thing, and when. */
@Schema(name = "AuditEntry")
public record AuditRecord(
    @Schema(
            description = "Increasing id; later writes have larger ids.",
            minimum = "1",
            required = true)
        long id,
    @Schema(required = true) Instant at,
    @Schema(
            description = "Name of the token, or of the system job, that wrote.",
            maxLength = 100,
            required = true)
        String actor,
    @Schema(description = "Id of the token used; absent for the system.") UUID tokenId,
    @Schema(examples = "article.publish", maxLength = 60, required = true) String action,
    @Schema(
            enumeration = {
              "article",
              "product",
              "citation",
              "token",
              "safety-note",
              "webhook",
              "partner-key"
            },
            required = true)
        String targetType,
    @Schema(description = "Id, SKU or key of the thing written.", maxLength = 120, required = true)
        String targetId,
    @Schema(description = "What changed, in a few words.", maxLength = 2000) String detail) {}

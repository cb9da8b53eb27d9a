package com.renovare.content.partner;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A partner key as admins see it: everything but the secret, which is never stored. */
@Schema(name = "PartnerKey")
public record PartnerKeyView(
    @Schema(required = true) UUID id,
    @Schema(examples = "acme-mobile-app", maxLength = 80, required = true) String name,
    @Schema(
            description = "The rate-limit tier (see RateLimit-Policy on any delivery response).",
            examples = "standard",
            maxLength = 40,
            required = true)
        String tier,
    @Schema(required = true) Instant createdAt,
    @Schema(
            description = "Name of the admin token that issued it.",
            maxLength = 100,
            required = true)
        String createdBy,
    @Schema(description = "When it stops working; absent for no expiry.") Instant expiresAt,
    @Schema(description = "When it was revoked; absent while it is valid.") Instant revokedAt) {}

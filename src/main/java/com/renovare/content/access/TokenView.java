package com.renovare.content.access;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A token as admins see it: everything but the secret, which is never stored. */
@Schema(name = "Token")
public record TokenView(
    @Schema(required = true) UUID id,
    @Schema(examples = "storefront-editor", maxLength = 100, required = true) String name,
    @Schema(
            description =
                "The public byline of what it publishes; absent: the organisation's name.",
            examples = "Renovare editorial team",
            maxLength = 100)
        String byline,
    @Schema(
            enumeration = {"editor", "publisher", "admin"},
            required = true)
        String role,
    @Schema(required = true) Instant createdAt,
    @Schema(description = "Name of the token that created it.", maxLength = 100, required = true)
        String createdBy,
    @Schema(description = "When it stops working; absent for no expiry.") Instant expiresAt,
    @Schema(description = "When it was revoked; absent while it is valid.") Instant revokedAt,
    @Schema(
            description = "True for the token that CONTENT_ADMIN_TOKEN configures.",
            required = true)
        boolean bootstrap) {}

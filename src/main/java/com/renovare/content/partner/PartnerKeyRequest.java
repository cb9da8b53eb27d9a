package com.renovare.content.partner;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A partner key as an admin asks for it. */
@Schema(name = "PartnerKeyRequest")
public record PartnerKeyRequest(
    @Schema(
            description = "Who the key is for, to recognise it in the audit log.",
            examples = "acme-mobile-app",
            maxLength = 80,
            pattern = "^[A-Za-z0-9][A-Za-z0-9 ._-]*$",
            required = true)
        @NotBlank
        @Size(max = 80)
        @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9 ._-]*")
        String name,
    @Schema(
            description = "A configured rate-limit tier; the default tier when absent.",
            examples = "premium",
            maxLength = 40,
            pattern = "^[a-z0-9-]+$")
        @Size(max = 40)
        @Pattern(regexp = "[a-z0-9-]+")
        String tier,
    @Schema(description = "When the key stops working; never when absent.") Instant expiresAt) {}

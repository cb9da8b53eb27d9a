package com.renovare.content.partner;

import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Responses of the partner-key operations. */
public final class PartnerKeyViews {

  private PartnerKeyViews() {}

  @Schema(name = "IssuedPartnerKey")
  public record Issued(
      @Schema(required = true) PartnerKeyView key,
      @Schema(
              description =
                  "The key (rck_ and 43 characters). Shown in this response only: it is stored"
                      + " as a hash and cannot be shown again.",
              maxLength = 60,
              required = true)
          String secret) {}

  @Schema(name = "PartnerKeyList")
  public record KeyList(
      @Schema(maxItems = 10000, required = true) List<PartnerKeyView> items,
      @Schema(description = "The configured tiers a key can have.", maxItems = 100, required = true)
          // RateLimits refuses to start with a tier name a key request could not name.
          List<@Size(max = RateLimits.TIER_NAME_MAX) String> tiers) {}
}

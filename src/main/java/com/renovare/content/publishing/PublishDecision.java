package com.renovare.content.publishing;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The publish policy's verdict: allowed, or rejected with every reason an editor must fix. */
public record PublishDecision(List<Reason> reasons) {

  public PublishDecision {
    reasons = List.copyOf(reasons);
  }

  public boolean allowed() {
    return reasons.isEmpty();
  }

  /** One thing that stops a draft from being published. */
  @Schema(name = "PublishRefusalReason")
  public record Reason(
      @Schema(
              description = "Machine-readable kind of problem.",
              examples = "unknown-product",
              maxLength = 40,
              required = true)
          String code,
      @Schema(
              description = "Where in the draft the problem is.",
              examples = "productLinks[0].sku",
              maxLength = 200,
              required = true)
          String field,
      @Schema(description = "What is wrong, for the editor.", maxLength = 500, required = true)
          String message) {}
}

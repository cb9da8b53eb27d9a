package com.renovare.content.delivery;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.renovare.content.citation.CitationData;
import com.renovare.content.citation.link.LinkHealth;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A citation as {@code GET /v1/citations/{key}} serves it: the source's fields and, for a web
 * source whose current URL has been checked, its link health. Read-only: editors write {@link
 * CitationData}, which has no {@code linkHealth}.
 */
@Schema(
    name = "DeliveredCitation",
    description =
        "A source with the fields of a CSL-JSON item in camelCase and, for a web source whose"
            + " current URL has been checked, linkHealth.")
public record DeliveredCitation(
    @JsonUnwrapped CitationData citation,
    @Schema(
            description =
                "What the link checker last saw at url. Absent when the citation has no URL or its"
                    + " current URL has not been checked yet.")
        Health linkHealth) {

  public static DeliveredCitation of(CitationData citation, LinkHealth health) {
    return new DeliveredCitation(citation, health == null ? null : Health.from(health));
  }

  /** The link health of a web source, as delivery shows it. */
  @Schema(
      name = "LinkHealth",
      description =
          "The result of the last check of the citation's URL: a GET without the fragment,"
              + " redirects followed (each target checked before it is requested), the body hashed.")
  public record Health(
      @Schema(
              description =
                  "ok: the URL answered 2xx (after redirects). broken: 4xx or 5xx, a timeout, no"
                      + " connection, a refused address or too many redirects.",
              enumeration = {"ok", "broken"},
              required = true)
          String state,
      @Schema(
              description =
                  "Status of the last response, a redirect's for a refused redirect target."
                      + " Absent when no response came.",
              examples = "200",
              minimum = "100",
              maximum = "999")
          Integer httpStatus,
      @Schema(
              description =
                  "The last URL requested, after any redirects. Absent when nothing was requested.",
              examples = "https://www.healthline.com/health/calcification",
              // The column that holds it is varchar(4000).
              maxLength = 4000)
          String finalUrl,
      @Schema(description = "When the check was made.", required = true) Instant checkedAt,
      @Schema(
              description =
                  "Hex SHA-256 of the content at the last successful check of this URL: of the"
                      + " text for HTML (scripts, styles and tags removed, whitespace collapsed),"
                      + " of the bytes otherwise. Absent while no check has succeeded.",
              maxLength = 64,
              pattern = "^[0-9a-f]{64}$")
          String contentHash,
      @Schema(
              description =
                  "When a check last found content different from the check before it. Absent"
                      + " while no change has been seen.")
          Instant contentChangedAt,
      @Schema(
              description =
                  "Why the source counts as broken, in a fixed vocabulary: unreachable (no"
                      + " connection), timeout, http-error (a 4xx or 5xx status), redirect-error,"
                      + " refused-address (the URL or a redirect leads to an address the checker"
                      + " does not call) or invalid-url. Absent when it is ok. Editors see the"
                      + " detailed reason in the review queue.",
              examples = "http-error",
              type = SchemaType.STRING,
              // Kept at the released bound; the vocabulary's words are far shorter.
              maxLength = 300)
          String error) {

    static Health from(LinkHealth health) {
      return new Health(
          health.state().value(),
          health.httpStatus(),
          health.finalUrl(),
          health.checkedAt(),
          health.contentHash(),
          health.contentChangedAt(),
          health.problem() == null ? null : health.problem().value());
    }
  }
}

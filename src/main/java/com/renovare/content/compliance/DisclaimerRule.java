package com.renovare.content.compliance;

import com.renovare.content.article.Claim;
import com.renovare.content.platform.config.ContentConfig;
import java.util.List;
import java.util.Optional;

/**
 * A market's disclaimer for claims of some kinds: attached when at least one claim needs it, in the
 * singular for one claim and the plural for several, and linked from each of those claims.
 */
final class DisclaimerRule {

  private DisclaimerRule() {}

  static Optional<ComplianceReport.RequiredDisclaimer> apply(
      String market, ContentConfig.MarketDisclaimer disclaimer, List<Claim> claims) {
    List<String> needing =
        claims.stream()
            .filter(c -> disclaimer.claimKinds().contains(c.kind()))
            .map(Claim::key)
            .toList();
    if (needing.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new ComplianceReport.RequiredDisclaimer(
            disclaimer.key(),
            market,
            needing.size() == 1 ? disclaimer.singular() : disclaimer.plural(),
            disclaimer.marker(),
            needing));
  }
}

package com.renovare.content.publishing;

import com.renovare.content.compliance.ComplianceReport;
import com.renovare.content.platform.problem.ApiProblem;
import com.renovare.content.platform.problem.Problem;

/**
 * 422: the draft cannot be published, for reasons of structure (the publish policy) or because a
 * market whose compliance policy is {@code block} has findings. The problem lists every reason.
 */
public class PublishRefused extends ApiProblem {

  private final PublishDecision decision;

  public PublishRefused(PublishDecision decision) {
    this(
        "/problems/publish-refused",
        "Publish refused",
        "The draft cannot be published: " + decision.reasons().size() + " problem(s) to fix.",
        decision);
  }

  private PublishRefused(String type, String title, String detail, PublishDecision decision) {
    super(
        422,
        type,
        title,
        detail,
        decision.reasons().stream()
            .map(r -> new Problem.Violation(r.field(), r.code() + ": " + r.message()))
            .toList());
    this.decision = decision;
  }

  /** Refused because the compliance report has findings in a market that blocks them. */
  static PublishRefused byCompliance(ComplianceReport report) {
    PublishDecision decision =
        new PublishDecision(
            report.markets().stream()
                .filter(m -> m.outcome().equals(ComplianceReport.MarketReport.BLOCKED))
                .flatMap(
                    m ->
                        m.findings().stream()
                            .map(
                                f ->
                                    new PublishDecision.Reason(
                                        f.code(), f.field(), m.market() + ": " + f.message())))
                .toList());
    return new PublishRefused(
        "/problems/compliance-refused",
        "Compliance refused",
        "The market's compliance policy blocks publishing while the report has findings: "
            + decision.reasons().size()
            + " to resolve. GET the draft's compliance report for the spans and the disclaimers.",
        decision);
  }

  public PublishDecision decision() {
    return decision;
  }
}

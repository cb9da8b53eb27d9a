package com.renovare.content.publishing;

import com.renovare.content.platform.problem.ApiProblem;
import com.renovare.content.platform.problem.Problem;

/** 422: the publish policy rejected the draft; the problem lists every reason. */
public class PublishRefused extends ApiProblem {

  private final PublishDecision decision;

  public PublishRefused(PublishDecision decision) {
    super(
        422,
        "/problems/publish-refused",
        "Publish refused",
        "The draft cannot be published: " + decision.reasons().size() + " problem(s) to fix.",
        decision.reasons().stream()
            .map(r -> new Problem.Violation(r.field(), r.code() + ": " + r.message()))
            .toList());
    this.decision = decision;
  }

  public PublishDecision decision() {
    return decision;
  }
}

package com.renovare.content.platform.problem;

import java.util.List;

/**
 * An error the API reports to its client on purpose. Thrown anywhere below a resource and turned
 * into a problem+json response by {@link ProblemMapper}; the message is shown to the client, so it
 * must never carry internals.
 */
public class ApiProblem extends RuntimeException {

  private final int status;
  private final String type;
  private final String title;
  private final List<Problem.Violation> violations;

  protected ApiProblem(
      int status, String type, String title, String detail, List<Problem.Violation> violations) {
    super(detail, null, false, false);
    this.status = status;
    this.type = type;
    this.title = title;
    this.violations = List.copyOf(violations);
  }

  /** 404: the named thing does not exist (or is not public). */
  public static ApiProblem notFound(String detail) {
    return new ApiProblem(404, "/problems/not-found", "Not Found", detail, List.of());
  }

  /** 400: one request parameter is malformed or out of range. */
  public static ApiProblem invalidParameter(String name, String reason) {
    return new ApiProblem(
        400,
        "/problems/invalid-parameter",
        "Invalid parameter",
        "The parameter '" + name + "' " + reason + ".",
        List.of(new Problem.Violation(name, reason)));
  }

  /** 503: a dependency (the database) cannot be reached; the client may retry. */
  public static ApiProblem unavailable(String detail) {
    return new ApiProblem(503, "/problems/unavailable", "Service unavailable", detail, List.of());
  }

  public int status() {
    return status;
  }

  public Problem toProblem(String instance) {
    return new Problem(
        type, title, status, getMessage(), instance, violations.isEmpty() ? null : violations);
  }
}

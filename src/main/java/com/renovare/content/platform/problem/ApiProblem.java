package com.renovare.content.platform.problem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
  private final Map<String, String> headers;

  protected ApiProblem(
      int status, String type, String title, String detail, List<Problem.Violation> violations) {
    this(status, type, title, detail, violations, Map.of());
  }

  private ApiProblem(
      int status,
      String type,
      String title,
      String detail,
      List<Problem.Violation> violations,
      Map<String, String> headers) {
    super(detail, null, false, false);
    this.status = status;
    this.type = type;
    this.title = title;
    this.violations = List.copyOf(violations);
    this.headers = Map.copyOf(headers);
  }

  /** 401: no credentials, or credentials that are unknown, expired or revoked. */
  public static ApiProblem unauthorized(String detail) {
    return unauthorized(detail, "editorial");
  }

  /** 401 naming the realm whose credentials are needed ("editorial" or "delivery"). */
  public static ApiProblem unauthorized(String detail, String realm) {
    return new ApiProblem(
        401,
        "/problems/unauthorized",
        "Unauthorized",
        detail,
        List.of(),
        Map.of("WWW-Authenticate", "Bearer realm=\"" + realm + "\""));
  }

  /** 429: the client's request budget is spent; it may retry after the given headers say. */
  public static ApiProblem tooManyRequests(String detail, Map<String, String> headers) {
    return new ApiProblem(
        429, "/problems/too-many-requests", "Too Many Requests", detail, List.of(), headers);
  }

  /** 403: the caller is known but their role does not allow this. */
  public static ApiProblem forbidden(String detail) {
    return new ApiProblem(403, "/problems/forbidden", "Forbidden", detail, List.of());
  }

  /** 409: the request conflicts with the state of the thing it addresses. */
  public static ApiProblem conflict(String detail) {
    return new ApiProblem(409, "/problems/conflict", "Conflict", detail, List.of());
  }

  /**
   * 410: the thing existed and was withdrawn or redacted on purpose. Never stored by a cache (a 410
   * is cacheable by default): a withdrawn article may come back, and a takedown must not leave a
   * long-lived copy of its own answer either.
   */
  public static ApiProblem gone(String detail) {
    return new ApiProblem(
        410, "/problems/gone", "Gone", detail, List.of(), Map.of("Cache-Control", "no-store"));
  }

  /** 412: If-Match named a state that is no longer current. */
  public static ApiProblem preconditionFailed(String detail) {
    return new ApiProblem(
        412, "/problems/precondition-failed", "Precondition Failed", detail, List.of());
  }

  /** 428: a write that needs If-Match came without it. */
  public static ApiProblem preconditionRequired(String detail) {
    return new ApiProblem(
        428, "/problems/precondition-required", "Precondition Required", detail, List.of());
  }

  /** 400: the body is well-formed JSON but breaks the rules of its fields. */
  public static ApiProblem invalidBody(List<Problem.Violation> violations) {
    return new ApiProblem(
        400,
        "/problems/invalid-input",
        "Invalid input",
        "The request has " + violations.size() + " invalid value(s).",
        violations);
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
    return new ApiProblem(
        503,
        "/problems/unavailable",
        "Service Unavailable",
        detail,
        List.of(),
        Map.of("Retry-After", "5"));
  }

  /** The same problem with more headers (the given ones win over any of the same name). */
  public ApiProblem withHeaders(Map<String, String> more) {
    Map<String, String> merged = new HashMap<>(headers);
    merged.putAll(more);
    return new ApiProblem(status, type, title, getMessage(), violations, merged);
  }

  public int status() {
    return status;
  }

  /** Headers the response must carry, such as WWW-Authenticate on a 401. */
  public Map<String, String> headers() {
    return headers;
  }

  public Problem toProblem(String instance) {
    return new Problem(
        type, title, status, getMessage(), instance, violations.isEmpty() ? null : violations);
  }
}

package com.renovare.content.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where exceptions become HTTP answers: every error leaves as RFC 9457 problem+json,
 * and nothing internal (class names, stack traces, SQL) reaches the body.
 */
public class ProblemMapper {

  private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

  private final AllowedMethods allowedMethods;

  ProblemMapper(AllowedMethods allowedMethods) {
    this.allowedMethods = allowedMethods;
  }

  @ServerExceptionMapper
  public Response apiProblem(ApiProblem problem, HttpServerRequest request) {
    return respond(problem.toProblem(request.path()));
  }

  @ServerExceptionMapper
  public Response constraintViolation(
      ConstraintViolationException exception, HttpServerRequest request) {
    List<Problem.Violation> violations =
        exception.getConstraintViolations().stream()
            .map(v -> new Problem.Violation(leafName(v), v.getMessage()))
            .sorted(Comparator.comparing(Problem.Violation::field))
            .toList();
    return respond(
        new Problem(
            "/problems/invalid-input",
            "Invalid input",
            400,
            "The request has " + violations.size() + " invalid value(s).",
            request.path(),
            violations));
  }

  @ServerExceptionMapper
  public Response unreadableJson(JsonProcessingException exception, HttpServerRequest request) {
    return respond(
        new Problem(
            "/problems/malformed-body",
            "Malformed body",
            400,
            "The request body is not valid JSON of the expected shape.",
            request.path(),
            null));
  }

  /** Routing and content negotiation errors raised by the framework (404, 405, 406, 415 …). */
  @ServerExceptionMapper
  public Response framework(WebApplicationException exception, HttpServerRequest request) {
    int status = exception.getResponse().getStatus();
    if (status >= 500) {
      return unexpected(exception, request);
    }
    Response.Status known = Response.Status.fromStatusCode(status);
    String title = known == null ? "Request refused" : known.getReasonPhrase();
    Response.ResponseBuilder builder =
        Response.status(status)
            .type(Problem.MEDIA_TYPE)
            .entity(
                new Problem(
                    "/problems/" + slugOf(title),
                    title,
                    status,
                    frameworkDetail(status, request),
                    request.path(),
                    null));
    if (status == 405) {
      String allow = allowedMethods.on(request.path());
      if (allow != null) {
        builder.header(HttpHeaders.ALLOW, allow);
      }
    }
    return builder.build();
  }

  @ServerExceptionMapper
  public Response unexpected(Throwable throwable, HttpServerRequest request) {
    LOG.errorf(throwable, "Unexpected failure on %s %s", request.method(), request.path());
    return respond(
        new Problem(
            "/problems/internal-error",
            "Internal error",
            500,
            "The server could not complete the request. It has been logged.",
            request.path(),
            null));
  }

  static Response respond(Problem problem) {
    return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
  }

  private static String frameworkDetail(int status, HttpServerRequest request) {
    return switch (status) {
      case 404 -> "Nothing is served at " + request.path() + ".";
      case 405 -> "The method " + request.method() + " is not allowed on " + request.path() + ".";
      case 406 -> "This resource is served as application/json only.";
      case 415 -> "This media type is not accepted here.";
      default -> "The request was refused.";
    };
  }

  private static String slugOf(String title) {
    return title.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
  }

  private static String leafName(ConstraintViolation<?> violation) {
    String name = "";
    for (Path.Node node : violation.getPropertyPath()) {
      name = node.getName();
    }
    return name;
  }
}

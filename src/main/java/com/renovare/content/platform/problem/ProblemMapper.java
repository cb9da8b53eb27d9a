package com.renovare.content.platform.problem;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.renovare.content.platform.database.DatabaseStatus;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where exceptions become HTTP answers: every error leaves as RFC 9457 problem+json,
 * and nothing internal (class names, stack traces, SQL) reaches the body.
 */
public class ProblemMapper {

  private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

  private final AllowedMethods allowedMethods;
  private final DatabaseStatus database;

  ProblemMapper(AllowedMethods allowedMethods, DatabaseStatus database) {
    this.allowedMethods = allowedMethods;
    this.database = database;
  }

  @ServerExceptionMapper
  public Response apiProblem(ApiProblem problem, HttpServerRequest request) {
    Response.ResponseBuilder response =
        Response.status(problem.status())
            .type(Problem.MEDIA_TYPE)
            .entity(problem.toProblem(request.path()));
    problem.headers().forEach(response::header);
    return response.build();
  }

  @ServerExceptionMapper
  public Response constraintViolation(
      ConstraintViolationException exception, HttpServerRequest request) {
    return apiProblem(
        ApiProblem.invalidBody(violations(exception.getConstraintViolations())), request);
  }

  /** Each violation named by its path in the input, such as {@code sections[0].key}. */
  public static List<Problem.Violation> violations(
      Set<? extends ConstraintViolation<?>> violations) {
    return violations.stream()
        .map(v -> new Problem.Violation(pathOf(v), v.getMessage()))
        .sorted(
            Comparator.comparing(Problem.Violation::field)
                .thenComparing(Problem.Violation::message))
        .toList();
  }

  @ServerExceptionMapper
  public Response unreadableJson(JsonProcessingException exception, HttpServerRequest request) {
    // Jackson's own message may quote the input and name its classes: only the position is told.
    JsonLocation where = exception.getLocation();
    String position =
        where == null || where.getLineNr() < 1
            ? ""
            : " Reading stopped at line "
                + where.getLineNr()
                + ", column "
                + where.getColumnNr()
                + ".";
    return respond(
        new Problem(
            "/problems/malformed-body",
            "Malformed body",
            400,
            "The request body is not valid JSON of the expected shape." + position,
            request.path(),
            null));
  }

  /** Routing and content negotiation errors raised by the framework (404, 405, 406, 415 …). */
  @ServerExceptionMapper
  public Response framework(WebApplicationException exception, HttpServerRequest request) {
    int status = exception.getResponse().getStatus();
    // The JSON reader wraps a body it cannot parse in a plain 400; say what was wrong with it.
    for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
      if (status == 400 && cause instanceof JsonProcessingException unreadable) {
        return unreadableJson(unreadable, request);
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
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
    if (database.explains(throwable)) {
      database.failed(throwable);
      LOG.warnf(
          "%s %s refused with 503: the database cannot be reached",
          request.method(), request.path());
      return apiProblem(
          ApiProblem.unavailable(
              "The content store cannot be reached right now; try again shortly."),
          request);
    }
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
      case 406 ->
          "This resource is served as application/json (citations also as application/vnd.citationstyles.csl+json).";
      case 415 -> "This media type is not accepted here.";
      default -> "The request was refused.";
    };
  }

  private static String slugOf(String title) {
    return title.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
  }

  private static String pathOf(ConstraintViolation<?> violation) {
    StringBuilder path = new StringBuilder();
    for (Path.Node node : violation.getPropertyPath()) {
      switch (node.getKind()) {
        case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> {
          continue;
        }
        default -> {}
      }
      if (node.getIndex() != null) {
        path.append('[').append(node.getIndex()).append(']');
      }
      if (node.getName() != null && !node.getName().startsWith("<")) {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(node.getName());
      }
    }
    return path.toString();
  }
}

package com.renovare.content.access;

import com.renovare.content.audit.Actor;
import com.renovare.content.platform.net.ClientAddress;
import com.renovare.content.platform.problem.ApiProblem;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Authentication, function-level authorisation and request budgets of editorial operations: a
 * bearer token in the Authorization header, whose role includes the one the method requires, within
 * its token's budget (see {@link EditorialBudgets}). Delivery has its own access rules.
 *
 * <p>Deny by default: every operation under /v1/editorial is editorial, and one whose method (or
 * class) declares no {@link RequiresRole} is refused to every token, whatever its HTTP method,
 * rather than served to anyone.
 */
public class BearerAuthentication {

  /** Query parameters that would put a credential into URLs, logs and caches. */
  private static final Set<String> CREDENTIAL_PARAMETERS =
      Set.of(
          "access_token",
          "token",
          "api_key",
          "apikey",
          "api-key",
          "x-api-key",
          "auth",
          "authorization",
          "bearer",
          "password",
          "secret");

  private static final int MAX_SECRET_LENGTH = 256;
  private static final String VERDICT = BearerAuthentication.class.getName() + ".budget";
  private static final String UNKNOWN_TOKEN = "The bearer token is unknown, expired or revoked.";

  private final Tokens tokens;
  private final CurrentActor current;
  private final EditorialBudgets budgets;

  BearerAuthentication(Tokens tokens, CurrentActor current, EditorialBudgets budgets) {
    this.tokens = tokens;
    this.current = current;
    this.budgets = budgets;
  }

  @ServerRequestFilter(preMatching = true)
  public void refuseCredentialsInQuery(ContainerRequestContext request) {
    for (String name : request.getUriInfo().getQueryParameters().keySet()) {
      if (CREDENTIAL_PARAMETERS.contains(name.toLowerCase(Locale.ROOT))) {
        throw ApiProblem.invalidParameter(
            name, "must not carry credentials: send them in the Authorization header");
      }
    }
  }

  @ServerRequestFilter
  public void authenticate(
      ContainerRequestContext request, ResourceInfo resource, HttpServerRequest http) {
    RequiresRole required = requiredRole(resource);
    if (required == null && !isEditorial(request.getUriInfo().getPath())) {
      return;
    }
    String address = ClientAddress.of(http);
    String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (header == null || header.isBlank()) {
      request.setProperty(VERDICT, budgets.failuresOf(address));
      throw ApiProblem.unauthorized(
          "This operation needs a bearer token: send 'Authorization: Bearer <token>'.");
    }
    // The token is looked up first, and only a failed authentication counts against the address:
    // wrong tokens from an address (every editor behind one proxy or NAT) must not lock out the
    // valid ones. A valid token therefore passes even from an address whose budget is spent;
    // tokens are too long to guess (256 random bits, the bootstrap one at least 32 characters), so
    // the budget is there to make guessing slow and costly, not to hide a right guess.
    boolean bearer = header.length() >= 8 && header.regionMatches(true, 0, "Bearer ", 0, 7);
    String secret = bearer ? header.substring(7).strip() : "";
    Actor actor =
        secret.isEmpty() || secret.length() > MAX_SECRET_LENGTH
            ? null
            : tokens.authenticate(secret).orElse(null);
    if (actor == null) {
      EditorialBudgets.Verdict failures = budgets.chargeFailure(address);
      request.setProperty(VERDICT, failures);
      if (!failures.allowed()) {
        throw tooMany(
            failures,
            "Too many requests with a wrong token came from this address; try again in "
                + failures.resetSeconds()
                + " s.");
      }
      throw ApiProblem.unauthorized(
          bearer ? UNKNOWN_TOKEN : "The Authorization header must use the Bearer scheme.");
    }
    EditorialBudgets.Verdict spent =
        budgets.chargeToken(actor.tokenId() == null ? actor.name() : actor.tokenId().toString());
    request.setProperty(VERDICT, spent);
    if (!spent.allowed()) {
      throw tooMany(
          spent,
          "This token may make "
              + spent.policy().requests()
              + " requests per "
              + spent.policy().window().toSeconds()
              + " s; the next window starts in "
              + spent.resetSeconds()
              + " s.");
    }
    if (required == null) {
      throw ApiProblem.forbidden("This operation declares no role, so no token may call it.");
    }
    if (!actor.role().includes(required.value())) {
      throw ApiProblem.forbidden(
          "This operation needs the "
              + required.value().wireName()
              + " role; the token has the "
              + actor.role().wireName()
              + " role.");
    }
    current.set(actor);
  }

  /** Every answer to an editorial operation says what is left of the budget it was charged to. */
  @ServerResponseFilter
  public void budgetHeaders(ContainerRequestContext request, ContainerResponseContext response) {
    if (request.getProperty(VERDICT) instanceof EditorialBudgets.Verdict verdict) {
      verdict.headers().forEach(response.getHeaders()::putSingle);
    }
  }

  private static ApiProblem tooMany(EditorialBudgets.Verdict verdict, String detail) {
    return ApiProblem.tooManyRequests(detail, verdict.headers());
  }

  private static boolean isEditorial(String path) {
    return path.equals(EditorialContract.PREFIX) || path.startsWith(EditorialContract.PREFIX + "/");
  }

  private static RequiresRole requiredRole(ResourceInfo resource) {
    if (resource == null || resource.getResourceMethod() == null) {
      return null;
    }
    RequiresRole onMethod = resource.getResourceMethod().getAnnotation(RequiresRole.class);
    return onMethod != null
        ? onMethod
        : resource.getResourceClass().getAnnotation(RequiresRole.class);
  }
}

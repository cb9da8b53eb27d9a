package com.renovare.content.platform.security;

import com.renovare.content.platform.problem.ApiProblem;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Authentication and function-level authorisation of editorial operations: a bearer token in the
 * Authorization header, whose role includes the one the method requires. Delivery stays public.
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

  private final Tokens tokens;
  private final CurrentActor current;

  BearerAuthentication(Tokens tokens, CurrentActor current) {
    this.tokens = tokens;
    this.current = current;
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
  public void authenticate(ContainerRequestContext request, ResourceInfo resource) {
    RequiresRole required = requiredRole(resource);
    if (required == null) {
      return;
    }
    String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (header == null || header.isBlank()) {
      throw ApiProblem.unauthorized(
          "This operation needs a bearer token: send 'Authorization: Bearer <token>'.");
    }
    if (header.length() < 8 || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw ApiProblem.unauthorized("The Authorization header must use the Bearer scheme.");
    }
    String secret = header.substring(7).strip();
    if (secret.isEmpty() || secret.length() > MAX_SECRET_LENGTH) {
      throw ApiProblem.unauthorized("The bearer token is unknown, expired or revoked.");
    }
    Actor actor =
        tokens
            .authenticate(secret)
            .orElseThrow(
                () -> ApiProblem.unauthorized("The bearer token is unknown, expired or revoked."));
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

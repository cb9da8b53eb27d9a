package com.renovare.content.editorial;

import com.fasterxml.jackson.databind.JsonNode;
import com.renovare.content.platform.audit.AuditLog;
import com.renovare.content.platform.json.StrictBody;
import com.renovare.content.platform.problem.ApiProblem;
import com.renovare.content.platform.security.Actor;
import com.renovare.content.platform.security.Role;
import com.renovare.content.platform.security.TokenView;
import com.renovare.content.platform.security.Tokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.UUID;

/** Admin use cases: tokens and the audit log. */
@ApplicationScoped
public class EditorialAccess {

  private final Tokens tokens;
  private final AuditLog audit;
  private final Validator validator;

  EditorialAccess(Tokens tokens, AuditLog audit, Validator validator) {
    this.tokens = tokens;
    this.audit = audit;
    this.validator = validator;
  }

  public Views.IssuedToken issue(JsonNode body, Actor actor) {
    Requests.Token request = StrictBody.read(body, Requests.Token.class, validator);
    Role role =
        request.roles().stream()
            .map(r -> Role.fromWire(r).orElseThrow())
            .max(Comparator.naturalOrder())
            .orElseThrow();
    Tokens.Issued issued =
        tokens.issue(request.name(), request.byline(), role, request.expiresAt(), actor);
    return new Views.IssuedToken(issued.token(), issued.secret());
  }

  public Views.TokenList tokens() {
    return new Views.TokenList(tokens.list());
  }

  public TokenView revoke(String rawId, Actor actor) {
    UUID id;
    try {
      id = UUID.fromString(rawId);
    } catch (IllegalArgumentException e) {
      throw ApiProblem.invalidParameter("id", "must be a token id (a UUID)");
    }
    return tokens.revoke(id, actor);
  }

  public Views.AuditPage audit(String limit, String cursor) {
    AuditLog.Page page = audit.page(limit, cursor);
    return new Views.AuditPage(page.items(), page.next());
  }
}

package com.renovare.content.editorial;

import com.fasterxml.jackson.databind.JsonNode;
import com.renovare.content.access.Role;
import com.renovare.content.access.TokenView;
import com.renovare.content.access.Tokens;
import com.renovare.content.audit.Actor;
import com.renovare.content.audit.AuditLog;
import com.renovare.content.platform.json.StrictBody;
import com.renovare.content.platform.problem.ApiProblem;
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

  public EditorialResponses.IssuedToken issue(JsonNode body, Actor actor) {
    EditorialRequests.Token request =
        StrictBody.read(body, EditorialRequests.Token.class, validator);
    Role role =
        request.roles().stream()
            .map(r -> Role.fromWire(r).orElseThrow())
            .max(Comparator.naturalOrder())
            .orElseThrow();
    Tokens.Issued issued =
        tokens.issue(request.name(), request.byline(), role, request.expiresAt(), actor);
    return new EditorialResponses.IssuedToken(issued.token(), issued.secret());
  }

  public EditorialResponses.TokenList tokens() {
    return new EditorialResponses.TokenList(tokens.list());
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

  public EditorialResponses.AuditPage audit(String limit, String cursor) {
    AuditLog.Page page = audit.page(limit, cursor);
    return new EditorialResponses.AuditPage(page.items(), page.next());
  }
}

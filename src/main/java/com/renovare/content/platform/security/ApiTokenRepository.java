package com.renovare.content.platform.security;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/** Tokens by hash of their secret. */
@ApplicationScoped
public class ApiTokenRepository implements PanacheRepositoryBase<ApiToken, UUID> {

  Optional<ApiToken> findByHash(String hash) {
    return find("tokenHash", hash).firstResultOptional();
  }

  Optional<ApiToken> findBootstrap() {
    return find("bootstrap", true).firstResultOptional();
  }
}

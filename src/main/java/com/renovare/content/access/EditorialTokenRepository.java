package com.renovare.content.access;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/** Tokens by hash of their secret. */
@ApplicationScoped
public class EditorialTokenRepository implements PanacheRepositoryBase<EditorialToken, UUID> {

  Optional<EditorialToken> findByHash(String hash) {
    return find("tokenHash", hash).firstResultOptional();
  }

  Optional<EditorialToken> findBootstrap() {
    return find("bootstrap", true).firstResultOptional();
  }
}

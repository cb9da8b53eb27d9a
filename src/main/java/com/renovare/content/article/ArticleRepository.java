package com.renovare.content.article;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;

/** Drafts by id or slug. */
@ApplicationScoped
public class ArticleRepository implements PanacheRepositoryBase<Article, UUID> {

  public Optional<Article> findBySlug(String slug) {
    return find("slug", slug).firstResultOptional();
  }

  /**
   * The draft, locked until the transaction ends, so that concurrent writes and publishes of one
   * article are applied one after the other.
   */
  public Optional<Article> findLocked(UUID id) {
    return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
  }
}

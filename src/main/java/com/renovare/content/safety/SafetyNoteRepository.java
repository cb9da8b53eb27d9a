package com.renovare.content.safety;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Safety notes by key. */
@ApplicationScoped
public class SafetyNoteRepository implements PanacheRepositoryBase<SafetyNote, UUID> {

  public Optional<SafetyNote> findByKey(String key) {
    return find("key", key).firstResultOptional();
  }

  /** Up to {@code limit} notes in key order, after {@code afterKey} (null: from the start). */
  public List<SafetyNote> page(String afterKey, int limit) {
    return (afterKey == null
            ? findAll(Sort.ascending("key"))
            : find("key > ?1", Sort.ascending("key"), afterKey))
        .page(0, limit)
        .list();
  }
}

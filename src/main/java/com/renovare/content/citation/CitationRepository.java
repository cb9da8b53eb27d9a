package com.renovare.content.citation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Citations by key. */
@ApplicationScoped
public class CitationRepository implements PanacheRepositoryBase<Citation, UUID> {

  public Optional<Citation> findByKey(String key) {
    return find("key", key).firstResultOptional();
  }

  public List<Citation> findByKeys(Collection<String> keys) {
    return keys.isEmpty() ? List.of() : list("key in ?1", keys);
  }
}

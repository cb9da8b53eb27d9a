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

  /** Citations whose URL contains the text, ignoring case: candidates for an equal URL. */
  public List<Citation> findByUrlContaining(String text) {
    return list("url is not null and lower(url) like ?1", "%" + text.toLowerCase() + "%");
  }

  public List<Citation> findByTitleIgnoringCase(String title) {
    return list("lower(title) = ?1 order by key", title.toLowerCase());
  }

  public List<Citation> findByKeys(Collection<String> keys) {
    return keys.isEmpty() ? List.of() : list("key in ?1", keys);
  }
}

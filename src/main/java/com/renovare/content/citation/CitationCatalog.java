package com.renovare.content.citation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The sources articles cite, by key. */
@ApplicationScoped
public class CitationCatalog {

  private final CitationRepository citations;
  private final Clock clock;

  CitationCatalog(CitationRepository citations, Clock clock) {
    this.citations = citations;
    this.clock = clock;
  }

  /** Adds the citation, or leaves an existing one with the same key as it is. */
  @Transactional
  public boolean addIfAbsent(CitationData data) {
    if (citations.findByKey(data.key()).isPresent()) {
      return false;
    }
    citations.persist(Citation.create(data, clock.instant()));
    return true;
  }

  @Transactional
  public Optional<CitationData> find(String key) {
    return citations.findByKey(key).map(Citation::toData);
  }

  /** The citations the catalogue knows among these keys. */
  @Transactional
  public Map<String, CitationData> find(Collection<String> keys) {
    return citations.findByKeys(keys).stream()
        .map(Citation::toData)
        .collect(Collectors.toMap(CitationData::key, Function.identity()));
  }
}

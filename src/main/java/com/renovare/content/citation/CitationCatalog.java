package com.renovare.content.citation;

import com.renovare.content.platform.audit.AuditLog;
import com.renovare.content.platform.http.Preconditions;
import com.renovare.content.platform.problem.ApiProblem;
import com.renovare.content.platform.security.Actor;
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
  private final AuditLog audit;
  private final Clock clock;

  CitationCatalog(CitationRepository citations, AuditLog audit, Clock clock) {
    this.citations = citations;
    this.audit = audit;
    this.clock = clock;
  }

  /** A citation and its row version, the ETag editors send back in If-Match. */
  public record Versioned(CitationData data, long rowVersion) {}

  /** Adds the citation, or leaves an existing one with the same key as it is. */
  @Transactional
  public boolean addIfAbsent(CitationData data, Actor actor) {
    if (citations.findByKey(data.key()).isPresent()) {
      return false;
    }
    citations.persist(Citation.create(data, clock.instant()));
    audit.record(actor, "citation.create", "citation", data.key(), data.title());
    return true;
  }

  /** Adds a new citation; its key must be unused. */
  @Transactional
  public Versioned create(CitationData data, Actor actor) {
    if (!addIfAbsent(data, actor)) {
      throw ApiProblem.conflict(
          "A citation with the key '" + data.key() + "' exists; update it instead.");
    }
    citations.flush();
    return versioned(data.key()).orElseThrow();
  }

  /**
   * Changes a citation if it is still at the version the editor read. Published versions keep the
   * citation as it was when they were published; the next publish uses the new data.
   */
  @Transactional
  public Versioned update(String key, long expectedVersion, CitationData data, Actor actor) {
    Citation citation =
        citations
            .findByKey(key)
            .orElseThrow(() -> ApiProblem.notFound("No citation has the key '" + key + "'."));
    Preconditions.check(expectedVersion, citation.rowVersion());
    if (!key.equals(data.key())) {
      throw ApiProblem.invalidParameter("key", "must equal the key in the URL: keys never change");
    }
    citation.apply(data, clock.instant());
    citations.flush();
    audit.record(actor, "citation.update", "citation", key, data.title());
    return new Versioned(citation.toData(), citation.rowVersion());
  }

  @Transactional
  public Optional<Versioned> versioned(String key) {
    return citations.findByKey(key).map(c -> new Versioned(c.toData(), c.rowVersion()));
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

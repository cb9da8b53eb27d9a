package com.renovare.content.citation;

import com.renovare.content.audit.Actor;
import com.renovare.content.audit.AuditLog;
import com.renovare.content.platform.http.Preconditions;
import com.renovare.content.platform.problem.ApiProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
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
  private final Event<CitationChanged> changes;

  CitationCatalog(
      CitationRepository citations, AuditLog audit, Clock clock, Event<CitationChanged> changes) {
    this.citations = citations;
    this.audit = audit;
    this.clock = clock;
    this.changes = changes;
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
    changes.fire(new CitationChanged(data.key()));
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
    changes.fire(new CitationChanged(key));
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

  /**
   * A citation of the same web address: scheme and host compared without case, the fragment and a
   * trailing slash ignored.
   */
  @Transactional
  public Optional<CitationData> findByUrl(String url) {
    String wanted = comparable(url);
    if (wanted == null) {
      return Optional.empty();
    }
    String host = wanted.substring(wanted.indexOf("//") + 2);
    return citations.findByUrlContaining(host.replace("\\", "_")).stream()
        .filter(c -> wanted.equals(comparable(c.toData().url())))
        .map(Citation::toData)
        .sorted(java.util.Comparator.comparing(CitationData::key))
        .findFirst();
  }

  /** A citation with this title, ignoring case. */
  @Transactional
  public Optional<CitationData> findByTitle(String title) {
    return citations.findByTitleIgnoringCase(title.trim()).stream()
        .map(Citation::toData)
        .findFirst();
  }

  private static String comparable(String url) {
    if (url == null) {
      return null;
    }
    String u = url.trim();
    int hash = u.indexOf('#');
    if (hash >= 0) {
      u = u.substring(0, hash);
    }
    while (u.endsWith("/")) {
      u = u.substring(0, u.length() - 1);
    }
    int scheme = u.indexOf("://");
    if (scheme < 0) {
      return null;
    }
    int pathStart = u.indexOf('/', scheme + 3);
    String head = pathStart < 0 ? u : u.substring(0, pathStart);
    String tail = pathStart < 0 ? "" : u.substring(pathStart);
    head = head.toLowerCase(java.util.Locale.ROOT).replaceFirst("^http://", "https://");
    return head + tail;
  }

  /** The citations the catalogue knows among these keys. */
  @Transactional
  public Map<String, CitationData> find(Collection<String> keys) {
    return citations.findByKeys(keys).stream()
        .map(Citation::toData)
        .collect(Collectors.toMap(CitationData::key, Function.identity()));
  }
}

package com.renovare.content.safety;

import com.renovare.content.audit.Actor;
import com.renovare.content.audit.AuditLog;
import com.renovare.content.citation.CitationCatalog;
import com.renovare.content.citation.CitationData;
import com.renovare.content.platform.http.Preconditions;
import com.renovare.content.platform.problem.ApiProblem;
import com.renovare.content.platform.problem.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The catalogue of safety notes: editors write them by key; publishing and product delivery ask
 * which of them apply, through {@link SafetyNoteMatcher}.
 */
@ApplicationScoped
public class SafetyNotes {

  private final SafetyNoteRepository notes;
  private final CitationCatalog citations;
  private final AuditLog audit;
  private final Clock clock;
  private final Event<SafetyNoteChanged> changes;

  SafetyNotes(
      SafetyNoteRepository notes,
      CitationCatalog citations,
      AuditLog audit,
      Clock clock,
      Event<SafetyNoteChanged> changes) {
    this.notes = notes;
    this.citations = citations;
    this.audit = audit;
    this.clock = clock;
    this.changes = changes;
  }

  /** A note and its row version, the ETag editors send back in If-Match. */
  public record Versioned(SafetyNoteData data, long rowVersion) {}

  /** One page of notes in key order, and the key to continue after (null on the last page). */
  public record Page(List<SafetyNoteData> items, String lastKey) {}

  /** Adds the note, or leaves an existing one with the same key as it is. */
  @Transactional
  public boolean addIfAbsent(SafetyNoteData data, Actor actor) {
    if (notes.findByKey(data.key()).isPresent()) {
      return false;
    }
    checkReferences(data);
    notes.persist(SafetyNote.create(data, clock.instant()));
    audit.record(actor, "safety-note.create", "safety-note", data.key(), data.title());
    changes.fire(new SafetyNoteChanged(data.key()));
    return true;
  }

  /** Adds a new note; its key must be unused and every citation it names must exist. */
  @Transactional
  public Versioned create(SafetyNoteData data, Actor actor) {
    if (!addIfAbsent(data, actor)) {
      throw ApiProblem.conflict(
          "A safety note with the key '" + data.key() + "' exists; replace it instead.");
    }
    notes.flush();
    return versioned(data.key()).orElseThrow();
  }

  /**
   * Replaces a note if it is still at the version the editor read. Products show the change at
   * once; published article versions keep the note as it was, and each article's next publish uses
   * the new one.
   */
  @Transactional
  public Versioned replace(String key, long expectedVersion, SafetyNoteData data, Actor actor) {
    SafetyNote note = notes.findByKey(key).orElseThrow(() -> noNote(key));
    Preconditions.check(expectedVersion, note.rowVersion());
    if (!key.equals(data.key())) {
      throw ApiProblem.invalidParameter("key", "must equal the key in the URL: keys never change");
    }
    checkReferences(data);
    note.apply(data, clock.instant());
    notes.flush();
    audit.record(actor, "safety-note.update", "safety-note", key, data.title());
    changes.fire(new SafetyNoteChanged(key));
    return new Versioned(note.toData(), note.rowVersion());
  }

  @Transactional
  public Optional<Versioned> versioned(String key) {
    return notes.findByKey(key).map(n -> new Versioned(n.toData(), n.rowVersion()));
  }

  @Transactional
  public Page page(String afterKey, int limit) {
    List<SafetyNote> rows = notes.page(afterKey, limit + 1);
    List<SafetyNoteData> page =
        rows.subList(0, Math.min(limit, rows.size())).stream().map(SafetyNote::toData).toList();
    return new Page(page, rows.size() > limit ? page.get(page.size() - 1).key() : null);
  }

  /** The note as readers see it, its sources as the citation catalogue holds them now. */
  @Transactional
  public Optional<SafetyNoteView> view(String key) {
    return notes.findByKey(key).map(SafetyNote::toData).map(d -> views(List.of(d)).get(0));
  }

  /** Every note, ready to match: what publishing renders into an article version. */
  @Transactional
  public SafetyNoteMatcher matcher() {
    List<SafetyNoteData> all = notes.listAll().stream().map(SafetyNote::toData).toList();
    List<SafetyNoteView> views = views(all);
    List<SafetyNoteMatcher.Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      candidates.add(new SafetyNoteMatcher.Candidate(all.get(i).terms(), views.get(i)));
    }
    return SafetyNoteMatcher.of(candidates);
  }

  /** The notes that apply to a product with this active ingredient, as they are now. */
  @Transactional
  public List<SafetyNoteView> forIngredient(String ingredientName) {
    return ingredientName == null ? List.of() : matcher().forIngredient(ingredientName);
  }

  private List<SafetyNoteView> views(List<SafetyNoteData> data) {
    Set<String> keys = new LinkedHashSet<>();
    data.forEach(d -> keys.addAll(d.citations()));
    Map<String, CitationData> sources = citations.find(keys);
    return data.stream()
        .map(
            d ->
                new SafetyNoteView(
                    d.key(),
                    d.ingredient(),
                    d.title(),
                    d.text(),
                    d.citations().stream().map(sources::get).filter(Objects::nonNull).toList()))
        .toList();
  }

  /**
   * Refuses a note that names a citation the catalogue does not know, or repeats a term or a
   * citation, naming every offending entry.
   */
  private void checkReferences(SafetyNoteData data) {
    List<Problem.Violation> violations = new ArrayList<>();
    Set<String> seenTerms = new HashSet<>();
    for (int i = 0; i < data.terms().size(); i++) {
      if (!seenTerms.add(String.join(" ", SafetyNoteMatcher.words(data.terms().get(i))))) {
        violations.add(new Problem.Violation("terms[" + i + "]", "repeats an earlier term"));
      }
    }
    Map<String, CitationData> known = citations.find(data.citations());
    Set<String> seenCitations = new HashSet<>();
    for (int i = 0; i < data.citations().size(); i++) {
      String key = data.citations().get(i);
      if (!seenCitations.add(key)) {
        violations.add(
            new Problem.Violation("citations[" + i + "]", "repeats an earlier citation"));
      } else if (!known.containsKey(key)) {
        violations.add(
            new Problem.Violation(
                "citations[" + i + "]",
                "names no citation: there is none with the key '"
                    + key
                    + "'; create it first (POST /v1/editorial/citations)"));
      }
    }
    if (!violations.isEmpty()) {
      throw ApiProblem.invalidBody(violations);
    }
  }

  private static ApiProblem noNote(String key) {
    return ApiProblem.notFound("No safety note has the key '" + key + "'.");
  }
}

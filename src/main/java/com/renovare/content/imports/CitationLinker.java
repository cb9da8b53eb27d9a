package com.renovare.content.imports;

import com.renovare.content.audit.Actor;
import com.renovare.content.citation.CitationCatalog;
import com.renovare.content.citation.CitationData;
import com.renovare.content.identifier.Identifiers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the sources a post names into catalogue citation keys. An equivalent citation (same web
 * address, or same title) is linked rather than duplicated; a new one gets a key no citation has,
 * so existing citations are never changed. Only what the post says is recorded: no accessed date,
 * no publisher, nothing guessed.
 */
@ApplicationScoped
public class CitationLinker {

  private static final int KEY_BASE_MAX = 60;

  private final CitationCatalog catalog;
  private final Validator validator;

  CitationLinker(CitationCatalog catalog, Validator validator) {
    this.catalog = catalog;
    this.validator = validator;
  }

  /** The keys of one import's sources, each resolved once. */
  final class Run {
    private final Actor actor;
    private final ImportReport notes;
    private final Map<SourceLines.Source, String> resolved = new IdentityHashMap<>();
    private final Map<String, String> byIdentity = new HashMap<>();

    Run(Actor actor, ImportReport notes) {
      this.actor = actor;
      this.notes = notes;
    }

    /** The citation key for the source, or null when none could be made. */
    String key(SourceLines.Source source, String from) {
      if (resolved.containsKey(source)) {
        return resolved.get(source);
      }
      String key = resolve(source, from);
      resolved.put(source, key);
      return key;
    }

    private String resolve(SourceLines.Source source, String from) {
      String byUrl = source.url() == null ? null : "url:" + source.url().trim();
      String byTitle =
          source.titleGiven() ? "title:" + source.title().trim().toLowerCase(Locale.ROOT) : null;
      for (String identity : new String[] {byUrl, byTitle}) {
        if (identity != null && byIdentity.containsKey(identity)) {
          return remember(source, byIdentity.get(identity), byUrl, byTitle);
        }
      }
      CitationData existing =
          source.url() == null ? null : catalog.findByUrl(source.url()).orElse(null);
      String how = "the same web address";
      if (existing == null && source.titleGiven()) {
        existing = catalog.findByTitle(source.title()).orElse(null);
        how = "the same title";
      }
      if (existing != null) {
        notes.add(
            source.at(),
            "citationLinked",
            "The source named by "
                + from
                + " is the catalogue citation '"
                + existing.key()
                + "' ("
                + how
                + "); it was linked, not copied.",
            source.origin());
        return remember(source, existing.key(), byUrl, byTitle);
      }
      String title = source.title();
      if (title.length() > 500) {
        title = title.substring(0, Texts.cutAt(title, 500)).trim();
      }
      CitationData data =
          new CitationData(
              freeKey(source),
              source.type(),
              title,
              source.author() == null ? List.of() : List.of(source.author()),
              null,
              null,
              null,
              null,
              source.url(),
              null,
              // Never the draft's words: the note is published with the citation.
              "Created by an import; check its details before publishing.");
      if (!validator.validate(data).isEmpty()) {
        notes.add(
            source.at(),
            "citationSkipped",
            "The source named by "
                + from
                + " could not be made a citation (its address or title is too long or"
                + " malformed); add it by hand.",
            source.origin());
        return null;
      }
      catalog.addIfAbsent(data, actor);
      notes.add(
          source.at(),
          "citationCreated",
          "The source named by "
              + from
              + " became the new "
              + data.type()
              + " citation '"
              + data.key()
              + "' titled '"
              + data.title()
              + "'"
              + (source.titleGiven() ? "" : " (its host and path: the post gives no title)")
              + ".",
          source.origin());
      return remember(source, data.key(), byUrl, byTitle);
    }

    private String remember(SourceLines.Source source, String key, String byUrl, String byTitle) {
      if (byUrl != null) {
        byIdentity.put(byUrl, key);
      }
      if (byTitle != null) {
        byIdentity.put(byTitle, key);
      }
      return key;
    }

    private String freeKey(SourceLines.Source source) {
      String words =
          source.author() != null && source.author().family() != null
              ? source.author().family() + " " + source.title()
              : source.url() != null && !source.titleGiven()
                  ? SourceLines.hostAndPath(source.url()).replaceFirst("^www\\.", "")
                  : source.title();
      String base = Texts.slug(words, KEY_BASE_MAX);
      if (base.isEmpty()) {
        base = "imported-source";
      }
      String key = base;
      for (int n = 2; catalog.find(key).isPresent() || byIdentity.containsValue(key); n++) {
        key = base + "-" + n;
      }
      return Identifiers.citationKey("key", key);
    }
  }

  Run start(Actor actor, ImportReport notes) {
    return new Run(actor, notes);
  }
}

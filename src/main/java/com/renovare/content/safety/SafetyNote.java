package com.renovare.content.safety;

import com.fasterxml.jackson.core.type.TypeReference;
import com.renovare.content.platform.json.Json;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A note about an ingredient, attached to whatever involves the ingredient. */
@Entity
@Table(name = "safety_note")
public class SafetyNote {

  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

  @Id private UUID id;

  @Column(name = "note_key")
  private String key;

  private String ingredient;

  /** JSON array of the match terms. */
  private String terms;

  private String title;

  @Column(name = "body")
  private String text;

  /** JSON array of citation keys. */
  @Column(name = "citation_keys")
  private String citationKeys;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Version
  @Column(name = "row_version")
  private long rowVersion;

  protected SafetyNote() {}

  static SafetyNote create(SafetyNoteData data, Instant now) {
    SafetyNote note = new SafetyNote();
    note.id = UUID.randomUUID();
    note.key = data.key();
    note.createdAt = now;
    note.apply(data, now);
    return note;
  }

  void apply(SafetyNoteData data, Instant now) {
    ingredient = data.ingredient();
    terms = Json.string(data.terms());
    title = data.title();
    text = data.text();
    citationKeys = Json.string(data.citations());
    updatedAt = now;
  }

  SafetyNoteData toData() {
    return new SafetyNoteData(
        key, ingredient, Json.read(terms, STRINGS), title, text, Json.read(citationKeys, STRINGS));
  }

  String key() {
    return key;
  }

  long rowVersion() {
    return rowVersion;
  }
}

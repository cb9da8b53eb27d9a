package com.renovare.content.editorial;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.renovare.content.audit.Actor;
import com.renovare.content.platform.http.Preconditions;
import com.renovare.content.platform.json.StrictBody;
import com.renovare.content.platform.paging.Paging;
import com.renovare.content.platform.problem.ApiProblem;
import com.renovare.content.safety.SafetyNoteData;
import com.renovare.content.safety.SafetyNotes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The editorial use cases on safety notes: write them by key, read them back with an ETag. */
@ApplicationScoped
public class EditorialSafetyNotes {

  private final SafetyNotes notes;
  private final Validator validator;

  EditorialSafetyNotes(SafetyNotes notes, Validator validator) {
    this.notes = notes;
    this.validator = validator;
  }

  /** A page of safety notes in key order. */
  @Schema(name = "SafetyNoteList")
  public record NoteList(
      @Schema(maxItems = 100, required = true) List<SafetyNoteData> items,
      @Schema(maxLength = 512, nullable = true, required = true)
          @JsonInclude(JsonInclude.Include.ALWAYS)
          String next) {}

  public EditorialArticles.Written<SafetyNoteData> create(JsonNode body, Actor actor) {
    SafetyNoteData data = StrictBody.read(body, SafetyNoteData.class, validator);
    return written(notes.create(data, actor));
  }

  public EditorialArticles.Written<SafetyNoteData> get(String key) {
    SafetyNoteData.checkKey("key", key);
    return notes.versioned(key).map(EditorialSafetyNotes::written).orElseThrow(() -> noNote(key));
  }

  public NoteList list(String rawLimit, String cursor) {
    int limit = Paging.limit(rawLimit);
    List<String> after = Paging.decodeCursor(cursor, 2);
    if (after != null && !after.get(0).equals("n")) {
      throw Paging.invalidCursor();
    }
    SafetyNotes.Page page = notes.page(after == null ? null : after.get(1), limit);
    return new NoteList(
        page.items(), page.lastKey() == null ? null : Paging.encodeCursor("n", page.lastKey()));
  }

  public EditorialArticles.Written<SafetyNoteData> replace(
      String key, String ifMatch, JsonNode body, Actor actor) {
    SafetyNoteData.checkKey("key", key);
    long expected = Preconditions.required(ifMatch);
    SafetyNoteData data = StrictBody.read(body, SafetyNoteData.class, validator);
    return written(notes.replace(key, expected, data, actor));
  }

  private static EditorialArticles.Written<SafetyNoteData> written(SafetyNotes.Versioned v) {
    return new EditorialArticles.Written<>(v.data(), Preconditions.etag(v.rowVersion()));
  }

  private static ApiProblem noNote(String key) {
    return ApiProblem.notFound("No safety note has the key '" + key + "'.");
  }
}

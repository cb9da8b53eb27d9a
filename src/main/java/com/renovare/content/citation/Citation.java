package com.renovare.content.citation;

import com.fasterxml.jackson.core.type.TypeReference;
import com.renovare.content.platform.json.Json;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A source that article text rests on, stored field by field as a CSL-JSON item. */
@Entity
@Table(name = "citation")
public class Citation {

  @Id private UUID id;

  @Column(name = "citation_key")
  private String key;

  @Column(name = "csl_type")
  private String type;

  private String title;

  /** JSON array of {@link CitationAuthor}. */
  private String authors;

  private String publisher;

  @Column(name = "container_title")
  private String containerTitle;

  @Column(name = "event_title")
  private String eventTitle;

  private String issued;
  private String url;
  private LocalDate accessed;
  private String note;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Version
  @Column(name = "row_version")
  private long rowVersion;

  protected Citation() {}

  static Citation create(CitationData data, Instant now) {
    Citation citation = new Citation();
    citation.id = UUID.randomUUID();
    citation.key = data.key();
    citation.apply(data, now);
    return citation;
  }

  void apply(CitationData data, Instant now) {
    type = data.type();
    title = data.title();
    authors = Json.string(data.authors());
    publisher = data.publisher();
    containerTitle = data.containerTitle();
    eventTitle = data.eventTitle();
    issued = data.issued();
    url = data.url();
    accessed = data.accessed();
    note = data.note();
    updatedAt = now;
  }

  public CitationData toData() {
    return new CitationData(
        key,
        type,
        title,
        Json.read(authors, new TypeReference<List<CitationAuthor>>() {}),
        publisher,
        containerTitle,
        eventTitle,
        issued,
        url,
        accessed,
        note);
  }

  public long rowVersion() {
    return rowVersion;
  }

  public String key() {
    return key;
  }
}

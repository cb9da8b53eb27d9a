package com.renovare.content.article;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;

/** Row form of a {@link Block}: its position in the section, its type, and its body as JSON. */
@Entity
@Table(name = "block")
class SectionBlock {

  @Id private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "section_id")
  private Section section;

  private int position;

  @Column(name = "block_type")
  private String type;

  @Convert(converter = JsonColumns.Blocks.class)
  private Block body;

  protected SectionBlock() {}

  SectionBlock(Section section, Block body, int position) {
    this.id = UUID.randomUUID();
    this.section = section;
    this.position = position;
    this.type = body.type();
    this.body = body;
  }

  Block body() {
    return body;
  }
}

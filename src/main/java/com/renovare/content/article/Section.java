package com.renovare.content.article;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A part of an article under one heading, addressed by a key that never changes once published. */
@Entity
@Table(name = "section")
public class Section {

  @Id private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "article_id")
  private Article article;

  @Column(name = "section_key")
  private String key;

  private String heading;
  private int position;

  @OneToMany(mappedBy = "section", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<SectionBlock> blocks = new ArrayList<>();

  protected Section() {}

  Section(Article article, ArticleContent.SectionContent content, int position) {
    this.id = UUID.randomUUID();
    this.article = article;
    this.key = content.key();
    update(content, position);
  }

  void update(ArticleContent.SectionContent content, int position) {
    this.heading = content.heading();
    this.position = position;
    if (!blocks().equals(content.blocks())) {
      blocks.clear();
      int blockPosition = 1;
      for (Block block : content.blocks()) {
        blocks.add(new SectionBlock(this, block, blockPosition++));
      }
    }
  }

  ArticleContent.SectionContent content() {
    return new ArticleContent.SectionContent(key, heading, blocks());
  }

  public String key() {
    return key;
  }

  public Optional<String> heading() {
    return Optional.ofNullable(heading);
  }

  public int position() {
    return position;
  }

  public List<Block> blocks() {
    return blocks.stream().map(SectionBlock::body).toList();
  }
}

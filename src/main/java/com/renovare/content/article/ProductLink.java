package com.renovare.content.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Optional;
import java.util.UUID;

/**
 * A product the article links to, by SKU, either from the article as a whole or from one section.
 * The SKU is resolved against the catalogue when the article is published.
 */
@Entity
@Table(name = "product_link")
public class ProductLink {

  @Id private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "article_id")
  private Article article;

  @Column(name = "section_key")
  private String sectionKey;

  private String sku;
  private String role;
  private int position;
  private String blurb;

  protected ProductLink() {}

  ProductLink(Article article, ArticleContent.ProductLinkContent content, int position) {
    this.id = UUID.randomUUID();
    this.article = article;
    this.sectionKey = content.section();
    this.sku = content.sku();
    this.role = content.role();
    this.position = position;
    this.blurb = content.blurb();
  }

  ArticleContent.ProductLinkContent content() {
    return new ArticleContent.ProductLinkContent(sku, sectionKey, role, blurb);
  }

  /** The section the link belongs to, or empty when it belongs to the whole article. */
  public Optional<String> sectionKey() {
    return Optional.ofNullable(sectionKey);
  }

  public String sku() {
    return sku;
  }

  public String role() {
    return role;
  }

  public int position() {
    return position;
  }

  public Optional<String> blurb() {
    return Optional.ofNullable(blurb);
  }
}

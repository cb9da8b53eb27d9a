package com.renovare.content.article;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The editorial draft of an article: what editors change. Delivery never reads it; publishing
 * renders it into an immutable version.
 */
@Entity
@Table(name = "article")
public class Article {

  /** Where an article stands in its life. */
  public enum Status {
    DRAFT,
    PUBLISHED,
    UNPUBLISHED;

    String column() {
      return name().toLowerCase();
    }
  }

  @Id private UUID id;

  private String slug;
  private String locale;
  private String title;
  private String summary;

  @Convert(converter = JsonColumns.Topics.class)
  private List<String> topics = new ArrayList<>();

  @Convert(converter = JsonColumns.Authors.class)
  private List<Author> authors = new ArrayList<>();

  @Column(name = "hero_image")
  @Convert(converter = JsonColumns.Images.class)
  private Image heroImage;

  @OneToMany(mappedBy = "article", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<Section> sections = new ArrayList<>();

  @OneToMany(mappedBy = "article", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<ProductLink> productLinks = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "article_citation", joinColumns = @JoinColumn(name = "article_id"))
  @OrderColumn(name = "position")
  @Column(name = "citation_key")
  private List<String> citationKeys = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "article_credit", joinColumns = @JoinColumn(name = "article_id"))
  @OrderColumn(name = "position")
  private List<CreditLine> credits = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "article_disclaimer", joinColumns = @JoinColumn(name = "article_id"))
  @OrderColumn(name = "position")
  private List<DisclaimerLine> disclaimers = new ArrayList<>();

  @Convert(converter = JsonColumns.Reviews.class)
  private Review review;

  @Column(name = "status")
  private String status;

  @Column(name = "current_version")
  private int currentVersion;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Version
  @Column(name = "row_version")
  private long rowVersion;

  protected Article() {}

  /** A new, never published draft holding the given content. */
  public static Article draft(ArticleContent content, Instant now) {
    Article article = new Article();
    article.id = UUID.randomUUID();
    article.slug = content.slug();
    article.status = Status.DRAFT.column();
    article.createdAt = now;
    article.replaceContent(content, now);
    return article;
  }

  /** Replaces everything an editor controls; identity, status and history stay. */
  public void replaceContent(ArticleContent content, Instant now) {
    locale = content.locale();
    title = content.title();
    summary = content.summary();
    topics = new ArrayList<>(content.topics());
    authors = new ArrayList<>(content.authors());
    heroImage = content.heroImage();
    replaceSections(content.sections());
    productLinks.clear();
    int position = 1;
    for (ArticleContent.ProductLinkContent link : content.productLinks()) {
      productLinks.add(new ProductLink(this, link, position++));
    }
    citationKeys = new ArrayList<>(content.citations());
    credits = new ArrayList<>(content.credits().stream().map(CreditLine::of).toList());
    disclaimers = new ArrayList<>(content.disclaimers().stream().map(DisclaimerLine::of).toList());
    review = content.review();
    updatedAt = now;
  }

  /**
   * Sections are updated in place by key rather than dropped and re-inserted: the database keeps
   * keys unique per article, and a flush inserts before it deletes.
   */
  private void replaceSections(List<ArticleContent.SectionContent> incoming) {
    Map<String, Section> byKey = new HashMap<>();
    sections.forEach(section -> byKey.put(section.key(), section));
    List<Section> next = new ArrayList<>();
    int position = 1;
    for (ArticleContent.SectionContent content : incoming) {
      Section existing = byKey.remove(content.key());
      if (existing != null) {
        existing.update(content, position++);
        next.add(existing);
      } else {
        next.add(new Section(this, content, position++));
      }
    }
    sections.retainAll(next);
    next.stream().filter(section -> !sections.contains(section)).forEach(sections::add);
    sections.sort(Comparator.comparingInt(Section::position));
  }

  /** Changes the slug; only a draft that was never published may, since URLs carry it. */
  public void changeSlug(String newSlug) {
    if (!slug.equals(newSlug) && currentVersion > 0) {
      throw new IllegalStateException("The slug of a published article cannot change");
    }
    slug = newSlug;
  }

  /** Records that readers can no longer see the article; its versions stay addressable. */
  public void markUnpublished(Instant now) {
    status = Status.UNPUBLISHED.column();
    updatedAt = now;
  }

  /**
   * A detached copy holding the given content, for rendering content that is not the draft (a past
   * version being re-rendered) without touching the draft.
   */
  public static Article snapshot(UUID id, ArticleContent content, Instant now) {
    Article snapshot = draft(content, now);
    snapshot.id = id;
    return snapshot;
  }

  /** The draft's content in the shape editors write it. */
  public ArticleContent content() {
    return new ArticleContent(
        slug,
        locale,
        title,
        summary,
        topics,
        authors,
        heroImage,
        sections.stream().map(Section::content).toList(),
        productLinks.stream().map(ProductLink::content).toList(),
        citationKeys,
        credits(),
        disclaimers(),
        review);
  }

  /** Records that version {@code version} of this article was published. */
  public void markPublished(int version, Instant now) {
    if (version != currentVersion + 1) {
      throw new IllegalStateException(
          "Version " + version + " does not follow version " + currentVersion);
    }
    currentVersion = version;
    status = Status.PUBLISHED.column();
    updatedAt = now;
  }

  public UUID id() {
    return id;
  }

  public String slug() {
    return slug;
  }

  public String locale() {
    return locale;
  }

  public String title() {
    return title;
  }

  public Optional<String> summary() {
    return Optional.ofNullable(summary);
  }

  public List<String> topics() {
    return List.copyOf(topics);
  }

  public List<Author> authors() {
    return List.copyOf(authors);
  }

  public Optional<Image> heroImage() {
    return Optional.ofNullable(heroImage);
  }

  public List<Section> sections() {
    return List.copyOf(sections);
  }

  public List<ProductLink> productLinks() {
    return List.copyOf(productLinks);
  }

  public List<String> citationKeys() {
    return List.copyOf(citationKeys);
  }

  public List<Credit> credits() {
    return credits.stream().map(CreditLine::toCredit).toList();
  }

  public List<Disclaimer> disclaimers() {
    return disclaimers.stream().map(DisclaimerLine::toDisclaimer).toList();
  }

  public Optional<Review> review() {
    return Optional.ofNullable(review);
  }

  public Status status() {
    return Status.valueOf(status.toUpperCase());
  }

  public int currentVersion() {
    return currentVersion;
  }

  /** Increases with every saved change; the draft's ETag. */
  public long rowVersion() {
    return rowVersion;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}

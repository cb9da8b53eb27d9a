package com.renovare.content.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Creating and finding drafts. */
@ApplicationScoped
public class ArticleDrafts {

  private final ArticleRepository articles;
  private final Validator validator;
  private final Clock clock;

  ArticleDrafts(ArticleRepository articles, Validator validator, Clock clock) {
    this.articles = articles;
    this.validator = validator;
    this.clock = clock;
  }

  /**
   * Stores a new draft and returns its id.
   *
   * @throws ConstraintViolationException when the content breaks a field rule
   * @throws SlugTaken when another article already has the slug
   */
  @Transactional
  public UUID create(ArticleContent content) {
    Set<ConstraintViolation<ArticleContent>> violations = validator.validate(content);
    if (!violations.isEmpty()) {
      throw new ConstraintViolationException(violations);
    }
    if (articles.findBySlug(content.slug()).isPresent()) {
      throw new SlugTaken(content.slug());
    }
    Article draft = Article.draft(content, clock.instant());
    articles.persist(draft);
    return draft.id();
  }

  @Transactional
  public Optional<UUID> idOf(String slug) {
    return articles.findBySlug(slug).map(Article::id);
  }
}

package com.renovare.content.article;

import com.renovare.content.audit.Actor;
import com.renovare.content.audit.AuditLog;
import com.renovare.content.platform.http.Preconditions;
import com.renovare.content.platform.problem.ApiProblem;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/** Drafts: created, changed and deleted by editors, each write audited in its transaction. */
@ApplicationScoped
public class ArticleDrafts {

  private final ArticleRepository articles;
  private final AuditLog audit;
  private final Validator validator;
  private final EntityManager entityManager;
  private final Clock clock;

  ArticleDrafts(
      ArticleRepository articles,
      AuditLog audit,
      Validator validator,
      EntityManager entityManager,
      Clock clock) {
    this.articles = articles;
    this.audit = audit;
    this.validator = validator;
    this.entityManager = entityManager;
    this.clock = clock;
  }

  /**
   * Stores a new draft and returns its id.
   *
   * @throws ConstraintViolationException when the content breaks a field rule
   * @throws SlugTaken when another article already has the slug
   */
  @Transactional
  public UUID create(ArticleContent content, Actor actor) {
    Set<ConstraintViolation<ArticleContent>> violations = validator.validate(content);
    if (!violations.isEmpty()) {
      throw new ConstraintViolationException(violations);
    }
    if (articles.findBySlug(content.slug()).isPresent()) {
      throw new SlugTaken(content.slug());
    }
    Article draft = Article.draft(content, clock.instant());
    articles.persist(draft);
    audit.record(actor, "article.create", "article", draft.id().toString(), content.slug());
    return draft.id();
  }

  /**
   * Replaces the draft's content if it is still at the version the editor read. The row is locked
   * first, so of two editors saving at once exactly one wins and the other gets 412.
   */
  @Transactional
  public <T> T replace(
      UUID id,
      long expectedVersion,
      ArticleContent content,
      Actor actor,
      Function<Article, T> view) {
    Article draft = locked(id);
    Preconditions.check(expectedVersion, draft.rowVersion());
    if (!draft.slug().equals(content.slug())) {
      if (draft.currentVersion() > 0) {
        throw ApiProblem.conflict(
            "The slug of a published article cannot change: its URLs are public. Create a new"
                + " article instead.");
      }
      if (articles.findBySlug(content.slug()).isPresent()) {
        throw new SlugTaken(content.slug());
      }
      draft.changeSlug(content.slug());
    }
    draft.replaceContent(content, clock.instant());
    entityManager.flush();
    audit.record(actor, "article.update", "article", id.toString(), draft.slug());
    return view.apply(draft);
  }

  /** Deletes a draft that was never published; published articles keep their history. */
  @Transactional
  public void delete(UUID id, long expectedVersion, Actor actor) {
    Article draft = locked(id);
    Preconditions.check(expectedVersion, draft.rowVersion());
    if (draft.currentVersion() > 0) {
      throw ApiProblem.conflict(
          "Article " + id + " has been published; unpublish it instead of deleting it.");
    }
    articles.delete(draft);
    audit.record(actor, "article.delete", "article", id.toString(), draft.slug());
  }

  @Transactional
  public <T> Optional<T> find(UUID id, Function<Article, T> view) {
    return articles.findByIdOptional(id).map(view);
  }

  /** Drafts ordered by slug, after {@code afterSlug}, optionally filtered. */
  @Transactional
  public <T> List<T> list(
      Article.Status status, String slug, String afterSlug, int limit, Function<Article, T> view) {
    StringBuilder query = new StringBuilder("1 = 1");
    List<Object> args = new ArrayList<>();
    if (status != null) {
      args.add(status.name().toLowerCase());
      query.append(" and status = ?").append(args.size());
    }
    if (slug != null) {
      args.add(slug);
      query.append(" and slug = ?").append(args.size());
    }
    if (afterSlug != null) {
      args.add(afterSlug);
      query.append(" and slug > ?").append(args.size());
    }
    return articles
        .find(query.toString(), Sort.ascending("slug"), args.toArray())
        .page(Page.ofSize(limit))
        .list()
        .stream()
        .map(view)
        .toList();
  }

  @Transactional
  public Optional<UUID> idOf(String slug) {
    return articles.findBySlug(slug).map(Article::id);
  }

  private Article locked(UUID id) {
    return articles
        .findLocked(id)
        .orElseThrow(() -> ApiProblem.notFound("No article has the id " + id + "."));
  }
}

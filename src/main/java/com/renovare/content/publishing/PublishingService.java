package com.renovare.content.publishing;

import com.renovare.content.article.Article;
import com.renovare.content.article.ArticleContent;
import com.renovare.content.article.ArticleRepository;
import com.renovare.content.article.ProductLink;
import com.renovare.content.citation.CitationCatalog;
import com.renovare.content.compliance.ComplianceCheck;
import com.renovare.content.compliance.ComplianceReport;
import com.renovare.content.platform.audit.AuditLog;
import com.renovare.content.platform.http.Preconditions;
import com.renovare.content.platform.json.Json;
import com.renovare.content.platform.problem.ApiProblem;
import com.renovare.content.platform.security.Actor;
import com.renovare.content.platform.security.Role;
import com.renovare.content.platform.security.Tokens;
import com.renovare.content.product.ProductCatalog;
import com.renovare.content.safety.SafetyNotes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Publishing: checks content against the publish policy, renders it once, and stores the result as
 * the next immutable version, all in one transaction; also withdrawing, scheduling and reverting.
 */
@ApplicationScoped
public class PublishingService {

  private final ArticleRepository articles;
  private final ProductCatalog products;
  private final CitationCatalog citations;
  private final SafetyNotes safetyNotes;
  private final PublishedStore store;
  private final PublishedContent published;
  private final PublishScheduleRepository schedules;
  private final AuditLog audit;
  private final Event<ContentChanged> changes;
  private final ComplianceCheck compliance;
  private final Clock clock;
  private final Tokens tokens;

  PublishingService(
      ArticleRepository articles,
      ProductCatalog products,
      CitationCatalog citations,
      SafetyNotes safetyNotes,
      PublishedStore store,
      PublishedContent published,
      PublishScheduleRepository schedules,
      AuditLog audit,
      Event<ContentChanged> changes,
      ComplianceCheck compliance,
      Clock clock,
      Tokens tokens) {
    this.articles = articles;
    this.products = products;
    this.citations = citations;
    this.safetyNotes = safetyNotes;
    this.store = store;
    this.published = published;
    this.schedules = schedules;
    this.audit = audit;
    this.changes = changes;
    this.compliance = compliance;
    this.clock = clock;
    this.tokens = tokens;
  }

  /**
   * Publishes the draft as version n+1, if it is still at {@code expectedVersion} (or {@link
   * Preconditions#ANY}). The draft row is locked first, so concurrent publishes of one article
   * produce consecutive versions.
   *
   * @throws PublishRefused when the publish policy rejects the draft; nothing is written then
   */
  @Transactional
  public PublishedVersion publish(
      UUID articleId, long expectedVersion, Actor actor, String changeNote) {
    Article draft = locked(articleId);
    Preconditions.check(expectedVersion, draft.rowVersion());
    PublishedVersion version = publishRendering(draft, draft, actor, changeNote);
    schedules.findByIdOptional(articleId).ifPresent(schedules::delete);
    audit.record(
        actor,
        "article.publish",
        "article",
        articleId.toString(),
        "version " + version.version() + ": " + changeNote);
    return version;
  }

  /** Publishes the draft as of {@link #publish} with no If-Match. */
  public PublishedVersion publish(UUID articleId, Actor actor, String changeNote) {
    return publish(articleId, Preconditions.ANY, actor, changeNote);
  }

  /** The draft rendered exactly as delivery would serve it if it were published now. */
  @Transactional
  public byte[] preview(UUID articleId) {
    Article draft = articles.findByIdOptional(articleId).orElseThrow(() -> noArticle(articleId));
    ArticleRenderer.Resolved resolved = resolve(draft);
    ComplianceReport report = allowed(draft, resolved);
    Instant now = now();
    int version = draft.currentVersion() + 1;
    Instant first = version == 1 ? now : store.firstPublishedAt(articleId);
    return ArticleRenderer.render(draft, version, now, first, resolved, report).article().bytes();
  }

  /** The compliance report of the draft as it stands, for each market it is checked for. */
  @Transactional
  public ComplianceReport compliance(UUID articleId) {
    Article draft = articles.findByIdOptional(articleId).orElseThrow(() -> noArticle(articleId));
    return compliance.report(draft.content());
  }

  /** The compliance report kept with a published version. */
  @Transactional
  public ComplianceReport compliance(UUID articleId, int version) {
    articles.findByIdOptional(articleId).orElseThrow(() -> noArticle(articleId));
    return store
        .complianceReport(articleId, version)
        .orElseThrow(
            () -> ApiProblem.notFound("Article " + articleId + " has no version " + version + "."));
  }

  /**
   * The content's compliance report, when both the publish policy and the compliance policy of
   * every market allow it to be published.
   *
   * @throws PublishRefused otherwise
   */
  private ComplianceReport allowed(Article content, ArticleRenderer.Resolved resolved) {
    PublishDecision decision = PublishPolicy.evaluate(content, resolved);
    if (!decision.allowed()) {
      throw new PublishRefused(decision);
    }
    ComplianceReport report = compliance.report(content.content());
    if (report.blocks()) {
      throw PublishRefused.byCompliance(report);
    }
    return report;
  }

  /** Withdraws the article from delivery; its versions stay addressable. */
  @Transactional
  public void unpublish(UUID articleId, Actor actor) {
    Article draft = locked(articleId);
    if (draft.status() != Article.Status.PUBLISHED) {
      throw ApiProblem.conflict("Article " + articleId + " is not published.");
    }
    Instant now = now();
    draft.markUnpublished(now);
    store.withdraw(articleId, draft.slug(), draft.currentVersion(), now);
    changes.fire(
        new ContentChanged(
            ContentChanged.Kind.UNPUBLISHED, draft.slug(), draft.currentVersion(), now));
    audit.record(actor, "article.unpublish", "article", articleId.toString(), draft.slug());
  }

  /** The content of a published version, in the shape editors write it. */
  @Transactional
  public ArticleContent contentOf(UUID articleId, int version) {
    Article draft = articles.findByIdOptional(articleId).orElseThrow(() -> noArticle(articleId));
    return published
        .version(draft.slug(), version)
        .map(
            doc ->
                PublishedDocuments.content(
                    Json.read(
                        new String(doc.bytes(), StandardCharsets.UTF_8), ArticleDocument.class)))
        .orElseThrow(
            () -> ApiProblem.notFound("Article " + articleId + " has no version " + version + "."));
  }

  /**
   * Publishes a new version of every live article that links the SKU, re-rendered from its current
   * published content (never from a draft) with the catalogue's data as it is now.
   */
  @Transactional
  public List<PublishedVersion> refreshArticlesLinking(String sku, Actor actor, String changeNote) {
    // Every article is locked, in id order, before the first publish takes the change-log lock:
    // a transaction that holds that lock never waits for an article, so none can deadlock.
    List<Article> drafts =
        published.liveArticlesLinking(sku).stream().sorted().map(this::locked).toList();
    return drafts.stream()
        .map(
            draft -> {
              UUID articleId = draft.id();
              ArticleContent current = contentOf(articleId, draft.currentVersion());
              PublishedVersion version =
                  publishRendering(
                      draft, Article.snapshot(articleId, current, now()), actor, changeNote);
              audit.record(
                  actor,
                  "article.publish",
                  "article",
                  articleId.toString(),
                  "version " + version.version() + ": " + changeNote);
              return version;
            })
        .toList();
  }

  /** Schedules a publish of the draft as it will be at {@code at}; replaces an earlier schedule. */
  @Transactional
  public ScheduleView schedule(UUID articleId, Instant at, String changeNote, Actor actor) {
    Article draft = locked(articleId);
    if (!at.isAfter(clock.instant())) {
      throw ApiProblem.invalidParameter("publishAt", "must be in the future");
    }
    schedules
        .findByIdOptional(articleId)
        .ifPresent(
            existing -> {
              schedules.delete(existing);
              schedules.flush();
            });
    PublishSchedule schedule =
        new PublishSchedule(
            articleId,
            at.truncatedTo(ChronoUnit.MILLIS),
            changeNote,
            actor.name(),
            actor.tokenId(),
            now());
    schedules.persist(schedule);
    audit.record(
        actor, "article.schedule", "article", articleId.toString(), draft.slug() + " at " + at);
    return schedule.view();
  }

  @Transactional
  public void cancelSchedule(UUID articleId, Actor actor) {
    locked(articleId);
    PublishSchedule schedule =
        schedules
            .findByIdOptional(articleId)
            .orElseThrow(
                () -> ApiProblem.notFound("Article " + articleId + " has no scheduled publish."));
    schedules.delete(schedule);
    audit.record(actor, "article.unschedule", "article", articleId.toString(), null);
  }

  @Transactional
  public Optional<ScheduleView> scheduleOf(UUID articleId) {
    return schedules.findByIdOptional(articleId).map(PublishSchedule::view);
  }

  /** Ids of scheduled publishes that are due now. */
  @Transactional
  List<UUID> dueSchedules(int max) {
    return schedules.due(clock.instant(), max);
  }

  /**
   * Runs one due scheduled publish, unless another instance already took it. A refused publish
   * keeps the schedule with the reason, for editors to see and fix.
   */
  @Transactional
  void fireSchedule(UUID articleId) {
    Optional<PublishSchedule> claimed = schedules.claim(articleId);
    if (claimed.isEmpty()) {
      return;
    }
    PublishSchedule schedule = claimed.get();
    Actor actor =
        new Actor(schedule.tokenId(), schedule.requestedBy() + " (scheduled)", Role.PUBLISHER);
    Article draft = locked(articleId);
    PublishedVersion version;
    try {
      version = publishRendering(draft, draft, actor, schedule.changeNote());
    } catch (PublishRefused refused) {
      schedule.failed(
          "Publish refused: "
              + refused.decision().reasons().stream()
                  .map(r -> r.field() + ": " + r.message())
                  .collect(Collectors.joining("; ")));
      return;
    }
    schedules.delete(schedule);
    audit.record(
        actor,
        "article.publish",
        "article",
        articleId.toString(),
        "version " + version.version() + " (scheduled): " + schedule.changeNote());
  }

  /** Renders {@code content} as the next version of {@code draft} and stores it. */
  private PublishedVersion publishRendering(
      Article draft, Article content, Actor publisher, String changeNote) {
    ArticleRenderer.Resolved resolved = resolve(content);
    ComplianceReport report = allowed(content, resolved);
    int version = draft.currentVersion() + 1;
    Instant now = now();
    Instant firstPublishedAt = version == 1 ? now : store.firstPublishedAt(draft.id());
    ArticleRenderer.Rendition rendition =
        ArticleRenderer.render(content, version, now, firstPublishedAt, resolved, report);
    draft.markPublished(version, now);
    // The token's name stays in published_by for editors; readers see only the byline: the
    // token's own, or, for the service acting on its own (the seed bundle), the name it acts
    // under, which is no credential's.
    String byline =
        publisher.tokenId() == null ? publisher.name() : tokens.byline(publisher.tokenId());
    ContentChanged.Kind kind =
        store.save(draft.id(), rendition, publisher.name(), byline, changeNote);
    changes.fire(new ContentChanged(kind, draft.slug(), version, now));
    return new PublishedVersion(
        draft.id(), draft.slug(), version, rendition.article().etag(), now, report);
  }

  /**
   * The catalogue data the content is rendered with. Safety notes are taken as they are now: a note
   * written or changed later reaches the article at its next publish, never a stored version.
   */
  private ArticleRenderer.Resolved resolve(Article content) {
    return new ArticleRenderer.Resolved(
        products.cards(content.productLinks().stream().map(ProductLink::sku).toList()),
        citations.find(content.citationKeys()),
        safetyNotes.matcher());
  }

  private Article locked(UUID articleId) {
    return articles.findLocked(articleId).orElseThrow(() -> noArticle(articleId));
  }

  private Instant now() {
    return clock.instant();
  }

  private static ApiProblem noArticle(UUID articleId) {
    return ApiProblem.notFound("No article has the id " + articleId + ".");
  }
}

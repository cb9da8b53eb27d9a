package com.renovare.content.publishing;

import com.renovare.content.access.Role;
import com.renovare.content.access.Tokens;
import com.renovare.content.article.Article;
import com.renovare.content.article.ArticleContent;
import com.renovare.content.article.ArticleRepository;
import com.renovare.content.article.ProductLink;
import com.renovare.content.audit.Actor;
import com.renovare.content.audit.AuditLog;
import com.renovare.content.citation.CitationCatalog;
import com.renovare.content.compliance.ComplianceCheck;
import com.renovare.content.compliance.ComplianceReport;
import com.renovare.content.platform.http.ETags;
import com.renovare.content.platform.http.Preconditions;
import com.renovare.content.platform.json.Json;
import com.renovare.content.platform.problem.ApiProblem;
import com.renovare.content.product.ProductCatalog;
import com.renovare.content.safety.SafetyNotes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Publishing: checks content against the publish policy, renders it once, and stores the result as
 * the next immutable version, all in one transaction; also withdrawing, scheduling, reverting and
 * redacting.
 */
@ApplicationScoped
public class PublishingService {

  private final ArticleRepository articles;
  private final ProductCatalog products;
  private final CitationCatalog citations;
  private final SafetyNotes safetyNotes;
  private final ReadModelWriter store;
  private final PublishedContent published;
  private final PublishScheduleRepository schedules;
  private final AuditLog audit;
  private final Event<ContentChanged> changes;
  private final Event<ArticleRedacted> redactions;
  private final ComplianceCheck compliance;
  private final Tokens tokens;
  private final Clock clock;

  PublishingService(
      ArticleRepository articles,
      ProductCatalog products,
      CitationCatalog citations,
      SafetyNotes safetyNotes,
      ReadModelWriter store,
      PublishedContent published,
      PublishScheduleRepository schedules,
      AuditLog audit,
      Event<ContentChanged> changes,
      Event<ArticleRedacted> redactions,
      ComplianceCheck compliance,
      Tokens tokens,
      Clock clock) {
    this.articles = articles;
    this.products = products;
    this.citations = citations;
    this.safetyNotes = safetyNotes;
    this.store = store;
    this.published = published;
    this.schedules = schedules;
    this.audit = audit;
    this.changes = changes;
    this.redactions = redactions;
    this.compliance = compliance;
    this.tokens = tokens;
    this.clock = clock;
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
    Published published = publishRendering(draft, draft, actor, changeNote);
    PublishedVersion version = published.version();
    schedules.findByIdOptional(articleId).ifPresent(schedules::delete);
    audit.record(
        actor,
        "article.publish",
        "article",
        articleId.toString(),
        "version " + version.version() + ": " + changeNote);
    published.record(store);
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

  /**
   * Redacts one version ({@code version} ≥ 1) or every version not yet redacted ({@code version}
   * null) of a published article, for a legal or medical takedown. Irreversible: the rendered
   * content is deleted from the delivery store and only the version numbers with when, by whom and
   * why remain. When the current version is among them the article is withdrawn as well, so its URL
   * answers 410 until a publisher publishes a new version; the draft is left for editors to fix.
   *
   * @throws ApiProblem 404 for an unknown article or version, 409 for an article never published or
   *     a version already redacted
   */
  @Transactional
  public Redaction redact(UUID articleId, Integer version, String reason, Actor actor) {
    Article draft = locked(articleId);
    if (draft.currentVersion() == 0) {
      throw ApiProblem.conflict(
          "Article " + articleId + " has never been published: there is nothing to redact.");
    }
    List<Integer> open = store.unredactedVersions(articleId);
    List<Integer> versions;
    if (version == null) {
      if (open.isEmpty()) {
        throw ApiProblem.conflict("Every version of article " + articleId + " is redacted.");
      }
      versions = open;
    } else if (version > draft.currentVersion()) {
      throw ApiProblem.notFound("Article " + articleId + " has no version " + version + ".");
    } else if (!open.contains(version)) {
      throw ApiProblem.conflict(
          "Version " + version + " of article " + articleId + " is already redacted.");
    } else {
      versions = List.of(version);
    }
    boolean takenDown = versions.contains(draft.currentVersion());
    Instant now = now();
    if (takenDown && draft.status() == Article.Status.PUBLISHED) {
      draft.markUnpublished(now);
    }
    List<String> keys =
        store.redact(articleId, draft.slug(), versions, takenDown, actor.name(), reason, now);
    changes.fire(
        new ContentChanged(
            ContentChanged.Kind.REDACTED, draft.slug(), versions.get(versions.size() - 1), now));
    redactions.fire(new ArticleRedacted(draft.slug(), versions, keys, takenDown, reason, now));
    audit.record(
        actor,
        "article.redact",
        "article",
        articleId.toString(),
        "versions " + versions + (takenDown ? " (article taken down)" : "") + ": " + reason);
    return new Redaction(draft.slug(), versions, now, reason, takenDown, keys);
  }

  /** The content of a published version, in the shape editors write it. */
  @Transactional
  public ArticleContent contentOf(UUID articleId, int version) {
    Article draft = articles.findByIdOptional(articleId).orElseThrow(() -> noArticle(articleId));
    return published
        .version(draft.slug(), version)
        .map(
            doc ->
                DocumentContent.content(
                    Json.read(
                        new String(doc.bytes(), StandardCharsets.UTF_8), ArticleDocument.class)))
        .orElseThrow(
            () -> ApiProblem.notFound("Article " + articleId + " has no version " + version + "."));
  }

  /** What a refresh of the live articles that link a product did. */
  public record Refresh(List<PublishedVersion> republished, List<Kept> kept) {}

  /**
   * A live article the refresh left at its current version, because its content may not be
   * published any more (typically: findings in a market whose compliance policy has become {@code
   * block} since it went live). Editors fix the draft and publish it.
   */
  public record Kept(
      UUID articleId, String slug, int version, List<PublishDecision.Reason> reasons) {
    public Kept {
      reasons = List.copyOf(reasons);
    }
  }

  /**
   * Publishes a new version of every live article that links the SKU, re-rendered from its current
   * published content (never from a draft) with the catalogue's data as it is now. An article whose
   * content the publish policy or a blocking compliance policy refuses keeps its live version and
   * is reported, with the reasons, instead of failing the whole refresh: the product change that
   * asked for the refresh stands, and so do the other articles' new versions.
   */
  @Transactional
  public Refresh refreshArticlesLinking(String sku, Actor actor, String changeNote) {
    // Every article is locked, in id order, before the first publish takes the change-log lock:
    // a transaction that holds that lock never waits for an article, so none can deadlock.
    List<Article> drafts =
        published.liveArticlesLinking(sku).stream().sorted().map(this::locked).toList();
    List<Published> republished = new ArrayList<>();
    List<Kept> kept = new ArrayList<>();
    for (Article draft : drafts) {
      UUID articleId = draft.id();
      ArticleContent current = contentOf(articleId, draft.currentVersion());
      Published version;
      try {
        // Refused before anything is written, so nothing of this article needs undoing.
        version =
            publishRendering(draft, Article.snapshot(articleId, current, now()), actor, changeNote);
      } catch (PublishRefused refused) {
        kept.add(
            new Kept(
                articleId, draft.slug(), draft.currentVersion(), refused.decision().reasons()));
        audit.record(
            actor,
            "article.republish.refused",
            "article",
            articleId.toString(),
            "version "
                + draft.currentVersion()
                + " stays live, not re-published ("
                + changeNote
                + "): "
                + reasons(refused));
        continue;
      }
      audit.record(
          actor,
          "article.publish",
          "article",
          articleId.toString(),
          "version " + version.version().version() + ": " + changeNote);
      republished.add(version);
    }
    republished.forEach(p -> p.record(store));
    return new Refresh(republished.stream().map(Published::version).toList(), List.copyOf(kept));
  }

  /**
   * Schedules a publish of the draft's content as it is now, at {@code at}; replaces an earlier
   * schedule. The schedule is pinned to that content: if an editor changes the draft afterwards,
   * the schedule is cancelled (see {@link #draftEdited}), and if the content differs when it is due
   * all the same, it fails instead of publishing. With {@code expectedVersion} (not {@link
   * Preconditions#ANY}) a draft changed since the publisher read it is refused with 412.
   */
  @Transactional
  public ScheduleView schedule(
      UUID articleId, long expectedVersion, Instant at, String changeNote, Actor actor) {
    Article draft = locked(articleId);
    Preconditions.check(expectedVersion, draft.rowVersion());
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
            contentHash(draft),
            now());
    schedules.persist(schedule);
    audit.record(
        actor, "article.schedule", "article", articleId.toString(), draft.slug() + " at " + at);
    return schedule.view();
  }

  /**
   * Called after an editor saved the draft: a pending schedule that was made for other content is
   * cancelled, in the same transaction, so that nothing a publisher did not review goes live. The
   * publisher reviews the draft again and schedules it anew.
   */
  @Transactional
  public void draftEdited(Article draft, Actor actor) {
    schedules
        .findByIdOptional(draft.id())
        .filter(schedule -> !contentHash(draft).equals(schedule.contentHash()))
        .ifPresent(
            schedule -> {
              schedules.delete(schedule);
              audit.record(
                  actor,
                  "article.unschedule",
                  "article",
                  draft.id().toString(),
                  "the draft was edited after it was scheduled; schedule it again to publish the"
                      + " edited draft");
            });
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
   * Runs one due scheduled publish, unless another instance already took it. It publishes only if
   * the token that scheduled it is still valid and still holds the publisher role, and the draft
   * still holds the content that was scheduled. Otherwise, or when the publish policy refuses the
   * draft, the schedule stays with the reason (shown to editors with the draft) and the failure is
   * audited; it does not fire again until a publisher replaces it.
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
    Optional<String> refusal = scheduleRefusal(schedule, draft);
    if (refusal.isPresent()) {
      failSchedule(schedule, actor, refusal.get());
      return;
    }
    Published published;
    try {
      published = publishRendering(draft, draft, actor, schedule.changeNote());
    } catch (PublishRefused refused) {
      failSchedule(schedule, actor, "Publish refused: " + reasons(refused));
      return;
    }
    schedules.delete(schedule);
    audit.record(
        actor,
        "article.publish",
        "article",
        articleId.toString(),
        "version " + published.version().version() + " (scheduled): " + schedule.changeNote());
    published.record(store);
  }

  /** The refusal's reasons on one line, for the audit log and the schedule's last error. */
  private static String reasons(PublishRefused refused) {
    return refused.decision().reasons().stream()
        .map(r -> r.field() + ": " + r.message())
        .collect(Collectors.joining("; "));
  }

  /** Why the schedule must not publish now, if it must not. */
  private Optional<String> scheduleRefusal(PublishSchedule schedule, Article draft) {
    Optional<Actor> standing = tokens.standing(schedule.tokenId());
    if (standing.isEmpty()) {
      return Optional.of(
          "The token that scheduled this publish has been revoked or has expired; a publisher"
              + " must schedule it again.");
    }
    if (!standing.get().role().includes(Role.PUBLISHER)) {
      return Optional.of(
          "The token that scheduled this publish no longer has the publisher role (it has the "
              + standing.get().role().wireName()
              + " role); a publisher must schedule it again.");
    }
    if (!contentHash(draft).equals(schedule.contentHash())) {
      return Optional.of(
          "The draft is not the one that was scheduled: it was changed afterwards. A publisher"
              + " must review it and schedule it again.");
    }
    return Optional.empty();
  }

  private void failSchedule(PublishSchedule schedule, Actor actor, String reason) {
    schedule.failed(reason);
    audit.record(
        actor, "article.schedule.fail", "article", schedule.articleId().toString(), reason);
  }

  /** Names the draft's content: equal hashes, equal content. */
  private static String contentHash(Article draft) {
    return ETags.of(Json.bytes(draft.content()));
  }

  /**
   * A stored version and the change it makes, which the caller records with {@link #record} as the
   * last statement of its transaction.
   */
  private record Published(PublishedVersion version, ContentChanged change) {
    void record(ReadModelWriter store) {
      store.recordChange(change, version.articleId());
    }
  }

  /**
   * Renders {@code content} as the next version of {@code draft} and stores it; the change is
   * announced to delivery and webhooks now, and recorded in the change log by the caller.
   */
  private Published publishRendering(
      Article draft, Article content, Actor publisher, String changeNote) {
    ArticleRenderer.Resolved resolved = resolve(content);
    ComplianceReport report = allowed(content, resolved);
    int version = draft.currentVersion() + 1;
    Instant now = now();
    ReadModelWriter.Previous previous =
        version == 1 ? ReadModelWriter.Previous.NONE : store.previous(draft.id());
    Instant firstPublishedAt = version == 1 ? now : previous.firstPublishedAt();
    ArticleRenderer.Rendition rendition =
        ArticleRenderer.render(content, version, now, firstPublishedAt, resolved, report);
    draft.markPublished(version, now);
    // The token's name stays in published_by for editors; readers see only the byline: the
    // token's own, or, for the service acting on its own (the seed bundle), the name it acts
    // under, which is no credential's.
    String byline =
        publisher.tokenId() == null ? publisher.name() : tokens.byline(publisher.tokenId());
    ContentChanged.Kind kind =
        store.save(draft.id(), previous, rendition, publisher.name(), byline, changeNote);
    ContentChanged change = new ContentChanged(kind, draft.slug(), version, now);
    changes.fire(change);
    return new Published(
        new PublishedVersion(
            draft.id(), draft.slug(), version, rendition.article().etag(), now, report),
        change);
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

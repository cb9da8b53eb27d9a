package com.renovare.content.editorial;

import com.fasterxml.jackson.databind.JsonNode;
import com.renovare.content.article.Article;
import com.renovare.content.article.ArticleContent;
import com.renovare.content.article.ArticleDrafts;
import com.renovare.content.audit.Actor;
import com.renovare.content.compliance.ComplianceReport;
import com.renovare.content.identifier.Identifiers;
import com.renovare.content.platform.http.Preconditions;
import com.renovare.content.platform.json.StrictBody;
import com.renovare.content.platform.paging.Paging;
import com.renovare.content.platform.problem.ApiProblem;
import com.renovare.content.publishing.PublishedVersion;
import com.renovare.content.publishing.PublishingService;
import com.renovare.content.publishing.Redaction;
import com.renovare.content.publishing.ScheduleView;
import com.renovare.content.publishing.VersionHistory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** The editorial use cases on articles: drafts, previews, publishing and its history. */
@ApplicationScoped
public class EditorialArticles {

  private final ArticleDrafts drafts;
  private final PublishingService publishing;
  private final VersionHistory history;
  private final Validator validator;

  EditorialArticles(
      ArticleDrafts drafts,
      PublishingService publishing,
      VersionHistory history,
      Validator validator) {
    this.drafts = drafts;
    this.publishing = publishing;
    this.history = history;
    this.validator = validator;
  }

  /** A response body and the ETag that names its state. */
  public record Written<T>(T body, String etag) {}

  @Transactional
  public Written<EditorialResponses.Draft> create(JsonNode body, Actor actor) {
    ArticleContent content = StrictBody.read(body, ArticleContent.class, validator);
    return get(drafts.create(content, actor).toString());
  }

  @Transactional
  public Written<EditorialResponses.Draft> get(String rawId) {
    UUID id = id(rawId);
    return drafts.find(id, this::view).orElseThrow(() -> noArticle(id));
  }

  public EditorialResponses.DraftList list(
      String rawStatus, String slug, String rawLimit, String cursor) {
    Article.Status status = null;
    if (rawStatus != null) {
      status =
          switch (rawStatus) {
            case "draft", "published", "unpublished" ->
                Article.Status.valueOf(rawStatus.toUpperCase(Locale.ROOT));
            default ->
                throw ApiProblem.invalidParameter(
                    "status", "must be draft, published or unpublished");
          };
    }
    if (slug != null) {
      Identifiers.slug("slug", slug);
    }
    int limit = Paging.limit(rawLimit);
    List<String> after = Paging.decodeCursor(cursor, 2);
    if (after != null && !after.get(0).equals("s")) {
      throw Paging.invalidCursor();
    }
    List<EditorialResponses.DraftSummary> rows =
        drafts.list(
            status,
            slug,
            after == null ? null : after.get(1),
            limit + 1,
            EditorialArticles::summary);
    List<EditorialResponses.DraftSummary> page = rows.subList(0, Math.min(limit, rows.size()));
    String next =
        rows.size() > limit ? Paging.encodeCursor("s", page.get(page.size() - 1).slug()) : null;
    return new EditorialResponses.DraftList(page, next);
  }

  @Transactional
  public Written<EditorialResponses.Draft> replace(
      String rawId, String ifMatch, JsonNode body, Actor actor) {
    UUID id = id(rawId);
    long expected = Preconditions.required(ifMatch);
    ArticleContent content = StrictBody.read(body, ArticleContent.class, validator);
    return edited(drafts.replace(id, expected, content, actor, article -> article), actor);
  }

  /** The saved draft's view, after a schedule made for other content was cancelled. */
  private Written<EditorialResponses.Draft> edited(Article article, Actor actor) {
    publishing.draftEdited(article, actor);
    return view(article);
  }

  public void delete(String rawId, String ifMatch, Actor actor) {
    drafts.delete(id(rawId), Preconditions.required(ifMatch), actor);
  }

  public byte[] preview(String rawId) {
    return publishing.preview(id(rawId));
  }

  public EditorialResponses.Published publish(
      String rawId, String ifMatch, JsonNode body, Actor actor) {
    UUID id = id(rawId);
    long expected = Preconditions.optional(ifMatch);
    EditorialRequests.Publish request =
        StrictBody.read(body, EditorialRequests.Publish.class, validator);
    return published(publishing.publish(id, expected, actor, request.changeNote()));
  }

  public void unpublish(String rawId, Actor actor) {
    publishing.unpublish(id(rawId), actor);
  }

  public ScheduleView schedule(String rawId, String ifMatch, JsonNode body, Actor actor) {
    UUID id = id(rawId);
    long expected = Preconditions.optional(ifMatch);
    EditorialRequests.Schedule request =
        StrictBody.read(body, EditorialRequests.Schedule.class, validator);
    return publishing.schedule(id, expected, request.publishAt(), request.changeNote(), actor);
  }

  public void cancelSchedule(String rawId, Actor actor) {
    publishing.cancelSchedule(id(rawId), actor);
  }

  /** Redacts one or every version of a published article; irreversible. */
  public Redaction redact(String rawId, JsonNode body, Actor actor) {
    UUID id = id(rawId);
    EditorialRequests.Redact request =
        StrictBody.read(body, EditorialRequests.Redact.class, validator);
    return publishing.redact(id, request.versionNumber(), request.reason().strip(), actor);
  }

  /** Makes the draft a copy of a published version; publishing it then restores that version. */
  @Transactional
  public Written<EditorialResponses.Draft> revert(
      String rawId, String ifMatch, JsonNode body, Actor actor) {
    UUID id = id(rawId);
    long expected = Preconditions.required(ifMatch);
    EditorialRequests.Revert request =
        StrictBody.read(body, EditorialRequests.Revert.class, validator);
    ArticleContent content = publishing.contentOf(id, request.version());
    return edited(drafts.replace(id, expected, content, actor, article -> article), actor);
  }

  @Transactional
  public VersionHistory.Page versions(String rawId, String rawLimit, String cursor) {
    UUID id = id(rawId);
    String slug = drafts.find(id, Article::slug).orElseThrow(() -> noArticle(id));
    return history.forEditors(slug, rawLimit, cursor);
  }

  static EditorialResponses.Published published(PublishedVersion v) {
    return new EditorialResponses.Published(
        v.version(),
        v.publishedAt(),
        v.etag(),
        "/v1/articles/" + v.slug() + "/versions/" + v.version(),
        v.compliance());
  }

  /** The compliance report of the draft as it stands. */
  public ComplianceReport compliance(String rawId) {
    return publishing.compliance(id(rawId));
  }

  /** The compliance report a version was published with. */
  public ComplianceReport compliance(String rawId, String rawVersion) {
    return publishing.compliance(id(rawId), Identifiers.version("version", rawVersion));
  }

  private Written<EditorialResponses.Draft> view(Article article) {
    String self = "/v1/editorial/articles/" + article.id();
    ScheduleView schedule = publishing.scheduleOf(article.id()).orElse(null);
    return new Written<>(
        new EditorialResponses.Draft(
            article.id(),
            article.status().name().toLowerCase(Locale.ROOT),
            article.currentVersion(),
            article.createdAt(),
            article.updatedAt(),
            schedule,
            new EditorialResponses.Links(
                self, self + "/preview", self + "/versions", "/v1/articles/" + article.slug()),
            article.content()),
        Preconditions.etag(article.rowVersion()));
  }

  private static EditorialResponses.DraftSummary summary(Article article) {
    return new EditorialResponses.DraftSummary(
        article.id(),
        article.slug(),
        article.title(),
        article.status().name().toLowerCase(Locale.ROOT),
        article.currentVersion(),
        article.updatedAt(),
        "/v1/editorial/articles/" + article.id());
  }

  private static UUID id(String raw) {
    try {
      if (raw != null && raw.length() == 36) {
        return UUID.fromString(raw);
      }
    } catch (IllegalArgumentException e) {
      // refused below
    }
    throw ApiProblem.invalidParameter("id", "must be an article id (a UUID)");
  }

  private static ApiProblem noArticle(UUID id) {
    return ApiProblem.notFound("No article has the id " + id + ".");
  }
}

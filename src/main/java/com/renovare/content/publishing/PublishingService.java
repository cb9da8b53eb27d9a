package com.renovare.content.publishing;

import com.renovare.content.article.Article;
import com.renovare.content.article.ArticleRepository;
import com.renovare.content.article.ProductLink;
import com.renovare.content.citation.CitationCatalog;
import com.renovare.content.platform.problem.ApiProblem;
import com.renovare.content.product.ProductCatalog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Publishing: checks a draft against the publish policy, renders it once, and stores the result as
 * the next immutable version, all in one transaction.
 */
@ApplicationScoped
public class PublishingService {

  private final ArticleRepository articles;
  private final ProductCatalog products;
  private final CitationCatalog citations;
  private final PublishedStore store;
  private final Clock clock;

  PublishingService(
      ArticleRepository articles,
      ProductCatalog products,
      CitationCatalog citations,
      PublishedStore store,
      Clock clock) {
    this.articles = articles;
    this.products = products;
    this.citations = citations;
    this.store = store;
    this.clock = clock;
  }

  /**
   * Publishes the draft as version n+1. The draft row is locked first, so concurrent publishes of
   * one article produce consecutive versions.
   *
   * @throws PublishRefused when the publish policy rejects the draft; nothing is written then
   */
  @Transactional
  public PublishedVersion publish(UUID articleId, String publishedBy, String changeNote) {
    Article draft =
        articles
            .findForPublishing(articleId)
            .orElseThrow(() -> ApiProblem.notFound("No article has the id " + articleId + "."));
    ArticleRenderer.Resolved resolved =
        new ArticleRenderer.Resolved(
            products.cards(draft.productLinks().stream().map(ProductLink::sku).toList()),
            citations.find(draft.citationKeys()));
    PublishDecision decision = PublishPolicy.evaluate(draft, resolved);
    if (!decision.allowed()) {
      throw new PublishRefused(decision);
    }

    int version = draft.currentVersion() + 1;
    // Milliseconds: the precision clients see in JSON and both databases store exactly.
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    Instant firstPublishedAt = version == 1 ? now : store.firstPublishedAt(articleId);
    ArticleRenderer.Rendition rendition =
        ArticleRenderer.render(draft, version, now, firstPublishedAt, resolved);
    draft.markPublished(version, now);
    store.save(articleId, rendition, publishedBy, changeNote);
    return new PublishedVersion(articleId, draft.slug(), version, rendition.article().etag(), now);
  }
}

package com.renovare.content.editorial;

import com.fasterxml.jackson.databind.JsonNode;
import com.renovare.content.audit.Actor;
import com.renovare.content.citation.CitationCatalog;
import com.renovare.content.citation.CitationData;
import com.renovare.content.identifier.Identifiers;
import com.renovare.content.platform.http.Preconditions;
import com.renovare.content.platform.json.StrictBody;
import com.renovare.content.platform.problem.ApiProblem;
import com.renovare.content.platform.problem.Problem;
import com.renovare.content.product.ProductCatalog;
import com.renovare.content.product.ProductData;
import com.renovare.content.publishing.PublishingService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The editorial use cases on products and citations. */
@ApplicationScoped
public class EditorialCatalog {

  private final ProductCatalog products;
  private final CitationCatalog citations;
  private final PublishingService publishing;
  private final Validator validator;

  EditorialCatalog(
      ProductCatalog products,
      CitationCatalog citations,
      PublishingService publishing,
      Validator validator) {
    this.products = products;
    this.citations = citations;
    this.publishing = publishing;
    this.validator = validator;
  }

  /**
   * The catalogue sync: creates or updates each product by SKU, in one transaction. A product that
   * becomes available or unavailable gets every live article that links it re-published, so
   * storefronts never offer what cannot be bought. A live article whose content may not be
   * published any more (findings in a market whose compliance policy is block) keeps its live
   * version and is listed in the result's {@code notRepublished}; it does not fail the sync (see
   * src/docs/catalogue-sync-and-blocking-compliance.md). Publisher authority: product data is
   * public and re-publishes articles, so an editor alone must not change it (see
   * src/docs/roles.md).
   */
  @Transactional
  public EditorialResponses.UpsertResult upsert(JsonNode body, Actor actor) {
    EditorialRequests.ProductUpsert request =
        StrictBody.read(body, EditorialRequests.ProductUpsert.class, validator);
    Set<String> seen = new HashSet<>();
    List<Problem.Violation> duplicates = new ArrayList<>();
    for (int i = 0; i < request.items().size(); i++) {
      if (!seen.add(request.items().get(i).sku())) {
        duplicates.add(
            new Problem.Violation("items[" + i + "].sku", "appears twice in one request"));
      }
    }
    if (!duplicates.isEmpty()) {
      throw ApiProblem.invalidBody(duplicates);
    }
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    List<EditorialResponses.Published> republished = new ArrayList<>();
    List<EditorialResponses.NotRepublished> notRepublished = new ArrayList<>();
    for (ProductData item : request.items()) {
      ProductCatalog.Upserted result = products.upsert(item, actor);
      switch (result.outcome()) {
        case CREATED -> created++;
        case UPDATED -> updated++;
        case UNCHANGED -> unchanged++;
      }
      if (result.availabilityChanged()) {
        PublishingService.Refresh refresh =
            publishing.refreshArticlesLinking(
                item.sku(), actor, "Product " + item.sku() + " is now " + item.status() + ".");
        republished.addAll(published(refresh));
        notRepublished.addAll(notRepublished(refresh));
      }
    }
    return new EditorialResponses.UpsertResult(
        created, updated, unchanged, republished, notRepublished);
  }

  public ProductData product(String sku) {
    Identifiers.sku("sku", sku);
    return products
        .data(sku)
        .orElseThrow(() -> ApiProblem.notFound("No product has the SKU '" + sku + "'."));
  }

  /** Marks the product discontinued and re-publishes the live articles that link it. */
  @Transactional
  public EditorialResponses.UpsertResult discontinue(String sku, Actor actor) {
    Identifiers.sku("sku", sku);
    ProductCatalog.Upserted result = products.discontinue(sku, actor);
    PublishingService.Refresh refresh =
        result.availabilityChanged()
            ? publishing.refreshArticlesLinking(sku, actor, "Product " + sku + " is discontinued.")
            : new PublishingService.Refresh(List.of(), List.of());
    return new EditorialResponses.UpsertResult(
        0,
        result.outcome() == ProductCatalog.Outcome.UPDATED ? 1 : 0,
        result.outcome() == ProductCatalog.Outcome.UNCHANGED ? 1 : 0,
        published(refresh),
        notRepublished(refresh));
  }

  public EditorialArticles.Written<CitationData> createCitation(JsonNode body, Actor actor) {
    CitationData data = StrictBody.read(body, CitationData.class, validator);
    return written(citations.create(data, actor));
  }

  public EditorialArticles.Written<CitationData> citation(String key) {
    Identifiers.citationKey("key", key);
    return citations
        .versioned(key)
        .map(EditorialCatalog::written)
        .orElseThrow(() -> ApiProblem.notFound("No citation has the key '" + key + "'."));
  }

  public EditorialArticles.Written<CitationData> updateCitation(
      String key, String ifMatch, JsonNode body, Actor actor) {
    Identifiers.citationKey("key", key);
    long expected = Preconditions.required(ifMatch);
    CitationData data = StrictBody.read(body, CitationData.class, validator);
    return written(citations.update(key, expected, data, actor));
  }

  private static List<EditorialResponses.Published> published(PublishingService.Refresh refresh) {
    return refresh.republished().stream().map(EditorialArticles::published).toList();
  }

  private static List<EditorialResponses.NotRepublished> notRepublished(
      PublishingService.Refresh refresh) {
    return refresh.kept().stream()
        .map(
            kept ->
                new EditorialResponses.NotRepublished(
                    kept.articleId(),
                    kept.slug(),
                    kept.version(),
                    kept.reasons().stream()
                        .limit(EditorialResponses.NotRepublished.MAX_REASONS)
                        .toList()))
        .toList();
  }

  private static EditorialArticles.Written<CitationData> written(CitationCatalog.Versioned v) {
    return new EditorialArticles.Written<>(v.data(), Preconditions.etag(v.rowVersion()));
  }
}

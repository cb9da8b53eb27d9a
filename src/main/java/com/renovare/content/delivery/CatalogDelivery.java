package com.renovare.content.delivery;

import com.renovare.content.citation.CitationCatalog;
import com.renovare.content.citation.CitationData;
import com.renovare.content.citation.CslJson;
import com.renovare.content.citation.link.CitationLinks;
import com.renovare.content.identifier.Identifiers;
import com.renovare.content.platform.http.ETags;
import com.renovare.content.platform.json.Json;
import com.renovare.content.platform.paging.Paging;
import com.renovare.content.platform.problem.ApiProblem;
import com.renovare.content.product.ProductCard;
import com.renovare.content.product.ProductCatalog;
import com.renovare.content.publishing.PublishedContent;
import com.renovare.content.publishing.PublishedContent.ListFilter;
import com.renovare.content.publishing.PublishedContent.Placement;
import com.renovare.content.publishing.PublishedContent.SummaryRow;
import com.renovare.content.safety.SafetyNoteData;
import com.renovare.content.safety.SafetyNoteView;
import com.renovare.content.safety.SafetyNotes;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The public read side of products, citations and safety notes. */
@ApplicationScoped
public class CatalogDelivery {

  private final ProductCatalog products;
  private final CitationCatalog citations;
  private final SafetyNotes safetyNotes;
  private final PublishedContent content;
  private final DeliveryCache cache;
  private final CitationLinks links;

  CatalogDelivery(
      ProductCatalog products,
      CitationCatalog citations,
      SafetyNotes safetyNotes,
      PublishedContent content,
      DeliveryCache cache,
      CitationLinks links) {
    this.products = products;
    this.citations = citations;
    this.safetyNotes = safetyNotes;
    this.content = content;
    this.cache = cache;
    this.links = links;
  }

  /**
   * The product with the safety notes that apply to it, as the catalogues hold them now: read once,
   * then served from the cache until the product, a safety note or a citation changes.
   */
  public Uni<ReadyResponse> product(String sku) {
    Identifiers.sku("sku", sku);
    return cache.lookup(
        DeliveryCache.PRODUCT + sku,
        () -> {
          ProductCard card = products.card(sku).orElseThrow(() -> noProduct(sku));
          List<SafetyNoteView> notes =
              card.activeIngredient() == null
                  ? List.of()
                  : safetyNotes.forIngredient(card.activeIngredient().name());
          byte[] body = Json.bytes(ProductDetail.of(card, notes));
          return ReadyResponse.current(body, ETags.of(body));
        });
  }

  /** A safety note as it is now, served from the cache until it or a citation changes. */
  public Uni<ReadyResponse> safetyNote(String key) {
    SafetyNoteData.checkKey("key", key);
    return cache.lookup(
        DeliveryCache.SAFETY_NOTE + key,
        () -> {
          byte[] body =
              Json.bytes(
                  safetyNotes
                      .view(key)
                      .orElseThrow(
                          () -> ApiProblem.notFound("No safety note has the key '" + key + "'.")));
          return ReadyResponse.current(body, ETags.of(body));
        });
  }

  /** The live articles that link the product, each with the places it is linked. */
  public Uni<ReadyResponse> articlesLinking(String sku, String rawLimit, String cursor) {
    Identifiers.sku("sku", sku);
    int limit = Paging.limit(rawLimit);
    PublishedContent.ListPosition after = ArticleDelivery.listCursor(cursor);
    return cache.lookupPage(
        DeliveryCache.PRODUCT_ARTICLES + sku + "|" + limit + "|" + cursor,
        () -> loadArticlesLinking(sku, limit, after));
  }

  private DeliveryCache.Loaded loadArticlesLinking(
      String sku, int limit, PublishedContent.ListPosition after) {
    if (products.card(sku).isEmpty()) {
      throw noProduct(sku);
    }
    ListFilter filter = new ListFilter(null, sku, null);
    List<SummaryRow> rows = content.summaries(filter, after, limit + 1);
    List<SummaryRow> page = rows.subList(0, Math.min(limit, rows.size()));
    Map<String, List<Placement>> placements =
        content.placements(sku, page.stream().map(SummaryRow::slug).toList());
    byte[] body =
        ListBodies.page(
            page,
            (json, row) ->
                json.writeObject(
                    new ProductArticle(
                        row.summaryJson(),
                        placements.getOrDefault(row.slug(), List.of()).stream()
                            .map(p -> new ProductArticle.Link(p.section(), p.role()))
                            .toList())),
            ArticleDelivery.nextCursor(rows, page, limit));
    return new DeliveryCache.Loaded(
        ReadyResponse.current(body, ETags.of(body)),
        ArticleDelivery.shows(filter, after, rows, page, limit));
  }

  /**
   * The citation with the link health of its current URL, when it has been checked. Public only
   * while the current version of a live article cites it.
   */
  public Uni<ReadyResponse> citation(String key) {
    Identifiers.citationKey("key", key);
    return cache.lookup(
        DeliveryCache.CITATION + key + "|json",
        () -> {
          CitationData citation = find(key);
          byte[] body = Json.bytes(DeliveredCitation.of(citation, links.of(key).orElse(null)));
          return ReadyResponse.current(body, ETags.of(body));
        });
  }

  /** The citation as a CSL-JSON item, which has no place for link health. */
  public Uni<ReadyResponse> citationAsCsl(String key) {
    Identifiers.citationKey("key", key);
    return cache.lookup(
        DeliveryCache.CITATION + key + "|csl",
        () -> {
          byte[] body = Json.bytes(CslJson.item(find(key)));
          return ReadyResponse.current(body, ETags.of(body));
        });
  }

  private CitationData find(String key) {
    return (content.citedLive(key) ? citations.find(key) : Optional.<CitationData>empty())
        .orElseThrow(
            () ->
                ApiProblem.notFound(
                    "No published article cites a citation with the key '" + key + "'."));
  }

  private static ApiProblem noProduct(String sku) {
    return ApiProblem.notFound("No product has the SKU '" + sku + "'.");
  }
}

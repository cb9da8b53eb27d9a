package com.renovare.content.product;

import com.renovare.content.audit.Actor;
import com.renovare.content.audit.AuditLog;
import com.renovare.content.platform.problem.ApiProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The retailer's products: upserted by SKU, read as cards. */
@ApplicationScoped
public class ProductCatalog {

  private final ProductRepository products;
  private final AuditLog audit;
  private final Clock clock;
  private final Event<ProductChanged> changes;

  ProductCatalog(
      ProductRepository products, AuditLog audit, Clock clock, Event<ProductChanged> changes) {
    this.products = products;
    this.audit = audit;
    this.clock = clock;
    this.changes = changes;
  }

  /** What an upsert did to one product. */
  public enum Outcome {
    CREATED,
    UPDATED,
    UNCHANGED
  }

  /** The result for one SKU; {@code availabilityChanged} when it became (un)available. */
  public record Upserted(String sku, Outcome outcome, boolean availabilityChanged) {}

  /** Adds the product, or leaves an existing one with the same SKU as it is. */
  @Transactional
  public boolean addIfAbsent(ProductData data, Actor actor) {
    if (products.findBySku(data.sku()).isPresent()) {
      return false;
    }
    Product product = Product.create(data, clock.instant());
    products.persist(product);
    audit.record(actor, "product.create", "product", data.sku(), data.name());
    changes.fire(new ProductChanged(data.sku(), product.active(), clock.instant()));
    return true;
  }

  /** Creates or updates the product with this SKU, as the commerce system's sync does. */
  @Transactional
  public Upserted upsert(ProductData data, Actor actor) {
    ProductData incoming = data.normalized();
    Optional<Product> existing = products.findBySku(data.sku());
    if (existing.isEmpty()) {
      Product product = Product.create(incoming, clock.instant());
      products.persist(product);
      audit.record(actor, "product.create", "product", data.sku(), data.name());
      changes.fire(new ProductChanged(data.sku(), product.active(), clock.instant()));
      return new Upserted(data.sku(), Outcome.CREATED, false);
    }
    Product product = existing.get();
    if (product.toData().equals(incoming)) {
      return new Upserted(data.sku(), Outcome.UNCHANGED, false);
    }
    boolean wasActive = product.active();
    product.apply(incoming, clock.instant());
    audit.record(actor, "product.update", "product", data.sku(), data.name());
    changes.fire(new ProductChanged(data.sku(), product.active(), clock.instant()));
    return new Upserted(data.sku(), Outcome.UPDATED, wasActive != product.active());
  }

  /** Marks the product discontinued; articles keep linking it and show it as unavailable. */
  @Transactional
  public Upserted discontinue(String sku, Actor actor) {
    Product product =
        products
            .findBySku(sku)
            .orElseThrow(() -> ApiProblem.notFound("No product has the SKU '" + sku + "'."));
    if (!product.active()) {
      return new Upserted(sku, Outcome.UNCHANGED, false);
    }
    product.discontinue(clock.instant());
    audit.record(actor, "product.discontinue", "product", sku, null);
    changes.fire(new ProductChanged(sku, false, clock.instant()));
    return new Upserted(sku, Outcome.UPDATED, true);
  }

  /** The product as the commerce system last sent it. */
  @Transactional
  public Optional<ProductData> data(String sku) {
    return products.findBySku(sku).map(Product::toData);
  }

  @Transactional
  public Optional<ProductCard> card(String sku) {
    return products.findBySku(sku).map(p -> ProductCard.from(p.toData()));
  }

  /** Cards of the SKUs the catalogue knows; unknown SKUs are simply absent from the map. */
  @Transactional
  public Map<String, ProductCard> cards(Collection<String> skus) {
    return products.findBySkus(skus).stream()
        .map(p -> ProductCard.from(p.toData()))
        .collect(Collectors.toMap(ProductCard::sku, Function.identity()));
  }
}

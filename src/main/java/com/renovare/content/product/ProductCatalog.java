package com.renovare.content.product;

import jakarta.enterprise.context.ApplicationScoped;
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
  private final Clock clock;

  ProductCatalog(ProductRepository products, Clock clock) {
    this.products = products;
    this.clock = clock;
  }

  /** Adds the product, or leaves an existing one with the same SKU as it is. */
  @Transactional
  public boolean addIfAbsent(ProductData data) {
    if (products.findBySku(data.sku()).isPresent()) {
      return false;
    }
    products.persist(Product.create(data, clock.instant()));
    return true;
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

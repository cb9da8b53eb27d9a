package com.renovare.content.product;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Products by SKU. */
@ApplicationScoped
public class ProductRepository implements PanacheRepositoryBase<Product, UUID> {

  public Optional<Product> findBySku(String sku) {
    return find("sku", sku).firstResultOptional();
  }

  public List<Product> findBySkus(Collection<String> skus) {
    return skus.isEmpty() ? List.of() : list("sku in ?1", skus);
  }
}

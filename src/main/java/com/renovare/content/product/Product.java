package com.renovare.content.product;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A product the retailer carries, as last synchronised from the commerce system. */
@Entity
@Table(name = "product")
public class Product {

  @Id private UUID id;

  private String sku;
  private String name;
  private String brand;
  private String url;

  @Column(name = "image_url")
  private String imageUrl;

  @Column(name = "image_alt")
  private String imageAlt;

  @Column(name = "ingredient_name")
  private String ingredientName;

  @Column(name = "ingredient_amount")
  private BigDecimal ingredientAmount;

  @Column(name = "ingredient_unit")
  private String ingredientUnit;

  @Column(name = "serving_size")
  private String servingSize;

  private String status;
  private boolean sample;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Version
  @Column(name = "row_version")
  private long rowVersion;

  protected Product() {}

  static Product create(ProductData data, Instant now) {
    Product product = new Product();
    product.id = UUID.randomUUID();
    product.sku = data.sku();
    product.apply(data, now);
    return product;
  }

  void apply(ProductData data, Instant now) {
    name = data.name();
    brand = data.brand();
    url = data.url();
    imageUrl = data.image() == null ? null : data.image().src();
    imageAlt = data.image() == null ? null : data.image().alt();
    ingredientName = data.activeIngredient() == null ? null : data.activeIngredient().name();
    ingredientAmount = data.activeIngredient() == null ? null : data.activeIngredient().amount();
    ingredientUnit = data.activeIngredient() == null ? null : data.activeIngredient().unit();
    servingSize = data.servingSize();
    status = data.status();
    sample = data.sample();
    updatedAt = now;
  }

  /** The data as the commerce system would send it. */
  public ProductData toData() {
    return new ProductData(
        sku,
        name,
        brand,
        url,
        imageUrl == null ? null : new ProductData.ProductImage(imageUrl, imageAlt),
        ingredientName == null
            ? null
            : new ProductData.ActiveIngredient(
                ingredientName, ingredientAmount.stripTrailingZeros(), ingredientUnit),
        servingSize,
        status,
        sample);
  }

  /** Whether the retailer still sells it. */
  boolean active() {
    return "active".equals(status);
  }

  void discontinue(Instant now) {
    status = "discontinued";
    updatedAt = now;
  }

  public String sku() {
    return sku;
  }
}

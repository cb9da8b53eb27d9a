package com.renovare.content.product;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a storefront needs to render a product card: the public view of a product. */
@Schema(name = "ProductCard")
public record ProductCard(
    @Schema(
            description = "Stock keeping unit, the product's stable id.",
            examples = "SAMPLE-K2-MK7-100",
            maxLength = 64,
            required = true)
        String sku,
    @Schema(description = "Product name.", maxLength = 200, required = true) String name,
    @Schema(description = "Brand.", maxLength = 120, required = true) String brand,
    @Schema(
            description = "The product's page in the storefront.",
            maxLength = 2000,
            required = true)
        String url,
    @Schema(description = "The product's picture.") Picture image,
    @Schema(description = "What the product is sold for and how much one serving holds.")
        Ingredient activeIngredient,
    @Schema(description = "What one serving is.", examples = "1 capsule", maxLength = 100)
        String servingSize,
    @Schema(
            description = "Whether the retailer still sells it.",
            enumeration = {"active", "discontinued"},
            required = true)
        String status,
    @Schema(description = "True while the product can be bought.", required = true)
        boolean available,
    @Schema(
            description =
                "True for sample products that ship with the service; the commerce system replaces them.",
            required = true)
        boolean sample,
    @Schema(
            description =
                "Keys of the safety notes that apply to this product; the document that holds the"
                    + " card lists the notes themselves under safetyNotes.",
            examples = "[\"vitamin-k-anticoagulants\"]",
            maxItems = 100)
        // Safety-note keys are held to 80 characters when notes are written.
        List<@Size(max = 80) String> safetyNotes) {

  /** A card that names no safety notes: one outside an article document. */
  public ProductCard(
      String sku,
      String name,
      String brand,
      String url,
      Picture image,
      Ingredient activeIngredient,
      String servingSize,
      String status,
      boolean available,
      boolean sample) {
    this(
        sku,
        name,
        brand,
        url,
        image,
        activeIngredient,
        servingSize,
        status,
        available,
        sample,
        null);
  }

  /** The same card naming these safety notes. */
  public ProductCard withSafetyNotes(List<String> keys) {
    return new ProductCard(
        sku,
        name,
        brand,
        url,
        image,
        activeIngredient,
        servingSize,
        status,
        available,
        sample,
        List.copyOf(keys));
  }

  /**
   * The product's picture. Named apart from the editorial {@link ProductData.ProductImage}, whose
   * simple name it shares (the contract called it "ProductImage1" until 1.2.0).
   */
  @Schema(name = "ProductCardImage")
  public record Picture(
      @Schema(description = "Absolute URL.", maxLength = 2000, required = true) String src,
      @Schema(description = "Alternative text.", maxLength = 300, required = true) String alt) {}

  /**
   * An active ingredient and its amount per serving. Named apart from the editorial {@link
   * ProductData.ActiveIngredient} likewise (the contract called it "ActiveIngredient1" until
   * 1.2.0).
   */
  @Schema(name = "ProductCardIngredient")
  public record Ingredient(
      @Schema(
              description = "Ingredient name.",
              examples = "Vitamin K2 (as menaquinone-7)",
              maxLength = 200,
              required = true)
          String name,
      @Schema(description = "Amount in one serving.", required = true) Amount amountPerServing) {}

  /** A quantity with its unit. */
  @Schema(name = "Amount")
  public record Amount(
      @Schema(description = "The number.", examples = "100", required = true) BigDecimal value,
      @Schema(
              description = "The unit.",
              enumeration = {"mcg", "mg", "g", "IU", "CFU", "ml"},
              required = true)
          String unit) {}

  public static ProductCard from(ProductData data) {
    return new ProductCard(
        data.sku(),
        data.name(),
        data.brand(),
        data.url(),
        data.image() == null ? null : new Picture(data.image().src(), data.image().alt()),
        data.activeIngredient() == null
            ? null
            : new Ingredient(
                data.activeIngredient().name(),
                new Amount(
                    data.activeIngredient().amount().stripTrailingZeros(),
                    data.activeIngredient().unit())),
        data.servingSize(),
        data.status(),
        "active".equals(data.status()),
        data.sample());
  }
}

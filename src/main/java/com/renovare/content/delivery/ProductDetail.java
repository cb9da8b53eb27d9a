package com.renovare.content.delivery;

import com.renovare.content.product.ProductCard;
import com.renovare.content.safety.SafetyNoteView;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A product as its own endpoint serves it: the card's fields, and the safety notes that apply to it
 * now, in full. Article documents carry the smaller card, which names its notes by key.
 */
@Schema(
    name = "Product",
    description =
        "A product card as the catalogue holds it now, with the safety notes that apply to it.")
public record ProductDetail(
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
    @Schema(description = "The product's picture.") ProductCard.Picture image,
    @Schema(description = "What the product is sold for and how much one serving holds.")
        ProductCard.Ingredient activeIngredient,
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
                "Safety notes on the product's active ingredient, as they are now; empty when none"
                    + " applies.",
            maxItems = 100,
            required = true)
        List<SafetyNoteView> safetyNotes) {

  static ProductDetail of(ProductCard card, List<SafetyNoteView> notes) {
    return new ProductDetail(
        card.sku(),
        card.name(),
        card.brand(),
        card.url(),
        card.image(),
        card.activeIngredient(),
        card.servingSize(),
        card.status(),
        card.available(),
        card.sample(),
        List.copyOf(notes));
  }
}

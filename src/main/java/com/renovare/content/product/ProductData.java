package com.renovare.content.product;

import com.renovare.content.identifier.Identifiers;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Product master data as the commerce system sends it, keyed by SKU. The seed bundle's sample
 * products use the same shape, with {@code sample} set.
 */
@Schema(name = "ProductData")
public record ProductData(
    @NotBlank @Size(max = Identifiers.SKU_MAX) @Pattern(regexp = Identifiers.SKU) String sku,
    @NotBlank @Size(max = 200) String name,
    @NotBlank @Size(max = 120) String brand,
    @NotBlank @Size(max = 2000) @Pattern(regexp = "https://\\S+") String url,
    @Valid ProductImage image,
    @Valid ActiveIngredient activeIngredient,
    @Size(max = 100) String servingSize,
    @NotBlank @Size(max = 12) @Pattern(regexp = "active|discontinued") String status,
    boolean sample) {

  /** The same data with amounts in their shortest form, so 100 and 100.0 compare equal. */
  public ProductData normalized() {
    return new ProductData(
        sku,
        name,
        brand,
        url,
        image,
        activeIngredient == null
            ? null
            : new ActiveIngredient(
                activeIngredient.name(),
                activeIngredient.amount() == null
                    ? null
                    : activeIngredient.amount().stripTrailingZeros(),
                activeIngredient.unit()),
        servingSize,
        status,
        sample);
  }

  /** The product's picture. */
  public record ProductImage(
      @NotBlank @Size(max = 2000) @Pattern(regexp = "https://\\S+") String src,
      @NotBlank @Size(max = 300) String alt) {}

  /** The ingredient the product is sold for, and how much of it one serving holds. */
  public record ActiveIngredient(
      @NotBlank @Size(max = 200) String name,
      @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000000000")
          BigDecimal amount,
      @NotBlank @Size(max = 3) @Pattern(regexp = "mcg|mg|g|IU|CFU|ml") String unit) {}
}

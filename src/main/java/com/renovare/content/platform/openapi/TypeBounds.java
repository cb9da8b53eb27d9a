package com.renovare.content.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Writes into the contract the bounds that follow from a value's Java type alone, so that no field
 * has to repeat them: the longest text an {@code Instant}, {@code LocalDate} or {@code UUID} can
 * take, and the range of an {@code int} or {@code long} where the field sets no narrower one. Runs
 * at build time.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class TypeBounds implements OASFilter {

  /**
   * {@code Instant.MAX} written as ISO-8601 ({@code +1000000000-12-31T23:59:59.999999999Z}); no
   * instant is longer, and request bodies refuse longer text.
   */
  public static final int INSTANT_MAX_LENGTH = 37;

  /** {@code LocalDate.MAX} written as ISO-8601 ({@code +999999999-12-31}). */
  public static final int DATE_MAX_LENGTH = 16;

  /** The canonical text form of a UUID; Jackson reads no other length of text as one. */
  public static final int UUID_MAX_LENGTH = 36;

  private static final Map<String, Integer> LENGTH_BY_FORMAT =
      Map.of("date-time", INSTANT_MAX_LENGTH, "date", DATE_MAX_LENGTH, "uuid", UUID_MAX_LENGTH);

  private static final Map<String, Integer> LENGTH_BY_REF =
      Map.of(
          "#/components/schemas/Instant",
          INSTANT_MAX_LENGTH,
          "#/components/schemas/LocalDate",
          DATE_MAX_LENGTH,
          "#/components/schemas/UUID",
          UUID_MAX_LENGTH);

  @Override
  public Schema filterSchema(Schema schema) {
    List<Schema.SchemaType> types = schema.getType();
    if (types == null) {
      return schema;
    }
    if (types.contains(Schema.SchemaType.STRING) && schema.getMaxLength() == null) {
      Integer length = null;
      if (schema.getRef() != null) {
        length = LENGTH_BY_REF.get(schema.getRef());
      } else if (schema.getFormat() != null) {
        length = LENGTH_BY_FORMAT.get(schema.getFormat());
      }
      if (length != null) {
        schema.setMaxLength(length);
      }
    }
    if (types.contains(Schema.SchemaType.INTEGER)) {
      // Without a format the width is unknown; the lint reports it rather than this guessing it.
      if (schema.getFormat() == null) {
        return schema;
      }
      boolean isLong = "int64".equals(schema.getFormat());
      if (schema.getMinimum() == null) {
        schema.setMinimum(BigDecimal.valueOf(isLong ? Long.MIN_VALUE : Integer.MIN_VALUE));
      }
      if (schema.getMaximum() == null) {
        schema.setMaximum(BigDecimal.valueOf(isLong ? Long.MAX_VALUE : Integer.MAX_VALUE));
      }
    }
    return schema;
  }
}

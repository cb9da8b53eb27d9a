package com.renovare.content.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import com.renovare.content.platform.openapi.TypeBounds;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Holds request dates to the lengths the contract states: Jackson alone would accept, for example,
 * an epoch-seconds string padded with any number of zeros.
 */
final class BoundedDates {

  private BoundedDates() {}

  static SimpleModule module() {
    SimpleModule module = new SimpleModule("bounded-dates");
    module.addDeserializer(
        Instant.class,
        new Bounded<>(Instant.class, InstantDeserializer.INSTANT, TypeBounds.INSTANT_MAX_LENGTH));
    module.addDeserializer(
        LocalDate.class,
        new Bounded<>(LocalDate.class, LocalDateDeserializer.INSTANCE, TypeBounds.DATE_MAX_LENGTH));
    return module;
  }

  private static final class Bounded<T> extends StdDeserializer<T> {
    private final transient JsonDeserializer<T> delegate;
    private final int maxLength;

    Bounded(Class<T> type, JsonDeserializer<T> delegate, int maxLength) {
      super(type);
      this.delegate = delegate;
      this.maxLength = maxLength;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      if (parser.hasToken(JsonToken.VALUE_STRING) && parser.getTextLength() > maxLength) {
        return (T)
            context.handleWeirdStringValue(
                handledType(), parser.getText(), "longer than %d characters", maxLength);
      }
      return delegate.deserialize(parser, context);
    }
  }
}

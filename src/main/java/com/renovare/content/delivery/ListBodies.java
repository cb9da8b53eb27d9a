package com.renovare.content.delivery;

import com.fasterxml.jackson.core.JsonGenerator;
import com.renovare.content.platform.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes list bodies of the shape {@code {"items": [...], "next": ...}} around items that are
 * already JSON, so pre-rendered summaries are copied rather than parsed and written again.
 */
final class ListBodies {

  private ListBodies() {}

  /** Writes one item into the items array. */
  @FunctionalInterface
  interface ItemWriter<T> {
    void write(JsonGenerator json, T item) throws IOException;
  }

  static <T> byte[] page(List<T> items, ItemWriter<T> writer, String next) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256 + items.size() * 512);
    try (JsonGenerator json = Json.generator(out)) {
      json.writeStartObject();
      json.writeArrayFieldStart("items");
      for (T item : items) {
        writer.write(json, item);
      }
      json.writeEndArray();
      json.writeStringField("next", next);
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}

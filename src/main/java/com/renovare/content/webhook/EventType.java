package com.renovare.content.webhook;

import java.util.Arrays;
import java.util.Optional;

/**
 * The events receivers see, named as in {@code type}. All but {@link #ARTICLE_REDACTED} are asked
 * for by name; a redaction is a takedown every receiver of article events must act on, so it goes
 * to every subscription that receives any article event and cannot be left out.
 */
enum EventType {
  ARTICLE_PUBLISHED("article.published"),
  ARTICLE_UPDATED("article.updated"),
  ARTICLE_UNPUBLISHED("article.unpublished"),
  PRODUCT_CHANGED("product.changed"),
  ARTICLE_REDACTED("article.redacted");

  private final String wireName;

  EventType(String wireName) {
    this.wireName = wireName;
  }

  String wireName() {
    return wireName;
  }

  static Optional<EventType> fromWire(String name) {
    return Arrays.stream(values()).filter(t -> t.wireName.equals(name)).findFirst();
  }
}

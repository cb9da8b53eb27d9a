package com.renovare.content.webhook;

import java.util.Arrays;
import java.util.Optional;

/** The events a subscription can ask for, named as receivers see them in {@code type}. */
enum EventType {
  ARTICLE_PUBLISHED("article.published"),
  ARTICLE_UPDATED("article.updated"),
  ARTICLE_UNPUBLISHED("article.unpublished"),
  PRODUCT_CHANGED("product.changed");

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

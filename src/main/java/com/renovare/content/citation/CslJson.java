package com.renovare.content.citation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A citation as a CSL-JSON item (the input format of citeproc processors and reference managers):
 * hyphenated field names, names split into given/family or kept literal, and dates as {@code
 * date-parts}. Disclosed interests of authors have no CSL field, so they go into {@code note},
 * where styles that print notes show them.
 */
public final class CslJson {

  /** The media type clients ask for with Accept. */
  public static final String MEDIA_TYPE = "application/vnd.citationstyles.csl+json";

  private CslJson() {}

  public static Map<String, Object> item(CitationData c) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("id", c.key());
    item.put("type", c.type());
    item.put("title", c.title());
    if (!c.authors().isEmpty()) {
      item.put("author", c.authors().stream().map(CslJson::name).toList());
    }
    putIfPresent(item, "publisher", c.publisher());
    putIfPresent(item, "container-title", c.containerTitle());
    putIfPresent(item, "event-title", c.eventTitle());
    if (c.issued() != null) {
      item.put("issued", dateParts(c.issued()));
    }
    putIfPresent(item, "URL", c.url());
    if (c.accessed() != null) {
      item.put("accessed", dateParts(c.accessed()));
    }
    String note = note(c);
    putIfPresent(item, "note", note.isEmpty() ? null : note);
    return item;
  }

  private static Map<String, Object> name(CitationAuthor author) {
    Map<String, Object> name = new LinkedHashMap<>();
    if (author.literal() != null) {
      name.put("literal", author.literal());
    } else {
      putIfPresent(name, "family", author.family());
      putIfPresent(name, "given", author.given());
    }
    return name;
  }

  private static String note(CitationData c) {
    List<String> parts = new ArrayList<>();
    if (c.note() != null) {
      parts.add(c.note());
    }
    for (CitationAuthor author : c.authors()) {
      if (author.disclosedInterest() != null) {
        parts.add(
            "Disclosed interest of " + displayName(author) + ": " + author.disclosedInterest());
      }
    }
    return String.join(" ", parts);
  }

  private static String displayName(CitationAuthor author) {
    if (author.literal() != null) {
      return author.literal();
    }
    return String.join(
        " ",
        java.util.stream.Stream.of(author.given(), author.family())
            .filter(s -> s != null && !s.isBlank())
            .toList());
  }

  /** "2021", "2021-05" or "2021-05-04" as {"date-parts": [[2021, 5, 4]]}. */
  private static Map<String, Object> dateParts(String date) {
    List<Integer> parts = new ArrayList<>();
    for (String part : date.split("-")) {
      parts.add(Integer.parseInt(part));
    }
    return Map.of("date-parts", List.of(parts));
  }

  private static Map<String, Object> dateParts(LocalDate date) {
    return Map.of(
        "date-parts", List.of(List.of(date.getYear(), date.getMonthValue(), date.getDayOfMonth())));
  }

  private static void putIfPresent(Map<String, Object> map, String key, String value) {
    if (value != null) {
      map.put(key, value);
    }
  }
}

package com.renovare.content.publishing;

import com.renovare.content.article.Author;
import com.renovare.content.citation.CitationAuthor;
import com.renovare.content.citation.CitationData;
import com.renovare.content.platform.json.Json;
import com.renovare.content.product.ProductCard;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An article version as schema.org JSON-LD, the markup search engines read: a {@code
 * MedicalWebPage} with its dates, authors, medical reviewer, the sources it cites and the products
 * it mentions. Built from the stored document, so it says exactly what that version says.
 */
public final class LinkedData {

  private LinkedData() {}

  /**
   * The JSON-LD of a stored article document (the bytes delivery serves), safe to embed in a {@code
   * <script type="application/ld+json">} element as it is: see {@link Json#embeddableBytes}.
   */
  public static byte[] of(byte[] document) {
    return Json.embeddableBytes(
        page(Json.read(new String(document, StandardCharsets.UTF_8), ArticleDocument.class)));
  }

  static Map<String, Object> page(ArticleDocument doc) {
    Map<String, Object> page = new LinkedHashMap<>();
    page.put("@context", "https://schema.org");
    page.put("@type", "MedicalWebPage");
    page.put("identifier", doc.slug());
    page.put("version", doc.version());
    page.put("headline", doc.title());
    page.put("name", doc.title());
    putIfPresent(page, "description", doc.summary());
    page.put("inLanguage", doc.locale());
    page.put("datePublished", doc.firstPublishedAt().toString());
    page.put("dateModified", doc.publishedAt().toString());
    if (!doc.topics().isEmpty()) {
      page.put("keywords", String.join(", ", doc.topics()));
    }
    if (doc.heroImage() != null) {
      page.put(
          "image",
          object(
              "@type", "ImageObject",
              "url", doc.heroImage().src(),
              "description", doc.heroImage().alt()));
    }
    page.put("author", doc.authors().stream().map(LinkedData::author).toList());
    if (doc.review() != null) {
      page.put(
          "reviewedBy",
          object(
              "@type", "Person",
              "name", doc.review().reviewedBy().name(),
              "hasCredential",
                  object(
                      "@type",
                      "EducationalOccupationalCredential",
                      "name",
                      doc.review().reviewedBy().credentials())));
      page.put("lastReviewed", doc.review().reviewedAt().toString());
    }
    page.put("citation", doc.citations().stream().map(LinkedData::work).toList());
    page.put("mentions", doc.products().stream().map(LinkedData::product).toList());
    return page;
  }

  private static Map<String, Object> author(Author author) {
    return object(
        "@type", author.type().equals("person") ? "Person" : "Organization", "name", author.name());
  }

  /** A cited source as the closest schema.org creative work. */
  private static Map<String, Object> work(CitationData c) {
    Map<String, Object> work = new LinkedHashMap<>();
    work.put("@type", workType(c.type()));
    work.put("name", c.title());
    putIfPresent(work, "url", c.url());
    if (!c.authors().isEmpty()) {
      work.put("author", c.authors().stream().map(LinkedData::creator).toList());
    }
    if (c.containerTitle() != null) {
      work.put("isPartOf", object("@type", "CreativeWork", "name", c.containerTitle()));
    }
    if (c.publisher() != null) {
      work.put("publisher", object("@type", "Organization", "name", c.publisher()));
    }
    putIfPresent(work, "datePublished", c.issued());
    return work;
  }

  private static String workType(String cslType) {
    return switch (cslType) {
      case "webpage" -> "WebPage";
      case "article-journal" -> "ScholarlyArticle";
      case "book" -> "Book";
      case "chapter" -> "Chapter";
      case "report" -> "Report";
      case "post-weblog" -> "BlogPosting";
      default -> "CreativeWork";
    };
  }

  private static Map<String, Object> creator(CitationAuthor author) {
    if (author.literal() != null) {
      return object("@type", "Organization", "name", author.literal());
    }
    Map<String, Object> person = new LinkedHashMap<>();
    person.put("@type", "Person");
    putIfPresent(person, "givenName", author.given());
    putIfPresent(person, "familyName", author.family());
    putIfPresent(person, "jobTitle", author.position());
    if (author.affiliation() != null) {
      person.put("affiliation", object("@type", "Organization", "name", author.affiliation()));
    }
    return person;
  }

  private static Map<String, Object> product(ProductCard card) {
    Map<String, Object> product = new LinkedHashMap<>();
    product.put("@type", List.of("Product", "DietarySupplement"));
    product.put("name", card.name());
    product.put("sku", card.sku());
    product.put("brand", object("@type", "Brand", "name", card.brand()));
    product.put("url", card.url());
    if (card.image() != null) {
      product.put("image", card.image().src());
    }
    if (card.activeIngredient() != null) {
      product.put("activeIngredient", card.activeIngredient().name());
    }
    return product;
  }

  /**
   * An object whose properties keep the order given ("@type" first), so the same version always
   * gives the same bytes and ETag on every instance (Map.of iterates in an order that changes from
   * one JVM to the next).
   */
  private static Map<String, Object> object(Object... keysAndValues) {
    Map<String, Object> object = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      object.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return object;
  }

  private static void putIfPresent(Map<String, Object> map, String key, Object value) {
    if (value != null) {
      map.put(key, value);
    }
  }
}

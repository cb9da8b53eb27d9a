package com.renovare.content.delivery.rest;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/** The shape of an article as schema.org JSON-LD, for the contract only. */
@Schema(
    name = "ArticleLinkedData",
    type = SchemaType.OBJECT,
    description =
        "The article version as a schema.org MedicalWebPage in JSON-LD, for search-engine markup"
            + " (embed it in a <script type=\"application/ld+json\"> element as it is: the"
            + " characters <, >, & and U+2028, U+2029 are written as \\u escapes, so no text in"
            + " it can end the element).",
    requiredProperties = {
      "@context",
      "@type",
      "identifier",
      "version",
      "headline",
      "name",
      "inLanguage",
      "datePublished",
      "dateModified",
      "author",
      "citation",
      "mentions"
    },
    properties = {
      @SchemaProperty(
          name = "@context",
          type = SchemaType.STRING,
          enumeration = "https://schema.org"),
      @SchemaProperty(name = "@type", type = SchemaType.STRING, enumeration = "MedicalWebPage"),
      @SchemaProperty(
          name = "identifier",
          type = SchemaType.STRING,
          maxLength = 120,
          description = "The article's slug."),
      @SchemaProperty(
          name = "version",
          type = SchemaType.INTEGER,
          format = "int32",
          minimum = "1",
          maximum = "2147483647"),
      @SchemaProperty(name = "headline", type = SchemaType.STRING, maxLength = 300),
      @SchemaProperty(name = "name", type = SchemaType.STRING, maxLength = 300),
      @SchemaProperty(name = "description", type = SchemaType.STRING, maxLength = 1000),
      @SchemaProperty(name = "inLanguage", type = SchemaType.STRING, maxLength = 6),
      @SchemaProperty(
          name = "datePublished",
          type = SchemaType.STRING,
          format = "date-time",
          description = "When version 1 was published."),
      @SchemaProperty(
          name = "dateModified",
          type = SchemaType.STRING,
          format = "date-time",
          description = "When this version was published."),
      @SchemaProperty(name = "keywords", type = SchemaType.STRING, maxLength = 2000),
      @SchemaProperty(name = "image", type = SchemaType.OBJECT, description = "An ImageObject."),
      @SchemaProperty(
          name = "author",
          type = SchemaType.ARRAY,
          maxItems = 20,
          implementation = Map.class,
          description = "Persons and Organizations."),
      @SchemaProperty(
          name = "reviewedBy",
          type = SchemaType.OBJECT,
          description = "The medical reviewer: a Person with hasCredential."),
      @SchemaProperty(
          name = "lastReviewed",
          type = SchemaType.STRING,
          format = "date",
          description = "The day of the medical review."),
      @SchemaProperty(
          name = "citation",
          type = SchemaType.ARRAY,
          maxItems = 100,
          implementation = Map.class,
          description = "The sources, as WebPage, ScholarlyArticle, Book … or CreativeWork."),
      @SchemaProperty(
          name = "mentions",
          type = SchemaType.ARRAY,
          maxItems = 100,
          implementation = Map.class,
          description = "The linked products, each typed Product and DietarySupplement.")
    })
interface LinkedDataSchema {}

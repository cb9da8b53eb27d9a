package com.renovare.content.delivery.rest;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/** The shape of a CSL-JSON item as this API writes it, for the contract only. */
@Schema(
    name = "CslItem",
    type = SchemaType.OBJECT,
    description =
        "A CSL-JSON item (Citation Style Language 1.0.2 input format). Disclosed interests of"
            + " authors are in note.",
    requiredProperties = {"id", "type", "title"},
    properties = {
      @SchemaProperty(name = "id", type = SchemaType.STRING, maxLength = 80),
      @SchemaProperty(name = "type", type = SchemaType.STRING, maxLength = 40),
      @SchemaProperty(name = "title", type = SchemaType.STRING, maxLength = 500),
      @SchemaProperty(
          name = "author",
          type = SchemaType.ARRAY,
          maxItems = 50,
          implementation = Map.class,
          description = "Names: family and given, or literal for organisations."),
      @SchemaProperty(name = "publisher", type = SchemaType.STRING, maxLength = 300),
      @SchemaProperty(name = "container-title", type = SchemaType.STRING, maxLength = 300),
      @SchemaProperty(name = "event-title", type = SchemaType.STRING, maxLength = 300),
      @SchemaProperty(
          name = "issued",
          type = SchemaType.OBJECT,
          description = "{\"date-parts\": [[year, month, day]]}, month and day optional."),
      @SchemaProperty(name = "URL", type = SchemaType.STRING, maxLength = 2000),
      @SchemaProperty(
          name = "accessed",
          type = SchemaType.OBJECT,
          description = "{\"date-parts\": [[year, month, day]]}."),
      @SchemaProperty(name = "note", type = SchemaType.STRING, maxLength = 5000)
    })
interface CslItemSchema {}

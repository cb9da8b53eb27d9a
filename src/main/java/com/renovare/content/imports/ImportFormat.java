package com.renovare.content.imports;

import java.util.Locale;

/** The formats a post can be imported from, by the media type of the request body. */
public enum ImportFormat {
  PLAIN_TEXT("text/plain"),
  MARKDOWN("text/markdown"),
  HTML("text/html");

  private final String mediaType;

  ImportFormat(String mediaType) {
    this.mediaType = mediaType;
  }

  public String mediaType() {
    return mediaType;
  }

  /** The format a Content-Type names, parameters ignored. */
  static ImportFormat of(String contentType) {
    String base =
        contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    for (ImportFormat format : values()) {
      if (format.mediaType.equals(base)) {
        return format;
      }
    }
    throw ImportRefused.unsupportedType(base);
  }

  ParsedPost read(String text, ImportReport notes) {
    return switch (this) {
      case PLAIN_TEXT -> PlainTextReader.read(text, notes);
      case MARKDOWN -> MarkdownReader.read(text, notes);
      case HTML -> HtmlReader.read(text, notes);
    };
  }
}

package com.renovare.content.imports;

import com.renovare.content.imports.ImportNote.Position;
import java.util.regex.Pattern;

/** The rules an imported image must meet to become an image block. */
final class Pictures {

  private static final Pattern HTTPS = Pattern.compile("https://\\S{1,1992}");

  private Pictures() {}

  /** The image, or null (with a report entry) when it cannot be one. */
  static ParsedPost.Picture accept(
      String src, String alt, String caption, Position at, ImportReport notes) {
    String source = src == null ? "" : src.trim();
    String text = alt == null ? "" : Texts.trim(Texts.collapse(alt));
    if (!HTTPS.matcher(source).matches()) {
      notes.add(
          at,
          "imageDropped",
          "An image whose address is not an absolute https URL was dropped; upload it and add it"
              + " again.",
          source);
      return null;
    }
    if (text.isEmpty()) {
      notes.add(
          at,
          "imageDropped",
          "An image without alt text was dropped: every image needs a text for readers who cannot"
              + " see it. Add it again with one.",
          source);
      return null;
    }
    if (text.length() > 500) {
      notes.add(at, "textTruncated", "Alt text longer than 500 characters was cut.", text);
      text = text.substring(0, Texts.cutAt(text, 500)).trim();
    }
    String note = caption == null ? null : Texts.trim(Texts.collapse(caption));
    if (note != null && note.length() > 1000) {
      notes.add(at, "textTruncated", "A caption longer than 1000 characters was cut.", note);
      note = note.substring(0, Texts.cutAt(note, 1000)).trim();
    }
    return new ParsedPost.Picture(source, text, note == null || note.isEmpty() ? null : note, at);
  }
}

package com.renovare.content.imports;

import com.renovare.content.imports.ImportNote.Position;
import java.util.List;

/**
 * What a reader found in a post, in reading order, before sections get keys and sources become
 * citations. Every format is read into this shape, so the rest of an import is the same for all.
 */
record ParsedPost(String title, Position titleAt, List<Section> sections) {

  /** A section; the heading is null for the untitled text before the first heading. */
  record Section(String heading, Position at, List<Piece> pieces) {}

  /** A unit of a section's body. */
  sealed interface Piece permits Para, Items, Picture {
    Position at();
  }

  /** Running text and the web links it carried. */
  record Para(String text, List<Link> links, Position at) implements Piece {}

  /** A list, numbered or not. */
  record Items(boolean ordered, List<Para> items, Position at) implements Piece {}

  /** An image already checked: an https source and alt text. */
  record Picture(String src, String alt, String caption, Position at) implements Piece {}

  /** A link with an http(s) target and the text it was on. */
  record Link(String url, String text, Position at) {}
}

package com.renovare.content.imports;

import com.renovare.content.imports.ImportNote.Position;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects what a reader finds into a {@link ParsedPost}. Titles and headings longer than the
 * content allows are cut at a word boundary, and the rest is kept as the section's first paragraph
 * rather than lost.
 */
final class PostBuilder {

  /** The content's limit on titles and headings. */
  static final int HEADING_MAX = 300;

  private final ImportReport notes;
  private final List<ParsedPost.Section> sections = new ArrayList<>();
  private String title;
  private Position titleAt;
  private ParsedPost.Section current;

  PostBuilder(ImportReport notes) {
    this.notes = notes;
  }

  boolean hasTitle() {
    return title != null;
  }

  void title(String text, Position at) {
    String whole = Texts.trim(text);
    int cut = Texts.cutAt(whole, HEADING_MAX);
    title = Texts.trim(whole.substring(0, cut));
    titleAt = at;
    if (cut < whole.length()) {
      notes.add(
          at,
          "titleTruncated",
          "The title has "
              + whole.length()
              + " characters; a title holds at most "
              + HEADING_MAX
              + ". It keeps the first "
              + title.length()
              + " and the rest opens the article as a paragraph.",
          whole);
      add(new ParsedPost.Para(Texts.trim(whole.substring(cut)), List.of(), at));
    }
  }

  void heading(String text, Position at) {
    String whole = Texts.trim(text);
    if (whole.isEmpty()) {
      notes.add(at, "emptyHeading", "A heading without text was dropped.", text);
      return;
    }
    int cut = Texts.cutAt(whole, HEADING_MAX);
    current = new ParsedPost.Section(Texts.trim(whole.substring(0, cut)), at, new ArrayList<>());
    sections.add(current);
    if (cut < whole.length()) {
      notes.add(
          at,
          "headingTruncated",
          "The heading has "
              + whole.length()
              + " characters; a heading holds at most "
              + HEADING_MAX
              + ". The rest opens the section as a paragraph.",
          whole);
      add(new ParsedPost.Para(Texts.trim(whole.substring(cut)), List.of(), at));
    }
  }

  /** Adds a paragraph unless it is blank. */
  void paragraph(String text, List<ParsedPost.Link> links, Position at) {
    String trimmed = Texts.trim(text);
    if (!trimmed.isEmpty()) {
      add(new ParsedPost.Para(trimmed, List.copyOf(links), at));
    }
  }

  void add(ParsedPost.Piece piece) {
    if (current == null) {
      current = new ParsedPost.Section(null, piece.at(), new ArrayList<>());
      sections.add(current);
    }
    current.pieces().add(piece);
  }

  /** The post, or null when it holds no text at all. */
  ParsedPost build() {
    if (title == null) {
      return null;
    }
    return new ParsedPost(title, titleAt, sections);
  }
}

package com.renovare.content.imports;

import com.renovare.content.imports.ImportNote.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a post pasted as plain text, by the conventions of the retailer's old posts: the title on
 * the first line; paragraphs separated by blank lines; list items as {@code 1.} or {@code •} lines;
 * a lone numbered line followed by paragraphs is a section heading (its number dropped); a short
 * line without closing punctuation before more text is a heading; lines holding only white space or
 * non-breaking spaces are dropped. Text is kept as written, typographic punctuation included.
 */
final class PlainTextReader {

  // Possessive, so that a line never backtracks over its spaces: the text after the marker starts
  // with the first character that is neither white space nor a non-breaking space.
  private static final Pattern NUMBERED =
      Pattern.compile("^[\\s\\u00A0]*+(\\d{1,3})[.)][\\s\\u00A0]++(\\S.*+)$");
  private static final Pattern BULLET =
      Pattern.compile("^[\\s\\u00A0]*+[•●▪◦‣·*-][\\s\\u00A0]++(\\S.*+)$");

  /** A heading is short, starts with a capital or digit and does not end like a sentence. */
  private static final int HEADING_LENGTH_MAX = 120;

  private static final int HEADING_WORDS_MAX = 15;

  private enum Kind {
    BLANK,
    NUMBERED,
    BULLET,
    TEXT
  }

  private record Line(Kind kind, String text, String number, Position at) {}

  private PlainTextReader() {}

  static ParsedPost read(String source, ImportReport notes) {
    List<Line> lines = classify(source, notes);
    PostBuilder post = new PostBuilder(notes);
    int i = next(lines, 0);
    if (i < 0) {
      return null;
    }
    post.title(lines.get(i).text(), lines.get(i).at());
    i = next(lines, i + 1);
    while (i >= 0) {
      Line line = lines.get(i);
      if (line.kind() == Kind.TEXT) {
        i = paragraph(lines, i, post, notes);
      } else {
        i = list(lines, i, post, notes);
      }
      i = next(lines, i);
    }
    return post.build();
  }

  private static List<Line> classify(String source, ImportReport notes) {
    String[] raw = source.split("\r\n|\r|\n", -1);
    List<Line> lines = new ArrayList<>(raw.length);
    for (int n = 0; n < raw.length; n++) {
      String text = n == 0 && raw[n].startsWith("\uFEFF") ? raw[n].substring(1) : raw[n];
      int column = 1;
      while (column <= text.length() && Texts.isSpace(text.charAt(column - 1))) {
        column++;
      }
      Position at = new Position(n + 1, Math.min(column, Math.max(1, text.length())));
      if (Texts.isBlank(text)) {
        if (!text.isEmpty() && !text.isBlank()) {
          notes.add(
              at,
              "whitespaceLineDropped",
              "A line holding only non-breaking or other invisible spaces was dropped.",
              text);
        }
        lines.add(new Line(Kind.BLANK, "", null, at));
        continue;
      }
      Matcher numbered = NUMBERED.matcher(text);
      Matcher bullet = BULLET.matcher(text);
      if (numbered.matches()) {
        lines.add(new Line(Kind.NUMBERED, Texts.trim(numbered.group(2)), numbered.group(1), at));
      } else if (bullet.matches()) {
        lines.add(new Line(Kind.BULLET, Texts.trim(bullet.group(1)), null, at));
      } else {
        lines.add(new Line(Kind.TEXT, Texts.trim(text), null, at));
      }
    }
    return lines;
  }

  /**
   * Consecutive text lines are one paragraph (hard-wrapped posts); a credit line or a bare URL is
   * always a paragraph of its own, so that it can become a credit or citation.
   */
  private static int paragraph(List<Line> lines, int start, PostBuilder post, ImportReport notes) {
    StringBuilder text = new StringBuilder(lines.get(start).text());
    int end = start + 1;
    if (!SourceLines.isSourceLine(lines.get(start).text())) {
      while (end < lines.size()
          && lines.get(end).kind() == Kind.TEXT
          && !SourceLines.isSourceLine(lines.get(end).text())) {
        text.append(' ').append(lines.get(end).text());
        end++;
      }
    }
    String paragraph = text.toString();
    Position at = lines.get(start).at();
    if (end == start + 1 && looksLikeHeading(paragraph) && next(lines, end) >= 0) {
      notes.add(
          at,
          "headingGuessed",
          "A short line without closing punctuation, followed by more text, was read as a section"
              + " heading.",
          paragraph);
      post.heading(paragraph, at);
    } else {
      post.paragraph(paragraph, List.of(), at);
    }
    return end;
  }

  /** Items of one kind, blank lines between them allowed. */
  private static int list(List<Line> lines, int start, PostBuilder post, ImportReport notes) {
    Kind kind = lines.get(start).kind();
    List<Line> items = new ArrayList<>();
    int end = start;
    while (end < lines.size()) {
      Line line = lines.get(end);
      if (line.kind() == kind) {
        items.add(line);
        end++;
      } else if (line.kind() == Kind.BLANK) {
        int after = next(lines, end);
        if (after < 0 || lines.get(after).kind() != kind) {
          break;
        }
        end = after;
      } else {
        break;
      }
    }
    int following = next(lines, end);
    boolean proseFollows = following >= 0 && lines.get(following).kind() == Kind.TEXT;
    Line first = items.get(0);
    if (kind == Kind.NUMBERED && items.size() == 1 && proseFollows) {
      notes.add(
          first.at(),
          "headingGuessed",
          "A lone numbered line followed by paragraphs was read as a section heading; its number '"
              + first.number()
              + ".' was dropped.",
          first.text());
      post.heading(first.text(), first.at());
      return end;
    }
    post.add(
        new ParsedPost.Items(
            kind == Kind.NUMBERED,
            items.stream().map(l -> new ParsedPost.Para(l.text(), List.of(), l.at())).toList(),
            first.at()));
    return end;
  }

  static boolean looksLikeHeading(String text) {
    if (text.length() > HEADING_LENGTH_MAX
        || text.split("\\s+").length > HEADING_WORDS_MAX
        || SourceLines.isSourceLine(text)) {
      return false;
    }
    int first = text.codePointAt(0);
    char last = text.charAt(text.length() - 1);
    return (Character.isUpperCase(first) || Character.isDigit(first))
        && ".!?:;,…".indexOf(last) < 0;
  }

  /** The index of the first non-blank line from {@code from}, or -1. */
  private static int next(List<Line> lines, int from) {
    for (int i = from; i < lines.size(); i++) {
      if (lines.get(i).kind() != Kind.BLANK) {
        return i;
      }
    }
    return -1;
  }
}

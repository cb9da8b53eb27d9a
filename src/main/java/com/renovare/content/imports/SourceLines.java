package com.renovare.content.imports;

import com.renovare.content.citation.CitationAuthor;
import com.renovare.content.imports.ImportNote.Position;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The source lines old posts end with: "Information from …" and "Pictures from …" become credits
 * (and, where they name a source, citations); bare URLs become web page citations. Only the run of
 * such lines at the very end of a post is read this way; the same words inside the text stay text.
 */
final class SourceLines {

  // Every pattern here reads text of any length from the request body, so none may backtrack over
  // a run of characters more than once: quantifiers are possessive wherever the next token cannot
  // match what they consumed, which changes no match, and the one unbounded search (the title
  // before a URL) starts only where a run of white space starts.
  private static final Pattern INFORMATION =
      Pattern.compile("^(?i:information|info|text|content)\\s++(?i:from|by)\\s++(\\S.*+)$");
  private static final Pattern IMAGES =
      Pattern.compile(
          "^(?i:pictures?|images?|photos?|photographs?|illustrations?|graphics?)\\s++"
              + "(?i:from|by|courtesy\\s++of)\\s++(\\S.*+)$");
  private static final Pattern SOURCE =
      Pattern.compile("^(?i:sources?|references?)\\s*+:\\s*+(\\S.*+)$");
  private static final Pattern BARE_URL = Pattern.compile("^(https?://\\S++)$");

  /**
   * "Title: https://…" or "Title – https://…". The title is the shortest that leaves a separator
   * and the URL, so it never ends in white space: the lookbehind says so, which lets the search
   * skip every position inside a run of white space instead of scanning the run from each of them.
   */
  static final Pattern TITLED_URL =
      Pattern.compile("^(\\S.{0,300}?)(?<!\\s)(?:\\s*+:|\\s++[–—-])\\s++(https?://\\S++)$");

  private static final Pattern PERSON =
      Pattern.compile("^(\\p{Lu}[\\p{L}'’.-]*+\\s++){1,3}\\p{Lu}[\\p{L}'’-]++$");

  /** Words that tell the kind of a named source, as CSL item types, most specific first. */
  private static final List<String[]> TYPES =
      List.of(
          new String[] {"report", "white paper|report"},
          new String[] {"speech", "presentation|talk|lecture|keynote|webinar|speech|seminar"},
          new String[] {"interview", "interview"},
          new String[] {"article-journal", "journal|study|paper"},
          new String[] {"book", "book"},
          new String[] {"post-weblog", "blog"},
          new String[] {"webpage", "website|web page|webpage"});

  private static final List<Pattern> TYPE_WORDS =
      TYPES.stream().map(type -> Pattern.compile("\\b(?:" + type[1] + ")s?\\b")).toList();

  private SourceLines() {}

  /** A source named by the post: later resolved to a catalogue citation. */
  record Source(
      String type,
      String title,
      boolean titleGiven,
      String url,
      CitationAuthor author,
      Position at,
      String origin) {}

  /** A credit line and the source it names, if any. */
  record Credited(String role, String text, Source source, Position at) {}

  /** The post without its source lines, and what they said. */
  record Extracted(ParsedPost post, List<Credited> credits, List<Source> urls) {}

  static boolean isSourceLine(String text) {
    return role(text) != null || BARE_URL.matcher(text).matches();
  }

  static Extracted extract(ParsedPost post, ImportReport notes) {
    List<ParsedPost.Section> sections = new ArrayList<>(post.sections());
    List<ParsedPost.Para> trailing = new ArrayList<>();
    if (!sections.isEmpty()) {
      ParsedPost.Section last = sections.get(sections.size() - 1);
      List<ParsedPost.Piece> pieces = new ArrayList<>(last.pieces());
      while (!pieces.isEmpty()
          && pieces.get(pieces.size() - 1) instanceof ParsedPost.Para para
          && isTrailingSourceLine(para.text())) {
        trailing.add(para);
        pieces.remove(pieces.size() - 1);
      }
      Collections.reverse(trailing);
      sections.set(sections.size() - 1, new ParsedPost.Section(last.heading(), last.at(), pieces));
      if (pieces.isEmpty() && last.heading() == null) {
        sections.remove(sections.size() - 1);
      }
    }
    List<Credited> credits = new ArrayList<>();
    List<Source> urls = new ArrayList<>();
    for (ParsedPost.Para para : trailing) {
      String role = role(para.text());
      String link = para.links().isEmpty() ? null : para.links().get(0).url();
      if (role != null) {
        credits.add(credit(role, para, link, credits, notes));
      } else {
        urls.add(url(para));
      }
    }
    return new Extracted(new ParsedPost(post.title(), post.titleAt(), sections), credits, urls);
  }

  /** A web page citation for a link in the text; its title is the link's host and path. */
  static Source ofLink(ParsedPost.Link link) {
    return new Source(
        "webpage", hostAndPath(link.url()), false, link.url(), null, link.at(), link.text());
  }

  private static boolean isTrailingSourceLine(String text) {
    return isSourceLine(text) || TITLED_URL.matcher(text).matches();
  }

  private static String role(String text) {
    if (INFORMATION.matcher(text).matches()) {
      return "information";
    }
    if (IMAGES.matcher(text).matches()) {
      return "images";
    }
    if (SOURCE.matcher(text).matches()) {
      return "source";
    }
    return null;
  }

  private static Source url(ParsedPost.Para para) {
    Matcher titled = TITLED_URL.matcher(para.text());
    if (titled.matches()) {
      return new Source(
          "webpage", titled.group(1), true, titled.group(2), null, para.at(), para.text());
    }
    return new Source(
        "webpage", hostAndPath(para.text()), false, para.text(), null, para.at(), para.text());
  }

  /**
   * "Information from Kiran Krishnan – Chief Science Officer of Microbiome Labs, Vitamin K2
   * Presentation." names a person, their position, and after the last comma the source's title.
   */
  private static Credited credit(
      String role, ParsedPost.Para para, String link, List<Credited> earlier, ImportReport notes) {
    String text = para.text();
    Matcher m =
        (role.equals("information") ? INFORMATION : role.equals("images") ? IMAGES : SOURCE)
            .matcher(text);
    m.matches();
    String body = withoutTrailingDotsAndSpaces(m.group(1));
    String who = body;
    String title = null;
    int comma = body.lastIndexOf(", ");
    if (comma > 0) {
      who = body.substring(0, comma);
      title = body.substring(comma + 2);
    }
    String type = typeOf(title != null ? title : body);
    if (title == null) {
      for (Credited before : earlier) {
        Source source = before.source();
        if (source != null
            && source.author() != null
            && source.author().family() != null
            && body.contains(source.author().family())
            && (type == null || type.equals(source.type()))) {
          notes.add(
              para.at(),
              "creditCreated",
              "Read as a credit for the "
                  + role
                  + ", naming the same source as an earlier credit line: '"
                  + source.title()
                  + "'.",
              text);
          return new Credited(role, text, source, para.at());
        }
      }
      title = body;
    }
    if (type == null && link != null) {
      type = "webpage";
    }
    if (type == null) {
      notes.add(
          para.at(),
          "creditCreated",
          "Read as a credit for the "
              + role
              + ". It names no source of a kind that can be cited (a talk, interview, journal"
              + " article, book, report, blog or web page), so no citation was made for it.",
          text);
      return new Credited(role, text, null, para.at());
    }
    CitationAuthor author = author(title.equals(body) ? null : who);
    notes.add(
        para.at(),
        "creditCreated",
        "Read as a credit for the "
            + role
            + ", naming the "
            + type
            + " '"
            + title
            + "'"
            + (author == null ? "" : " by " + describe(author))
            + ".",
        text);
    return new Credited(
        role, text, new Source(type, title, true, link, author, para.at(), text), para.at());
  }

  private static String typeOf(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (int i = 0; i < TYPES.size(); i++) {
      if (TYPE_WORDS.get(i).matcher(lower).find()) {
        return TYPES.get(i)[0];
      }
    }
    return null;
  }

  /** The text without the full stops and white space it ends with. */
  static String withoutTrailingDotsAndSpaces(String text) {
    int end = text.length();
    while (end > 0 && (text.charAt(end - 1) == '.' || isRegexSpace(text.charAt(end - 1)))) {
      end--;
    }
    return text.substring(0, end);
  }

  /** "Kiran Krishnan – Chief Science Officer of Microbiome Labs" as a CSL name. */
  private static CitationAuthor author(String who) {
    if (who == null) {
      return null;
    }
    String[] parts = splitAtDash(who);
    String name = Texts.trim(parts[0]);
    if (name.isEmpty() || name.length() > 100) {
      return null;
    }
    String position = null;
    String affiliation = null;
    if (parts.length == 2) {
      String role = Texts.trim(parts[1]);
      String[] of = splitAtOfOrAt(role);
      if (of != null) {
        position = of[0];
        affiliation = of[1];
      } else {
        position = role;
      }
      if (position.length() > 200 || (affiliation != null && affiliation.length() > 200)) {
        return null;
      }
    }
    if (PERSON.matcher(name).matches()) {
      int space = name.lastIndexOf(' ');
      return new CitationAuthor(
          name.substring(0, space), name.substring(space + 1), null, affiliation, position, null);
    }
    return new CitationAuthor(null, null, name, affiliation, position, null);
  }

  /**
   * The text before and after its first dash standing between white space ("Name – Position"), the
   * white space around the dash dropped; the whole text alone when it has no such dash.
   */
  static String[] splitAtDash(String text) {
    for (int i = 1; i + 1 < text.length(); i++) {
      if (isDash(text.charAt(i))
          && isRegexSpace(text.charAt(i - 1))
          && isRegexSpace(text.charAt(i + 1))) {
        int before = i - 1;
        while (before > 0 && isRegexSpace(text.charAt(before - 1))) {
          before--;
        }
        int after = i + 1;
        while (after < text.length() && isRegexSpace(text.charAt(after))) {
          after++;
        }
        return new String[] {text.substring(0, before), text.substring(after)};
      }
    }
    return new String[] {text};
  }

  /**
   * "Chief Science Officer of Microbiome Labs" as position and affiliation: split at the first "of"
   * or "at" standing between white space, with text on both sides; null when there is none. The
   * text is trimmed, so it starts and ends with something other than white space.
   */
  static String[] splitAtOfOrAt(String text) {
    int i = 1;
    while (i < text.length()) {
      if (!isRegexSpace(text.charAt(i))) {
        i++;
        continue;
      }
      int word = i;
      while (word < text.length() && isRegexSpace(text.charAt(word))) {
        word++;
      }
      if ((text.startsWith("of", word) || text.startsWith("at", word))
          && word + 2 < text.length()
          && isRegexSpace(text.charAt(word + 2))) {
        int rest = word + 2;
        while (rest < text.length() && isRegexSpace(text.charAt(rest))) {
          rest++;
        }
        if (rest < text.length()) {
          return new String[] {text.substring(0, i), text.substring(rest)};
        }
      }
      i = word;
    }
    return null;
  }

  private static boolean isDash(char c) {
    return c == '–' || c == '—' || c == '-';
  }

  /** White space as the patterns' {@code \\s} means it: ASCII space, tab and line breaks. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }

  private static String describe(CitationAuthor author) {
    String name =
        author.literal() != null
            ? author.literal()
            : "given name '" + author.given() + "', family name '" + author.family() + "'";
    return name
        + (author.position() == null ? "" : ", position '" + author.position() + "'")
        + (author.affiliation() == null ? "" : ", affiliation '" + author.affiliation() + "'");
  }

  /**
   * www.healthline.com/health/calcification for
   * https://www.healthline.com/health/calcification#types
   */
  static String hostAndPath(String url) {
    try {
      URI uri = URI.create(url);
      String path = uri.getRawPath() == null ? "" : uri.getRawPath();
      if (path.endsWith("/")) {
        path = path.substring(0, path.length() - 1);
      }
      return uri.getHost() == null ? url : uri.getHost() + path;
    } catch (IllegalArgumentException e) {
      return url;
    }
  }
}

package com.renovare.content.imports;

import com.renovare.content.imports.ImportNote.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.ParseError;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Reads a WordPress post body. The HTML is parsed by jsoup (which repairs unclosed markup the way
 * browsers do), elements that carry code or cannot be mapped are removed and reported, and what is
 * left goes through jsoup's {@link Cleaner} with an allowlist of text elements and of the {@code
 * href}, {@code src} and {@code alt} attributes with web protocols only. Only the cleaned document
 * is read into blocks, and blocks hold plain text, so no markup of the post reaches a draft.
 */
final class HtmlReader {

  /** Elements removed with everything inside them. */
  private static final Set<String> DROPPED =
      Set.of(
          "script",
          "style",
          "noscript",
          "iframe",
          "frame",
          "frameset",
          "object",
          "embed",
          "applet",
          "form",
          "input",
          "button",
          "select",
          "textarea",
          "svg",
          "math",
          "video",
          "audio",
          "canvas",
          "template",
          "table",
          "link",
          "meta",
          "base",
          "head",
          "dialog",
          "map",
          "picture",
          "source",
          "track");

  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "ul",
          "ol",
          "figure",
          "img",
          "blockquote",
          "pre",
          "hr",
          "div",
          "section",
          "article",
          "header",
          "footer",
          "main",
          "aside",
          "nav",
          "dl");

  /** Elements whose text can stand as a title when the post has none. */
  private static final Set<String> TEXT_BLOCKS =
      Set.of("h2", "h3", "h4", "h5", "h6", "p", "li", "figcaption", "blockquote", "pre");

  /** Stamped on elements before cleaning so report entries can name a line after it. */
  private static final String AT = "data-import-at";

  private static final Safelist ALLOWED =
      Safelist.none()
          .addTags(
              "p",
              "h1",
              "h2",
              "h3",
              "h4",
              "h5",
              "h6",
              "ul",
              "ol",
              "li",
              "a",
              "img",
              "figure",
              "figcaption",
              "blockquote",
              "pre",
              "code",
              "em",
              "strong",
              "b",
              "i",
              "u",
              "s",
              "sub",
              "sup",
              "small",
              "mark",
              "span",
              "br",
              "hr",
              "div",
              "section",
              "article",
              "header",
              "footer",
              "main",
              "aside",
              "nav",
              "dl",
              "dt",
              "dd",
              "abbr",
              "cite",
              "q",
              "time")
          .addAttributes("a", "href")
          .addAttributes("img", "src", "alt")
          .addAttributes(":all", AT)
          .addProtocols("a", "href", "http", "https")
          .addProtocols("img", "src", "https");

  private static final int MAX_PARSE_NOTES = 20;

  /** How deep the reader follows nested elements before taking the rest as text. */
  private static final int MAX_DEPTH = 64;

  private final ImportReport notes;
  private final PostBuilder post;
  private final Lines lines;
  private final StringBuilder loose = new StringBuilder();
  private final List<ParsedPost.Link> looseLinks = new ArrayList<>();
  private Position looseAt;
  private Element titleElement;

  private HtmlReader(String source, ImportReport notes) {
    this.notes = notes;
    this.post = new PostBuilder(notes);
    this.lines = new Lines(source);
  }

  static ParsedPost read(String source, ImportReport notes) {
    return new HtmlReader(source, notes).read(source);
  }

  private ParsedPost read(String source) {
    // The tree depth is capped so that the reader's recursion over it stays bounded.
    Parser parser =
        Parser.htmlParser().setTrackPosition(true).setTrackErrors(MAX_PARSE_NOTES).setMaxDepth(256);
    Document raw = Jsoup.parse(source, "", parser);
    for (ParseError error : parser.getErrors()) {
      notes.add(
          lines.at(error.getPosition()),
          "markupRepaired",
          "The HTML was not well-formed here and was read as a browser would: "
              + error.getErrorMessage(),
          null);
    }
    String documentTitle = raw.title();
    dropUnsafe(raw.body());
    for (Element element : raw.getAllElements()) {
      Range.Position start = element.sourceRange().start();
      if (start.isTracked()) {
        element.attr(AT, start.lineNumber() + ":" + start.columnNumber());
      }
    }
    Document clean = new Cleaner(ALLOWED).clean(raw);
    title(clean, documentTitle);
    blocks(clean.body());
    flushLoose();
    return post.build();
  }

  /** Removes what never reaches a draft, one report entry for each, before the allowlist runs. */
  private void dropUnsafe(Element body) {
    for (Element element : new ArrayList<>(body.getAllElements())) {
      if (element.parent() == null && element != body) {
        continue; // inside something already removed
      }
      String tag = element.normalName();
      if (DROPPED.contains(tag)) {
        notes.add(
            at(element),
            "elementDropped",
            tag.equals("table")
                ? "A table was dropped: articles have no table blocks. Rewrite it as a list or"
                    + " paragraphs."
                : "A <" + tag + "> element was dropped with everything inside it.",
            tag.equals("table") ? element.text() : element.outerHtml());
        element.remove();
        continue;
      }
      for (Attribute attribute : new ArrayList<>(element.attributes().asList())) {
        String name = attribute.getKey().toLowerCase(Locale.ROOT);
        if (name.startsWith("on")) {
          notes.add(
              at(element),
              "attributeDropped",
              "An event-handler attribute '" + name + "' was dropped.",
              attribute.html());
          element.removeAttr(attribute.getKey());
        } else if ((name.equals("href") || name.equals("src") || name.equals("action"))
            && Urls.isScript(attribute.getValue())) {
          notes.add(
              at(element),
              "unsafeUrlDropped",
              "A script URL in '" + name + "' was dropped; the element's text was kept.",
              attribute.html());
          element.removeAttr(attribute.getKey());
        } else if (name.equals("href") && !attribute.getValue().isBlank()) {
          String lower = attribute.getValue().trim().toLowerCase(Locale.ROOT);
          if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            notes.add(
                at(element),
                "linkDropped",
                "Only web (http or https) links become citations; the link was dropped and its"
                    + " text kept.",
                attribute.getValue());
          }
        }
      }
    }
  }

  /** The first h1; else the document's title element; else the first text, as a guess. */
  private void title(Document clean, String documentTitle) {
    Element h1 = clean.body().selectFirst("h1");
    if (h1 != null && !Texts.isBlank(h1.text())) {
      titleElement = h1;
      post.title(h1.text(), at(h1));
      return;
    }
    if (!Texts.isBlank(documentTitle)) {
      post.title(Texts.collapse(documentTitle), null);
      return;
    }
    Node first = firstText(clean.body());
    if (first instanceof Element element) {
      titleElement = element;
      notes.add(
          at(element),
          "titleGuessed",
          "The post has no h1 or title element; its first text became the title.",
          element.text());
      post.title(element.text(), at(element));
    } else if (first instanceof TextNode text) {
      // Classic WordPress bodies are text without paragraph elements: take the first line.
      String whole = text.getWholeText();
      String line = Texts.trim(whole);
      int newline = line.indexOf('\n');
      if (newline > 0) {
        line = Texts.trim(line.substring(0, newline));
      }
      Position at = at(text.parent() != null ? text.parent() : clean.body());
      notes.add(
          at,
          "titleGuessed",
          "The post has no h1 or title element; its first line became the title.",
          line);
      post.title(line, at);
      text.text(whole.substring(whole.indexOf(line) + line.length()));
    }
  }

  /** The first text of the post: a text block element, or loose text. */
  private static Node firstText(Element parent) {
    return firstText(parent, 0);
  }

  private static Node firstText(Element parent, int depth) {
    if (depth > MAX_DEPTH) {
      return Texts.isBlank(parent.text()) ? null : parent;
    }
    for (Node node : parent.childNodes()) {
      if (node instanceof TextNode text && !Texts.isBlank(text.getWholeText())) {
        return text;
      }
      if (node instanceof Element element && !Texts.isBlank(element.text())) {
        if (TEXT_BLOCKS.contains(element.normalName())) {
          return element;
        }
        Node inner = firstText(element, depth + 1);
        if (inner != null) {
          return inner;
        }
      }
    }
    return null;
  }

  private void blocks(Element parent) {
    blocks(parent, 0);
  }

  private void blocks(Element parent, int depth) {
    if (parent == titleElement) {
      return;
    }
    if (depth > MAX_DEPTH) {
      // Hundreds of nested wrappers are no post structure; reading them as one text keeps the
      // reader's recursion bounded.
      notes.add(
          at(parent),
          "elementDropped",
          "Elements nested more than "
              + MAX_DEPTH
              + " deep were read as one paragraph of their text.",
          parent.text());
      post.paragraph(parent.text(), List.of(), at(parent));
      return;
    }
    for (Node node : parent.childNodes()) {
      if (node instanceof TextNode text) {
        addLoose(text.getWholeText(), position(parent));
      } else if (node instanceof Element element) {
        if (element == titleElement) {
          continue;
        }
        String tag = element.normalName();
        if (!BLOCKS.contains(tag) && !hasBlocks(element)) {
          inline(element);
          continue;
        }
        flushLoose();
        switch (tag) {
          case "p" -> paragraph(element);
          case "h1", "h2", "h3", "h4", "h5", "h6" -> post.heading(element.text(), at(element));
          case "ul", "ol" -> list(element);
          case "figure" -> figure(element);
          case "img" -> image(element, null);
          case "blockquote" -> {
            notes.add(
                at(element),
                "quoteAsParagraph",
                "A block quote became ordinary paragraphs; make it a callout if it should stand"
                    + " apart.",
                element.text());
            blocks(element, depth + 1);
          }
          case "pre" -> {
            notes.add(
                at(element),
                "codeAsParagraph",
                "Preformatted text became a paragraph of its text.",
                element.wholeText());
            post.paragraph(Texts.collapse(element.wholeText()), List.of(), at(element));
          }
          case "hr" ->
              notes.add(at(element), "elementDropped", "A horizontal rule was dropped.", "<hr>");
          default -> blocks(element, depth + 1);
        }
      }
    }
  }

  private void paragraph(Element p) {
    looseAt = at(p);
    for (Node node : p.childNodes()) {
      if (node instanceof TextNode text) {
        loose.append(text.getWholeText());
      } else if (node instanceof Element element) {
        if (element.normalName().equals("img")) {
          flushLoose();
          image(element, null);
          looseAt = at(p);
        } else if (BLOCKS.contains(element.normalName())) {
          flushLoose();
          blocks(wrap(element));
          looseAt = at(p);
        } else {
          inline(element);
        }
      }
    }
    flushLoose();
  }

  private static Element wrap(Element element) {
    Element holder = new Element("div");
    holder.appendChild(element.clone());
    return holder;
  }

  private void inline(Element element) {
    if (looseAt == null) {
      looseAt = at(element);
    }
    String tag = element.normalName();
    if (tag.equals("br")) {
      loose.append(' ');
      return;
    }
    if (tag.equals("img")) {
      flushLoose();
      image(element, null);
      return;
    }
    int start = loose.length();
    for (Node node : element.childNodes()) {
      if (node instanceof TextNode text) {
        loose.append(text.getWholeText());
      } else if (node instanceof Element child) {
        inline(child);
      }
    }
    if (tag.equals("a") && element.hasAttr("href")) {
      String label = Texts.trim(Texts.collapse(loose.substring(start)));
      looseLinks.add(new ParsedPost.Link(element.attr("href"), label, at(element)));
    }
  }

  private void addLoose(String text, Position at) {
    if (looseAt == null && !Texts.isBlank(text)) {
      looseAt = at;
    }
    loose.append(text);
  }

  /**
   * Text outside any paragraph element, as WordPress stores posts written without blocks: blank
   * lines separate paragraphs.
   */
  private void flushLoose() {
    String text = loose.toString();
    if (!Texts.isBlank(text)) {
      String[] parts = text.split("\\n[ \\t]*+\\n");
      for (String part : parts) {
        String collapsed = Texts.collapse(part);
        List<ParsedPost.Link> links =
            looseLinks.stream().filter(l -> collapsed.contains(l.text())).toList();
        post.paragraph(collapsed, links, looseAt);
      }
    }
    loose.setLength(0);
    looseLinks.clear();
    looseAt = null;
  }

  private void list(Element list) {
    List<ParsedPost.Para> items = new ArrayList<>();
    items(list, items);
    if (!items.isEmpty()) {
      post.add(new ParsedPost.Items(list.normalName().equals("ol"), items, at(list)));
    }
  }

  /** The list's items, a list inside an item flattened into the items after it. */
  private void items(Element list, List<ParsedPost.Para> items) {
    for (Element li : list.children()) {
      if (!li.normalName().equals("li")) {
        continue;
      }
      StringBuilder text = new StringBuilder();
      List<ParsedPost.Link> links = new ArrayList<>();
      List<Element> nested = new ArrayList<>();
      for (Node node : li.childNodes()) {
        if (node instanceof TextNode t) {
          text.append(t.getWholeText());
        } else if (node instanceof Element child) {
          String tag = child.normalName();
          if (tag.equals("ul") || tag.equals("ol")) {
            nested.add(child);
          } else if (tag.equals("img")) {
            notes.add(
                at(child),
                "imageDropped",
                "An image inside a list item was dropped: list items hold text only.",
                child.attr("src"));
          } else {
            text.append(' ').append(child.text()).append(' ');
            for (Element a : child.select("a[href]")) {
              links.add(new ParsedPost.Link(a.attr("href"), a.text(), at(a)));
            }
          }
        }
      }
      String value = Texts.trim(Texts.collapse(text.toString()));
      if (!value.isEmpty()) {
        items.add(new ParsedPost.Para(value, List.copyOf(links), at(li)));
      }
      for (Element inner : nested) {
        notes.add(
            at(inner),
            "listFlattened",
            "A list inside a list item was flattened into the outer list.",
            inner.text());
        items(inner, items);
      }
    }
  }

  private void figure(Element figure) {
    Element caption = figure.selectFirst("figcaption");
    List<Element> images = figure.select("img");
    if (images.isEmpty()) {
      if (caption != null) {
        post.paragraph(Texts.collapse(caption.text()), List.of(), at(caption));
      }
      return;
    }
    for (Element img : images) {
      image(img, caption == null ? null : caption.text());
    }
  }

  private void image(Element img, String caption) {
    ParsedPost.Picture picture =
        Pictures.accept(img.attr("src"), img.attr("alt"), caption, at(img), notes);
    if (picture != null) {
      post.add(picture);
    }
  }

  private static boolean hasBlocks(Element element) {
    for (Element child : element.children()) {
      if (BLOCKS.contains(child.normalName())) {
        return true;
      }
    }
    return false;
  }

  private Position position(Element parent) {
    return at(parent);
  }

  private static Position at(Element element) {
    String stamp = element.attr(AT);
    int colon = stamp.indexOf(':');
    if (colon > 0) {
      try {
        return new Position(
            Integer.parseInt(stamp.substring(0, colon)),
            Integer.parseInt(stamp.substring(colon + 1)));
      } catch (NumberFormatException e) {
        return null;
      }
    }
    Range.Position start = element.sourceRange().start();
    return start.isTracked() ? new Position(start.lineNumber(), start.columnNumber()) : null;
  }

  /** Line and column of a character offset in the source. */
  private static final class Lines {
    private final String source;

    Lines(String source) {
      this.source = source;
    }

    Position at(int offset) {
      int line = 1;
      int lineStart = 0;
      int end = Math.min(Math.max(offset, 0), source.length());
      for (int i = 0; i < end; i++) {
        if (source.charAt(i) == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      return new Position(line, end - lineStart + 1);
    }
  }
}

package com.renovare.content.imports;

import com.renovare.content.imports.ImportNote.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads a Markdown post with commonmark-java. The first level-1 heading is the title (or the first
 * heading, when the post opens with one); other headings start sections. Emphasis, strong and code
 * spans are kept as their plain text: blocks hold text, not markup. Web links become citations of
 * their paragraph. Raw HTML, tables and rules are dropped and reported.
 */
final class MarkdownReader {

  private static final Parser PARSER =
      Parser.builder()
          .extensions(List.of(TablesExtension.create()))
          .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
          // Bounds the nesting of quotes, lists and emphasis, and so the readers' recursion.
          .maxOpenBlockParsers(64)
          .maxInlineNesting(64)
          .build();

  /** Raw HTML whose content must go with it, not only its tags. */
  private static final Pattern OPENS_UNSAFE =
      Pattern.compile(
          "^<(script|style|iframe|object|embed|noscript|template|svg|math|textarea|select)\\b",
          Pattern.CASE_INSENSITIVE);

  private final ImportReport notes;
  private final PostBuilder post;

  private MarkdownReader(ImportReport notes) {
    this.notes = notes;
    this.post = new PostBuilder(notes);
  }

  static ParsedPost read(String source, ImportReport notes) {
    MarkdownReader reader = new MarkdownReader(notes);
    Node document = PARSER.parse(source);
    Node title = reader.titleNode(document);
    for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
      if (node != title) {
        reader.block(node);
      }
    }
    return reader.post.build();
  }

  /** The first H1; else a heading that opens the post; else the first paragraph, as a guess. */
  private Node titleNode(Node document) {
    for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof Heading heading && heading.getLevel() == 1 && !plain(node).isBlank()) {
        post.title(plain(node), at(node));
        return node;
      }
    }
    for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
      String text = node instanceof Heading || node instanceof Paragraph ? plain(node) : "";
      if (!Texts.isBlank(text)) {
        if (node instanceof Paragraph) {
          notes.add(
              at(node),
              "titleGuessed",
              "The post has no heading to take the title from; its first paragraph became the"
                  + " title.",
              text);
        }
        post.title(text, at(node));
        return node;
      }
    }
    return null;
  }

  private void block(Node node) {
    if (node instanceof Heading) {
      post.heading(plain(node), at(node));
    } else if (node instanceof Paragraph) {
      paragraph(node);
    } else if (node instanceof ListBlock list) {
      list(list);
    } else if (node instanceof BlockQuote) {
      notes.add(
          at(node),
          "quoteAsParagraph",
          "A block quote became ordinary paragraphs; make it a callout if it should stand apart.",
          plain(node));
      for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
        block(child);
      }
    } else if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock) {
      String code =
          node instanceof FencedCodeBlock fenced
              ? fenced.getLiteral()
              : ((IndentedCodeBlock) node).getLiteral();
      notes.add(at(node), "codeAsParagraph", "A code block became a paragraph of its text.", code);
      post.paragraph(code, List.of(), at(node));
    } else if (node instanceof HtmlBlock html) {
      notes.add(
          at(node),
          "elementDropped",
          "Raw HTML in Markdown is not imported; send the post as text/html to import HTML.",
          html.getLiteral());
    } else if (node instanceof TableBlock) {
      notes.add(
          at(node),
          "elementDropped",
          "A table was dropped: articles have no table blocks. Rewrite it as a list or paragraphs.",
          plain(node));
    } else if (node instanceof ThematicBreak) {
      notes.add(at(node), "elementDropped", "A horizontal rule was dropped.", "---");
    } else {
      notes.add(
          at(node),
          "elementDropped",
          "A " + node.getClass().getSimpleName() + " block was dropped.",
          plain(node));
    }
  }

  private void paragraph(Node node) {
    Inline inline = new Inline(at(node));
    inline.children(node);
    inline.flush();
  }

  private void list(ListBlock list) {
    List<ParsedPost.Para> items = new ArrayList<>();
    collect(list, items, false);
    if (!items.isEmpty()) {
      post.add(new ParsedPost.Items(list instanceof OrderedList, items, at(list)));
    }
  }

  private void collect(ListBlock list, List<ParsedPost.Para> items, boolean nested) {
    if (nested) {
      notes.add(
          at(list),
          "listFlattened",
          "A list inside a list item was flattened into the outer list.",
          plain(list));
    }
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      if (!(item instanceof ListItem)) {
        continue;
      }
      StringBuilder text = new StringBuilder();
      List<ParsedPost.Link> links = new ArrayList<>();
      List<ListBlock> inner = new ArrayList<>();
      for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
        if (child instanceof ListBlock sub) {
          inner.add(sub);
        } else {
          Inline inline = new Inline(at(child));
          inline.inItem = true;
          inline.children(child);
          if (text.length() > 0 && inline.text.length() > 0) {
            text.append(' ');
          }
          text.append(inline.text);
          links.addAll(inline.links);
        }
      }
      String value = Texts.trim(text.toString());
      if (!value.isEmpty()) {
        items.add(new ParsedPost.Para(value, List.copyOf(links), at(item)));
      }
      for (ListBlock sub : inner) {
        collect(sub, items, true);
      }
    }
  }

  /** Text of a run of inline nodes; images split the paragraph they stand in. */
  private final class Inline {
    private final StringBuilder text = new StringBuilder();
    private final List<ParsedPost.Link> links = new ArrayList<>();
    private Position at;
    private boolean inItem;
    private String skippingUntil;
    private boolean afterDrop;

    Inline(Position at) {
      this.at = at;
    }

    void children(Node parent) {
      for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
        inline(node);
      }
    }

    private void inline(Node node) {
      if (skippingUntil != null) {
        if (node instanceof HtmlInline html
            && html.getLiteral().toLowerCase(Locale.ROOT).startsWith("</" + skippingUntil)) {
          skippingUntil = null;
        }
        return;
      }
      if (node instanceof Text t) {
        String literal = t.getLiteral();
        // "before <tag> after" must not keep both spaces once the tag is gone.
        boolean doubled = afterDrop && text.length() > 0 && text.charAt(text.length() - 1) == ' ';
        text.append(doubled && literal.startsWith(" ") ? literal.substring(1) : literal);
        afterDrop = false;
      } else if (node instanceof Code code) {
        text.append(code.getLiteral());
      } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
        text.append(' ');
      } else if (node instanceof HtmlInline html) {
        Matcher unsafe = OPENS_UNSAFE.matcher(html.getLiteral());
        boolean withContent = unsafe.find();
        if (withContent) {
          skippingUntil = unsafe.group(1).toLowerCase(Locale.ROOT);
        }
        afterDrop = true;
        notes.add(
            at(node),
            "elementDropped",
            withContent
                ? "Raw HTML was dropped with everything up to its closing tag."
                : "A raw HTML tag was dropped; the text around it was kept.",
            html.getLiteral());
      } else if (node instanceof Link link) {
        int start = text.length();
        children(link);
        String label = Texts.trim(text.substring(start));
        link(link.getDestination(), label, at(node));
      } else if (node instanceof Image image) {
        if (inItem) {
          notes.add(
              at(node),
              "imageDropped",
              "An image inside a list item was dropped: list items hold text only.",
              image.getDestination());
          return;
        }
        flush();
        ParsedPost.Picture picture =
            Pictures.accept(image.getDestination(), plain(image), null, at(node), notes);
        if (picture != null) {
          post.add(picture);
        }
        at = at(node);
      } else {
        // Emphasis, strong emphasis and anything newer: keep the text, drop the formatting.
        children(node);
      }
    }

    private void link(String destination, String label, Position where) {
      String url = destination == null ? "" : destination.trim();
      String lower = url.toLowerCase(Locale.ROOT);
      if (lower.startsWith("http://") || lower.startsWith("https://")) {
        links.add(new ParsedPost.Link(url, label, where));
      } else if (Urls.isScript(url)) {
        notes.add(
            where,
            "unsafeUrlDropped",
            "A link to a script URL was dropped; its text was kept.",
            label);
      } else {
        notes.add(
            where,
            "linkDropped",
            "Only web (http or https) links become citations; the link was dropped and its text"
                + " kept.",
            url);
      }
    }

    void flush() {
      post.paragraph(text.toString(), links, at);
      text.setLength(0);
      links.clear();
    }
  }

  /** The text of a node and its descendants, formatting dropped. */
  private static String plain(Node node) {
    StringBuilder out = new StringBuilder();
    plain(node, out);
    return Texts.trim(out.toString());
  }

  private static void plain(Node node, StringBuilder out) {
    if (node instanceof Text t) {
      out.append(t.getLiteral());
    } else if (node instanceof Code code) {
      out.append(code.getLiteral());
    } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
      out.append(' ');
    } else if (node instanceof FencedCodeBlock fenced) {
      out.append(fenced.getLiteral());
    } else if (node instanceof HtmlBlock html) {
      out.append(html.getLiteral());
    } else {
      for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
        if (out.length() > 0 && child instanceof org.commonmark.node.Block) {
          out.append(' ');
        }
        plain(child, out);
      }
    }
  }

  private static Position at(Node node) {
    List<SourceSpan> spans = node.getSourceSpans();
    if (spans == null || spans.isEmpty()) {
      return null;
    }
    return new Position(spans.get(0).getLineIndex() + 1, spans.get(0).getColumnIndex() + 1);
  }
}

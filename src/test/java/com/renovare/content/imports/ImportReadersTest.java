package com.renovare.content.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The readers' rules, without the service around them. */
class ImportReadersTest {

  @Test
  void hardWrappedLinesOfPlainTextAreOneParagraph() {
    Parsed post = PlainTextReader.read("Title\n\nOne sentence\nwrapped here.\n\nTwo.", new Notes());

    assertEquals(List.of("One sentence wrapped here.", "Two."), texts(post.sections().get(0)));
  }

  @Test
  void bulletsSeparatedByBlankLinesStayOneList() {
    Parsed post = PlainTextReader.read("Title\n\n  • one\n\n  • two\n\n  • three\n", new Notes());

    Parsed.Items list = (Parsed.Items) post.sections().get(0).pieces().get(0);
    assertFalse(list.ordered());
    assertEquals(3, list.items().size());
  }

  @Test
  void aNumberedListOfSeveralLinesStaysAListWhenParagraphsFollow() {
    Parsed post = PlainTextReader.read("Title\n\n  1. one\n  2. two\n\nAfter.", new Notes());

    assertTrue(post.sections().get(0).pieces().get(0) instanceof Parsed.Items);
    assertEquals(1, post.sections().size());
  }

  @Test
  void creditWordsInsideThePostStayText() {
    Parsed post =
        PlainTextReader.read(
            "Title\n\nInformation from the label matters.\n\nThe end.", new Notes());
    Attributions.Extracted extracted = Attributions.extract(post, new Notes());

    assertEquals(0, extracted.credits().size());
    assertEquals(
        List.of("Information from the label matters.", "The end."),
        texts(extracted.post().sections().get(0)));
  }

  @Test
  void aClassicWordPressBodyWithoutParagraphElementsSplitsAtBlankLines() {
    Notes notes = new Notes();
    Parsed post =
        HtmlReader.read(
            "Zinc and taste\n\nOne line\nstill one.\n\nTwo with <a href=\"https://x.example/a\">a"
                + " link</a>.\n\n<h2>Next</h2>\nText.",
            notes);

    assertEquals("Zinc and taste", post.title());
    assertEquals(List.of("One line still one.", "Two with a link."), texts(post.sections().get(0)));
    Parsed.Para withLink = (Parsed.Para) post.sections().get(0).pieces().get(1);
    assertEquals("https://x.example/a", withLink.links().get(0).url());
    assertEquals("Next", post.sections().get(1).heading());
    assertEquals(List.of("Text."), texts(post.sections().get(1)));
  }

  @Test
  void noScriptVectorReachesTheTextOfAnHtmlImport() {
    List<String> vectors =
        List.of(
            "<SCRIPT>alert(1)</SCRIPT>",
            "<img src=x onerror=alert(1)>",
            "<img src=\"javascript:alert(1)\" alt=\"a\">",
            "<a href=\"java&#x09;script:alert(1)\">tab</a>",
            "<a href=\" JAVASCRIPT:alert(1)\">upper</a>",
            "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">data</a>",
            "<svg onload=alert(1)><circle/></svg>",
            "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
            "<math><mtext><script>alert(1)</script></mtext></math>",
            "<p style=\"background:url(javascript:alert(1))\">styled</p>",
            "<object data=\"javascript:alert(1)\"></object><embed src=\"javascript:alert(1)\">",
            "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
            "<form action=\"javascript:alert(1)\"><button>go</button></form>",
            "<div onmouseover=\"alert(1)\">hover</div>",
            "<style>@import 'javascript:alert(1)';</style>",
            "<a href=\"https://ok.example/\" onclick=\"alert(1)\">fine</a>");
    for (String vector : vectors) {
      Notes notes = new Notes();
      Parsed post = HtmlReader.read("<h1>T</h1><p>before</p>" + vector + "<p>after</p>", notes);
      String all = render(post).toLowerCase(Locale.ROOT);
      for (String bad : List.of("alert", "javascript", "onerror", "onload", "<", "data:")) {
        assertFalse(all.contains(bad), vector + " left '" + bad + "' in: " + all);
      }
      assertTrue(all.contains("before") && all.contains("after"), vector + ": " + all);
      assertTrue(notes.size() > 0 || vector.contains("style="), vector + " was not reported");
    }
  }

  @Test
  void markdownKeepsEmphasisAsPlainTextAndDropsInlineScripts() {
    Notes notes = new Notes();
    Parsed post =
        MarkdownReader.read(
            "# T\n\nSome *very* **strong** `code` and <script>alert(1)</script> after.\n", notes);

    assertEquals(List.of("Some very strong code and after."), texts(post.sections().get(0)));
    assertEquals(1, notes.size());
  }

  @Test
  void deeplyNestedMarkupIsReadWithoutRunningOutOfStack() {
    String html =
        "<h1>Deep</h1>" + "<div><span>".repeat(20_000) + "core" + "</span></div>".repeat(20_000);
    Parsed post = HtmlReader.read(html, new Notes());
    assertTrue(render(post).contains("core"));

    String markdown = "# Deep\n\n" + ">".repeat(20_000) + " core\n\n" + "*".repeat(20_000) + "x";
    assertTrue(render(MarkdownReader.read(markdown, new Notes())).contains("core"));

    StringBuilder lists = new StringBuilder("# Deep\n\n");
    for (int i = 0; i < 2_000; i++) {
      lists.append("  ".repeat(i)).append("- item ").append(i).append('\n');
    }
    assertTrue(render(MarkdownReader.read(lists.toString(), new Notes())).contains("item 0"));
  }

  private static List<String> texts(Parsed.Section section) {
    List<String> texts = new ArrayList<>();
    for (Parsed.Piece piece : section.pieces()) {
      if (piece instanceof Parsed.Para para) {
        texts.add(para.text());
      }
    }
    return texts;
  }

  /** Everything of the post that could reach a draft. */
  private static String render(Parsed post) {
    StringBuilder out = new StringBuilder(post.title()).append('\n');
    for (Parsed.Section section : post.sections()) {
      out.append(section.heading()).append('\n');
      for (Parsed.Piece piece : section.pieces()) {
        if (piece instanceof Parsed.Para para) {
          out.append(para.text()).append(para.links()).append('\n');
        } else if (piece instanceof Parsed.Items items) {
          items.items().forEach(i -> out.append(i.text()).append(i.links()).append('\n'));
        } else if (piece instanceof Parsed.Picture picture) {
          out.append(picture).append('\n');
        }
      }
    }
    return out.toString();
  }
}

package com.renovare.content.imports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The readers' rules, without the service around them. */
class ImportReadersTest {

  @Test
  void hardWrappedLinesOfPlainTextAreOneParagraph() {
    ParsedPost post =
        PlainTextReader.read("Title\n\nOne sentence\nwrapped here.\n\nTwo.", new ImportReport());

    assertEquals(List.of("One sentence wrapped here.", "Two."), texts(post.sections().get(0)));
  }

  @Test
  void bulletsSeparatedByBlankLinesStayOneList() {
    ParsedPost post =
        PlainTextReader.read("Title\n\n  • one\n\n  • two\n\n  • three\n", new ImportReport());

    ParsedPost.Items list = (ParsedPost.Items) post.sections().get(0).pieces().get(0);
    assertFalse(list.ordered());
    assertEquals(3, list.items().size());
  }

  @Test
  void aNumberedListOfSeveralLinesStaysAListWhenParagraphsFollow() {
    ParsedPost post =
        PlainTextReader.read("Title\n\n  1. one\n  2. two\n\nAfter.", new ImportReport());

    assertTrue(post.sections().get(0).pieces().get(0) instanceof ParsedPost.Items);
    assertEquals(1, post.sections().size());
  }

  @Test
  void creditWordsInsideThePostStayText() {
    ParsedPost post =
        PlainTextReader.read(
            "Title\n\nInformation from the label matters.\n\nThe end.", new ImportReport());
    SourceLines.Extracted extracted = SourceLines.extract(post, new ImportReport());

    assertEquals(0, extracted.credits().size());
    assertEquals(
        List.of("Information from the label matters.", "The end."),
        texts(extracted.post().sections().get(0)));
  }

  @Test
  void aClassicWordPressBodyWithoutParagraphElementsSplitsAtBlankLines() {
    ImportReport notes = new ImportReport();
    ParsedPost post =
        HtmlReader.read(
            "Zinc and taste\n\nOne line\nstill one.\n\nTwo with <a href=\"https://x.example/a\">a"
                + " link</a>.\n\n<h2>Next</h2>\nText.",
            notes);

    assertEquals("Zinc and taste", post.title());
    assertEquals(List.of("One line still one.", "Two with a link."), texts(post.sections().get(0)));
    ParsedPost.Para withLink = (ParsedPost.Para) post.sections().get(0).pieces().get(1);
    assertEquals("https://x.example/a", withLink.links().get(0).url());
    assertEquals("Next", post.sections().get(1).heading());
    assertEquals(List.of("Text."), texts(post.sections().get(1)));
  }

  @Test
  @Tag("owasp-api10")
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
      ImportReport notes = new ImportReport();
      ParsedPost post = HtmlReader.read("<h1>T</h1><p>before</p>" + vector + "<p>after</p>", notes);
      String all = render(post).toLowerCase(Locale.ROOT);
      for (String bad : List.of("alert", "javascript", "onerror", "onload", "<", "data:")) {
        assertFalse(all.contains(bad), vector + " left '" + bad + "' in: " + all);
      }
      assertTrue(all.contains("before") && all.contains("after"), vector + ": " + all);
      assertTrue(notes.size() > 0 || vector.contains("style="), vector + " was not reported");
    }
  }

  @Test
  @Tag("owasp-api10")
  void markdownKeepsEmphasisAsPlainTextAndDropsInlineScripts() {
    ImportReport notes = new ImportReport();
    ParsedPost post =
        MarkdownReader.read(
            "# T\n\nSome *very* **strong** `code` and <script>alert(1)</script> after.\n", notes);

    assertEquals(List.of("Some very strong code and after."), texts(post.sections().get(0)));
    assertEquals(1, notes.size());
  }

  @Test
  void deeplyNestedMarkupIsReadWithoutRunningOutOfStack() {
    String html =
        "<h1>Deep</h1>" + "<div><span>".repeat(20_000) + "core" + "</span></div>".repeat(20_000);
    ParsedPost post = HtmlReader.read(html, new ImportReport());
    assertTrue(render(post).contains("core"));

    String markdown = "# Deep\n\n" + ">".repeat(20_000) + " core\n\n" + "*".repeat(20_000) + "x";
    assertTrue(render(MarkdownReader.read(markdown, new ImportReport())).contains("core"));

    StringBuilder lists = new StringBuilder("# Deep\n\n");
    for (int i = 0; i < 2_000; i++) {
      lists.append("  ".repeat(i)).append("- item ").append(i).append('\n');
    }
    assertTrue(
        render(MarkdownReader.read(lists.toString(), new ImportReport())).contains("item 0"));
  }

  /**
   * A body of the largest size the endpoint takes, made of one shape of run repeated: in a
   * paragraph, and in the three parts of a closing credit line (the name, the position and the
   * source's title). Each reader with the source-line rules reads it in well under a second; the
   * bound is generous for a loaded machine, while patterns that rescan a run from each of its
   * characters took hours on such a body (seconds already at 10,000 characters).
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        " ",
        ".",
        ". ",
        " .",
        "..  ",
        ",;:!? -.",
        "\n",
        " \n",
        ". \n",
        "\r\n",
        "\t",
        "\u00A0",
        " - ",
        " of ",
        ": https://a "
      })
  void aMegabyteOfLongRunsIsReadInSecondsWhateverTheirShape(String shape) {
    String body = postWithLongRuns("Title", shape, 500_000, 166_667);
    assertTrue(body.length() >= 1_000_000);

    assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () -> {
          for (String format : List.of("text/plain", "text/markdown", "text/html")) {
            ImportReport notes = new ImportReport();
            ParsedPost post = ImportFormat.of(format).read(body, notes);
            assertNotNull(post, format);
            assertNotNull(SourceLines.extract(post, notes), format);
          }
        });
  }

  /**
   * A plain-text line that starts like a list item, with a long run of non-breaking spaces after
   * the marker and a line separator (which is not a line break of the format) inside its text, is
   * read in well under a second; the list patterns rescanned the text for each of the spaces.
   */
  @Test
  void aListMarkerFollowedByLongRunsIsReadInSeconds() {
    String run = "\u00A0".repeat(125_000) + "x".repeat(125_000) + "\u2028y";
    String body = "Title\n\n1." + run + "\n\n• " + run + "\n\n2)" + run + "\n\n-" + run;
    assertTrue(body.length() >= 1_000_000);

    ParsedPost post =
        assertTimeoutPreemptively(
            Duration.ofSeconds(20), () -> PlainTextReader.read(body, new ImportReport()));

    assertEquals("Title", post.title());
  }

  /**
   * The credit line's splits are written as scans; on any text they split where the patterns they
   * replaced split (credit lines are single lines, and the role is trimmed before its split).
   */
  @Test
  void theScansSplitCreditLinesWhereThePatternsDid() {
    Pattern dash = Pattern.compile("\\s+[–—-]\\s+");
    Pattern ofOrAt = Pattern.compile("^(.+?)\\s+(?:of|at)\\s+(.+)$");
    String[] pieces = {" ", "  ", "\t", ".", "-", "–", "—", "of", "at", "x", "Ab", ",", "\u00A0"};
    Random random = new Random(14);
    for (int n = 0; n < 200_000; n++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(9); i >= 0; i--) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      String s = text.toString();
      assertEquals(s.replaceAll("[.\\s]+$", ""), SourceLines.withoutTrailingDotsAndSpaces(s), s);
      assertArrayEquals(dash.split(s, 2), SourceLines.splitAtDash(s), s);
      String role = Texts.trim(s);
      Matcher m = ofOrAt.matcher(role);
      String[] split = SourceLines.splitAtOfOrAt(role);
      if (m.matches()) {
        assertArrayEquals(new String[] {m.group(1), m.group(2)}, split, role);
      } else {
        assertEquals(null, split, role);
      }
    }
  }

  /** The rewritten pattern for "Title: https://…" lines matches and captures as the old one did. */
  @Test
  void theLinearTitledUrlPatternReadsLinesAsTheOldOneDid() {
    Pattern old = Pattern.compile("^(\\S.{0,300}?)\\s*(?::|\\s[–—-])\\s+(https?://\\S+)$");
    String[] pieces = {
      " ", "  ", "\t", "\n", ":", "-", "—", "x", "Ab", "https://", "http://a", "."
    };
    Random random = new Random(6);
    for (int n = 0; n < 200_000; n++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(10); i >= 0; i--) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      String s = text.toString();
      Matcher before = old.matcher(s);
      Matcher now = SourceLines.TITLED_URL.matcher(s);
      assertEquals(before.matches(), now.matches(), s);
      if (now.matches()) {
        assertEquals(before.group(1), now.group(1), s);
        assertEquals(before.group(2), now.group(2), s);
      }
    }
  }

  private static List<String> texts(ParsedPost.Section section) {
    List<String> texts = new ArrayList<>();
    for (ParsedPost.Piece piece : section.pieces()) {
      if (piece instanceof ParsedPost.Para para) {
        texts.add(para.text());
      }
    }
    return texts;
  }

  /** Everything of the post that could reach a draft. */
  private static String render(ParsedPost post) {
    StringBuilder out = new StringBuilder(post.title()).append('\n');
    for (ParsedPost.Section section : post.sections()) {
      out.append(section.heading()).append('\n');
      for (ParsedPost.Piece piece : section.pieces()) {
        if (piece instanceof ParsedPost.Para para) {
          out.append(para.text()).append(para.links()).append('\n');
        } else if (piece instanceof ParsedPost.Items items) {
          items.items().forEach(i -> out.append(i.text()).append(i.links()).append('\n'));
        } else if (piece instanceof ParsedPost.Picture picture) {
          out.append(picture).append('\n');
        }
      }
    }
    return out.toString();
  }

  /**
   * A post whose last lines hold long runs of {@code shape} where the source-line rules look: about
   * {@code paragraph} characters of it in a paragraph before the credit line, and {@code part}
   * characters of it around each of the credit line's name, position and title.
   */
  static String postWithLongRuns(String title, String shape, int paragraph, int part) {
    String inParagraph = shape.repeat(paragraph / shape.length());
    String inCredit = shape.repeat(part / shape.length());
    return title
        + "\n\nText"
        + inParagraph
        + "y\n\nInformation from Kiran"
        + inCredit
        + "Krishnan - Chief"
        + inCredit
        + "Officer of Labs, Vitamin K2 Presentation"
        + inCredit
        + "z";
  }
}

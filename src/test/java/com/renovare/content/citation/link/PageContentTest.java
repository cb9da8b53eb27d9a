package com.renovare.content.citation.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PageContentTest {

  @Test
  void htmlIsReducedToItsVisibleText() {
    assertEquals(
        "Title Vitamin K2 and bones. 5 < 6",
        PageContent.text(
            "<!doctype html><html><head><title>Title</title>"
                + "<style>body{}</style><script type=\"module\">if (a > b) {}</script>"
                + "<!-- build 42 --></head><body><noscript>Enable JS</noscript>"
                + "<p data-x='a>b'>Vitamin <b>K2</b>\n\t and bones.</p> 5 < 6</body></html>"));
  }

  @Test
  void markupChurnDoesNotChangeTheHashButTextDoes() {
    String before = "<p class=a>Same text</p><script>n=1</script>";
    String churned = "<div>\n<p class=b>Same   text</p><script>n=2</script></div>";
    String edited = "<p class=a>Other text</p><script>n=1</script>";
    String type = "text/html; charset=UTF-8";
    byte[] a = before.getBytes(StandardCharsets.UTF_8);
    assertEquals(
        PageContent.hash(type, a),
        PageContent.hash(type, churned.getBytes(StandardCharsets.UTF_8)));
    assertNotEquals(
        PageContent.hash(type, a), PageContent.hash(type, edited.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void otherTypesAreHashedAsRawBytes() {
    byte[] pdf = "%PDF-1.7 <p>not html</p>".getBytes(StandardCharsets.ISO_8859_1);
    assertEquals(PageContent.sha256(pdf), PageContent.hash("application/pdf", pdf));
    assertEquals(PageContent.sha256(pdf), PageContent.hash(null, pdf));
  }

  @Test
  void hostileMarkupIsReadInLinearTime() {
    String unclosed = "<a \"".repeat(200_000) + "<script>" + "<".repeat(500_000);
    assertTimeoutPreemptively(Duration.ofSeconds(5), () -> PageContent.text(unclosed));
  }
}

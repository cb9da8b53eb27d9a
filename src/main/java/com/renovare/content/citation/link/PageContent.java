package com.renovare.content.citation.link;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The fingerprint of a fetched page, meant to change when what a reader sees changes and not when
 * only the markup around it does. HTML (and XHTML) is reduced to its text first: comments and the
 * contents of {@code script}, {@code style}, {@code noscript} and {@code template} elements are
 * dropped, every tag becomes a space, and runs of whitespace collapse to one space. Rotating script
 * nonces, tracking snippets, class names and re-indented markup then leave the hash alone; a
 * changed sentence, date or number in the text changes it. Character references are left as they
 * are. Any other content type is hashed as raw bytes. Only the first {@code max-body} bytes are
 * read, so a change beyond them goes unseen.
 */
final class PageContent {

  private static final String[] DROPPED_ELEMENTS = {"script", "style", "noscript", "template"};

  private PageContent() {}

  /** Hex SHA-256 of the body's content, read as its Content-Type says. */
  static String hash(String contentType, byte[] body) {
    if (isHtml(contentType)) {
      return sha256(text(decode(body, charset(contentType))).getBytes(StandardCharsets.UTF_8));
    }
    return sha256(body);
  }

  static boolean isHtml(String contentType) {
    if (contentType == null) {
      return false;
    }
    String type = contentType.toLowerCase(Locale.ROOT);
    return type.startsWith("text/html") || type.startsWith("application/xhtml+xml");
  }

  /**
   * The text of an HTML document with whitespace collapsed. One pass, no regular expressions, so a
   * hostile page cannot make it slow: every character is looked at a bounded number of times.
   */
  static String text(String html) {
    StringBuilder out = new StringBuilder(Math.min(html.length(), 1 << 16));
    int n = html.length();
    int i = 0;
    boolean space = true; // suppress leading whitespace
    while (i < n) {
      char c = html.charAt(i);
      if (c == '<' && i + 1 < n && startsMarkup(html.charAt(i + 1))) {
        if (html.startsWith("<!--", i)) {
          int end = html.indexOf("-->", i + 4);
          i = end < 0 ? n : end + 3;
        } else {
          int end = tagEnd(html, i);
          String dropped = droppedElement(html, i);
          if (dropped != null && html.charAt(end - 1) != '/') {
            int close = indexOfIgnoreCase(html, "</" + dropped, end);
            i = close < 0 ? n : tagEnd(html, close);
          } else {
            i = end;
          }
        }
        if (!space) {
          out.append(' ');
          space = true;
        }
        continue;
      }
      if (Character.isWhitespace(c) || c == '\u00a0') {
        if (!space) {
          out.append(' ');
          space = true;
        }
      } else {
        out.append(c);
        space = false;
      }
      i++;
    }
    int length = out.length();
    if (length > 0 && out.charAt(length - 1) == ' ') {
      out.setLength(length - 1);
    }
    return out.toString();
  }

  private static boolean startsMarkup(char next) {
    return Character.isLetter(next) || next == '/' || next == '!' || next == '?';
  }

  /** The index just past the '>' that closes the tag starting at {@code start}, quotes honoured. */
  private static int tagEnd(String html, int start) {
    char quote = 0;
    for (int i = start + 1; i < html.length(); i++) {
      char c = html.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '>') {
        return i + 1;
      }
    }
    return html.length();
  }

  /** The name of the element opened at {@code start} if its content is dropped, else null. */
  private static String droppedElement(String html, int start) {
    for (String name : DROPPED_ELEMENTS) {
      int after = start + 1 + name.length();
      if (html.regionMatches(true, start + 1, name, 0, name.length())
          && (after >= html.length() || !Character.isLetterOrDigit(html.charAt(after)))) {
        return name;
      }
    }
    return null;
  }

  private static int indexOfIgnoreCase(String text, String target, int from) {
    for (int i = from; i <= text.length() - target.length(); i++) {
      if (text.regionMatches(true, i, target, 0, target.length())) {
        return i;
      }
    }
    return -1;
  }

  private static Charset charset(String contentType) {
    for (String parameter : contentType.split(";")) {
      String[] pair = parameter.strip().split("=", 2);
      if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("charset")) {
        try {
          return Charset.forName(pair[1].strip().replace("\"", ""));
        } catch (IllegalArgumentException e) {
          return StandardCharsets.UTF_8;
        }
      }
    }
    return StandardCharsets.UTF_8;
  }

  private static String decode(byte[] body, Charset charset) {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    try {
      return decoder.decode(ByteBuffer.wrap(body)).toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      return new String(body, StandardCharsets.ISO_8859_1);
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}

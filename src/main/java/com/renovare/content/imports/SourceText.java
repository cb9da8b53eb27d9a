package com.renovare.content.imports;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The request body as text: decoded strictly in the charset Content-Type names (UTF-8 when it names
 * none), refused when a byte is not valid in it or when it holds control characters that no text
 * has, which is what binary data sent as text looks like.
 */
final class SourceText {

  private static final Pattern CHARSET =
      Pattern.compile(";\\s*charset\\s*=\\s*\"?([^\";\\s]*)\"?", Pattern.CASE_INSENSITIVE);

  private SourceText() {}

  static String decode(byte[] body, String contentType) {
    if (body == null || body.length == 0) {
      throw ImportRefused.empty();
    }
    Charset charset = charset(contentType);
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer bytes = ByteBuffer.wrap(body);
    String text;
    try {
      text = decoder.decode(bytes).toString();
    } catch (CharacterCodingException e) {
      throw ImportRefused.notText(
          "The body is not "
              + charset.name()
              + " text: the byte at offset "
              + bytes.position()
              + " is not valid in it. Name the body's charset in Content-Type, or send text.");
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F) {
        throw ImportRefused.notText(
            "The body holds the control character U+"
                + String.format(Locale.ROOT, "%04X", (int) c)
                + " at character "
                + i
                + ": it looks like binary data, not a post.");
      }
    }
    if (Texts.isBlank(text)) {
      throw ImportRefused.empty();
    }
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static Charset charset(String contentType) {
    Matcher m = CHARSET.matcher(contentType == null ? "" : contentType);
    if (!m.find()) {
      return StandardCharsets.UTF_8;
    }
    String name = m.group(1);
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw ImportRefused.unsupportedCharset(name);
    } catch (IllegalArgumentException e) {
      throw ImportRefused.unsupportedCharset("");
    }
  }
}

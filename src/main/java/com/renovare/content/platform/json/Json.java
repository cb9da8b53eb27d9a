package com.renovare.content.platform.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * The JSON settings of stored documents and columns. Kept independent of the HTTP layer's mapper so
 * that a framework upgrade cannot silently change the bytes of what is published.
 */
public final class Json {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .findAndAddModules()
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .serializationInclusion(JsonInclude.Include.NON_NULL)
          .build();

  /**
   * The same settings, with every character that could end or confuse an HTML {@code <script>}
   * element written as a JSON unicode escape: still the same JSON to any parser.
   */
  private static final ObjectWriter EMBEDDABLE = MAPPER.writer().with(new ScriptSafeEscapes());

  private Json() {}

  /**
   * JSON that can be pasted into an HTML {@code <script>} element as it is: {@code <}, {@code >},
   * {@code &}, U+2028 and U+2029 are escaped, so a string can neither close the element nor start a
   * comment or break a JavaScript line.
   */
  public static byte[] embeddableBytes(Object value) {
    try {
      return EMBEDDABLE.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot serialise " + value.getClass().getSimpleName(), e);
    }
  }

  /** Jackson's escapes plus those of {@link #embeddableBytes}. */
  private static final class ScriptSafeEscapes extends CharacterEscapes {

    private static final int[] ASCII = CharacterEscapes.standardAsciiEscapesForJSON();

    static {
      ASCII['<'] = CharacterEscapes.ESCAPE_STANDARD;
      ASCII['>'] = CharacterEscapes.ESCAPE_STANDARD;
      ASCII['&'] = CharacterEscapes.ESCAPE_STANDARD;
    }

    private static final SerializableString LINE_SEPARATOR = new SerializedString("\\u2028");
    private static final SerializableString PARAGRAPH_SEPARATOR = new SerializedString("\\u2029");

    @Override
    public int[] getEscapeCodesForAscii() {
      return ASCII;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return switch (ch) {
        case 0x2028 -> LINE_SEPARATOR;
        case 0x2029 -> PARAGRAPH_SEPARATOR;
        default -> null;
      };
    }
  }

  public static byte[] bytes(Object value) {
    try {
      return MAPPER.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot serialise " + value.getClass().getSimpleName(), e);
    }
  }

  /** A reader of this shape, for callers that need to tune error handling. */
  static ObjectMapper mapper() {
    return MAPPER;
  }

  /** A streaming writer with these settings, for bodies assembled from pre-rendered parts. */
  public static JsonGenerator generator(OutputStream out) {
    try {
      return MAPPER.getFactory().createGenerator(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String string(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot serialise " + value.getClass().getSimpleName(), e);
    }
  }

  public static <T> T read(String json, TypeReference<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored JSON does not match " + type.getType(), e);
    }
  }

  public static <T> T read(String json, Class<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored JSON does not match " + type.getSimpleName(), e);
    }
  }

  public static <T> T read(InputStream json, Class<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + type.getSimpleName(), e);
    }
  }
}

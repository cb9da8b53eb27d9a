package com.renovare.content.platform.paging;

import com.renovare.content.platform.problem.ApiProblem;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Parsing of the {@code limit} and {@code cursor} query parameters shared by every list. Cursors
 * are opaque to clients: base64url text holding the sort key of the last item served.
 */
public final class Paging {

  public static final int DEFAULT_LIMIT = 20;
  public static final int MAX_LIMIT = 100;
  private static final int MAX_CURSOR_LENGTH = 512;
  private static final char SEPARATOR = '\n';
  private static final Pattern DIGITS = Pattern.compile("[0-9]{1,3}");

  /**
   * The times a cursor may hold: the years 1 to 9999, which every time this API issues falls in and
   * the database can compare with. A time outside them was not issued here.
   */
  private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");

  private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");

  private Paging() {}

  /** The page size: absent means the default; anything but 1 to 100 is refused. */
  public static int limit(String raw) {
    if (raw == null) {
      return DEFAULT_LIMIT;
    }
    if (!DIGITS.matcher(raw).matches()) {
      throw ApiProblem.invalidParameter("limit", "must be a whole number from 1 to " + MAX_LIMIT);
    }
    int limit = Integer.parseInt(raw);
    if (limit < 1 || limit > MAX_LIMIT) {
      throw ApiProblem.invalidParameter("limit", "must be a whole number from 1 to " + MAX_LIMIT);
    }
    return limit;
  }

  public static String encodeCursor(String... parts) {
    String joined = String.join(String.valueOf(SEPARATOR), parts);
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(joined.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The parts of a cursor this API issued, or {@code null} when absent. A cursor that was not
   * issued here (wrong encoding or number of parts) is refused with 400.
   */
  public static List<String> decodeCursor(String raw, int parts) {
    if (raw == null) {
      return null;
    }
    if (raw.isEmpty() || raw.length() > MAX_CURSOR_LENGTH) {
      throw invalidCursor();
    }
    String decoded;
    try {
      decoded =
          StandardCharsets.UTF_8
              .newDecoder()
              .decode(ByteBuffer.wrap(Base64.getUrlDecoder().decode(raw)))
              .toString();
    } catch (IllegalArgumentException | CharacterCodingException e) {
      throw invalidCursor();
    }
    // No part of an issued cursor holds a control character, and the database refuses some (NUL).
    for (int i = 0; i < decoded.length(); i++) {
      if (decoded.charAt(i) != SEPARATOR && Character.isISOControl(decoded.charAt(i))) {
        throw invalidCursor();
      }
    }
    List<String> values = List.of(decoded.split(String.valueOf(SEPARATOR), -1));
    if (values.size() != parts) {
      throw invalidCursor();
    }
    return values;
  }

  /** A cursor part holding epoch milliseconds, as {@code Instant.toEpochMilli} wrote it. */
  public static Instant epochMillis(String part) {
    try {
      return issuedTime(Instant.ofEpochMilli(Long.parseLong(part)));
    } catch (NumberFormatException e) {
      throw invalidCursor();
    }
  }

  /** A cursor part holding an ISO-8601 instant, as {@code Instant.toString} wrote it. */
  public static Instant instant(String part) {
    try {
      return issuedTime(Instant.parse(part));
    } catch (DateTimeParseException e) {
      throw invalidCursor();
    }
  }

  private static Instant issuedTime(Instant time) {
    if (time.isBefore(EARLIEST) || time.isAfter(LATEST)) {
      throw invalidCursor();
    }
    return time;
  }

  public static ApiProblem invalidCursor() {
    return ApiProblem.invalidParameter(
        "cursor", "is not a cursor this list issued; start again without it");
  }
}

package com.renovare.content.platform.paging;

import com.renovare.content.platform.problem.ApiProblem;
import java.nio.charset.StandardCharsets;
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
      decoded = new String(Base64.getUrlDecoder().decode(raw), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw invalidCursor();
    }
    List<String> values = List.of(decoded.split(String.valueOf(SEPARATOR), -1));
    if (values.size() != parts) {
      throw invalidCursor();
    }
    return values;
  }

  public static ApiProblem invalidCursor() {
    return ApiProblem.invalidParameter(
        "cursor", "is not a cursor this list issued; start again without it");
  }
}

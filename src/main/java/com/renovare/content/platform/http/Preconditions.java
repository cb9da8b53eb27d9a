package com.renovare.content.platform.http;

import com.renovare.content.platform.problem.ApiProblem;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Optimistic concurrency for writes: an editable resource's ETag is {@code "r<row version>"}, and a
 * write names the one it read in If-Match, so that a stale write is refused instead of silently
 * overwriting someone else's change.
 */
public final class Preconditions {

  /** If-Match: * — the write applies to whatever is current. */
  public static final long ANY = -1;

  private static final Pattern TAG = Pattern.compile("\\s*(?:W/)?\"r([0-9]{1,18})\"\\s*");

  private Preconditions() {}

  public static String etag(long rowVersion) {
    return "\"r" + rowVersion + '"';
  }

  /**
   * The row version an If-Match header names.
   *
   * @throws ApiProblem 428 when the header is missing, 412 when it cannot name any version
   */
  public static long required(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw ApiProblem.preconditionRequired(
          "This write needs an If-Match header with the ETag of the version you read.");
    }
    return parse(ifMatch);
  }

  /** Like {@link #required} but an absent header means {@link #ANY}. */
  public static long optional(String ifMatch) {
    return ifMatch == null || ifMatch.isBlank() ? ANY : parse(ifMatch);
  }

  /** Refuses the write unless the expected version is the current one. */
  public static void check(long expected, long current) {
    if (expected != ANY && expected != current) {
      throw ApiProblem.preconditionFailed(
          "It was changed since you read it: the current ETag is "
              + etag(current)
              + ". Read it again and re-apply your change.");
    }
  }

  private static long parse(String ifMatch) {
    if (ifMatch.strip().equals("*")) {
      return ANY;
    }
    Matcher m = TAG.matcher(ifMatch);
    if (!m.matches()) {
      throw ApiProblem.preconditionFailed(
          "If-Match does not name a current ETag of this resource.");
    }
    return Long.parseLong(m.group(1));
  }
}

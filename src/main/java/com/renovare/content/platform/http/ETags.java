package com.renovare.content.platform.http;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** Strong entity tags derived from the exact bytes served, and the If-None-Match comparison. */
public final class ETags {

  private ETags() {}

  /** A strong ETag for bytes, prefixed so that a version's tag names the version. */
  public static String of(String prefix, byte[] body) {
    return '"' + prefix + '-' + digest(body) + '"';
  }

  public static String of(byte[] body) {
    return '"' + digest(body) + '"';
  }

  /**
   * Whether an If-None-Match header names this ETag. RFC 9110 §13.1.2: weak comparison, a list of
   * tags, or {@code *}.
   */
  public static boolean matches(String ifNoneMatch, String etag) {
    if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
      return false;
    }
    String opaque = etag.startsWith("W/") ? etag.substring(2) : etag;
    for (String candidate : ifNoneMatch.split(",")) {
      String tag = candidate.trim();
      if (tag.equals("*")) {
        return true;
      }
      if (tag.startsWith("W/")) {
        tag = tag.substring(2);
      }
      if (tag.equals(opaque)) {
        return true;
      }
    }
    return false;
  }

  private static String digest(byte[] body) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
      return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 22);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JRE", e);
    }
  }
}

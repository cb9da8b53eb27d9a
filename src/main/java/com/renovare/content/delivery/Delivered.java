package com.renovare.content.delivery;

/**
 * A response body ready to send: its bytes, its strong ETag, how long caches may keep it, and for a
 * current document the URL of the version it is.
 */
public record Delivered(byte[] body, String etag, Freshness freshness, String contentLocation) {

  /** How a response may be cached. */
  public enum Freshness {
    /** Changes when something is published: short max-age, revalidated by ETag. */
    CURRENT,
    /** A version URL: its bytes never change. */
    IMMUTABLE
  }

  static Delivered current(byte[] body, String etag) {
    return new Delivered(body, etag, Freshness.CURRENT, null);
  }
}

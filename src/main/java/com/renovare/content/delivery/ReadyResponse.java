package com.renovare.content.delivery;

import com.renovare.content.platform.http.Gzip;
import java.time.Instant;
import java.util.List;

/**
 * A response body ready to send, and everything its headers need: computed once when the body is
 * loaded, so that serving it again costs no more than copying bytes.
 *
 * @param body the JSON bytes
 * @param gzip the same bytes gzip-compressed, or null when compression would not pay
 * @param etag strong ETag of {@code body}
 * @param gzipEtag strong ETag of {@code gzip} (a different representation needs a different tag)
 * @param surrogateKey space-separated purge keys (Fastly's Surrogate-Key), or null
 * @param cacheTag the same keys comma-separated (Cloudflare's Cache-Tag), or null
 * @param expiresAt when the in-process cache must stop serving it (a review falling due), or null
 */
public record ReadyResponse(
    byte[] body,
    byte[] gzip,
    String etag,
    String gzipEtag,
    Freshness freshness,
    String contentLocation,
    String surrogateKey,
    String cacheTag,
    Instant expiresAt) {

  /** How a response may be cached. */
  public enum Freshness {
    /** Changes when something is published: short max-age, revalidated by ETag. */
    CURRENT,
    /** A version URL: its bytes never change. */
    IMMUTABLE
  }

  static ReadyResponse of(
      byte[] body,
      String etag,
      Freshness freshness,
      String contentLocation,
      List<String> surrogateKeys) {
    return of(body, null, etag, freshness, contentLocation, surrogateKeys);
  }

  /**
   * As {@link #of(byte[], String, Freshness, String, List)}, with the gzip form publishing stored
   * (null: compressed here, where it pays).
   */
  static ReadyResponse of(
      byte[] body,
      byte[] storedGzip,
      String etag,
      Freshness freshness,
      String contentLocation,
      List<String> surrogateKeys) {
    byte[] gzip = storedGzip != null ? storedGzip : Gzip.of(body);
    return new ReadyResponse(
        body,
        gzip,
        etag,
        gzip == null ? null : etag.substring(0, etag.length() - 1) + ".gz\"",
        freshness,
        contentLocation,
        surrogateKeys.isEmpty() ? null : String.join(" ", surrogateKeys),
        surrogateKeys.isEmpty() ? null : String.join(",", surrogateKeys),
        null);
  }

  /** The same response, to be served from memory only until {@code instant} (null: no limit). */
  ReadyResponse until(Instant instant) {
    return new ReadyResponse(
        body, gzip, etag, gzipEtag, freshness, contentLocation, surrogateKey, cacheTag, instant);
  }

  static ReadyResponse current(byte[] body, String etag) {
    return of(body, etag, Freshness.CURRENT, null, List.of());
  }

  /** Bytes held in memory, for the cache's size bound. */
  int weight() {
    return body.length + (gzip == null ? 0 : gzip.length) + 256;
  }
}

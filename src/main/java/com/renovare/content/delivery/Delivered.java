package com.renovare.content.delivery;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.zip.GZIPOutputStream;

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
public record Delivered(
    byte[] body,
    byte[] gzip,
    String etag,
    String gzipEtag,
    Freshness freshness,
    String contentLocation,
    String surrogateKey,
    String cacheTag,
    Instant expiresAt) {

  /** Below this size gzip saves less than its own overhead costs. */
  private static final int GZIP_THRESHOLD = 1024;

  /** How a response may be cached. */
  public enum Freshness {
    /** Changes when something is published: short max-age, revalidated by ETag. */
    CURRENT,
    /** A version URL: its bytes never change. */
    IMMUTABLE
  }

  static Delivered of(
      byte[] body,
      String etag,
      Freshness freshness,
      String contentLocation,
      List<String> surrogateKeys) {
    byte[] gzip = body.length >= GZIP_THRESHOLD ? gzip(body) : null;
    return new Delivered(
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
  Delivered until(Instant instant) {
    return new Delivered(
        body, gzip, etag, gzipEtag, freshness, contentLocation, surrogateKey, cacheTag, instant);
  }

  static Delivered current(byte[] body, String etag) {
    return of(body, etag, Freshness.CURRENT, null, List.of());
  }

  /** Bytes held in memory, for the cache's size bound. */
  int weight() {
    return body.length + (gzip == null ? 0 : gzip.length) + 256;
  }

  private static byte[] gzip(byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}

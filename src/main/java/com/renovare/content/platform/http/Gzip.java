package com.renovare.content.platform.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;

/** The gzip form of a response body, where it pays. */
public final class Gzip {

  /** Below this size gzip saves less than its own overhead costs. */
  private static final int THRESHOLD = 1024;

  private Gzip() {}

  /** The body gzip-compressed, or null when it is too small for compression to pay. */
  public static byte[] of(byte[] body) {
    if (body.length < THRESHOLD) {
      return null;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}

package com.renovare.content.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Random secrets for tokens and keys, and the hash they are stored as. A secret carries 256 random
 * bits, so a plain SHA-256 is enough to store it (there is nothing to guess, so no stretching).
 */
public final class Secrets {

  private static final SecureRandom RANDOM = new SecureRandom();

  private Secrets() {}

  /** The prefix (which makes leaked secrets easy to recognise) and 256 random bits, base64url. */
  public static String generate(String prefix) {
    return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(32));
  }

  public static byte[] randomBytes(int length) {
    byte[] bytes = new byte[length];
    RANDOM.nextBytes(bytes);
    return bytes;
  }

  /** Lower-case hex SHA-256 of the secret's UTF-8 bytes. */
  public static String hash(String secret) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JRE", e);
    }
  }
}

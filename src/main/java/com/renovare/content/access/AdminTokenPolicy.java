package com.renovare.content.access;

import io.quarkus.runtime.LaunchMode;
import java.util.Optional;

/**
 * Which CONTENT_ADMIN_TOKEN values the service accepts. The development and test tokens are
 * published (application.properties, README), so they are taken only in their own mode; outside dev
 * mode and tests a value must also be long and varied enough to be a random secret. A refused value
 * stops the start with a message that says what to set.
 */
final class AdminTokenPolicy {

  /** The token application.properties gives dev mode. */
  static final String DEV_TOKEN = "dev-admin-token-for-local-use-only-0000";

  /** The token application.properties gives the test suite. */
  static final String TEST_TOKEN = "test-admin-token-for-the-test-suite-0000";

  /** 32 characters of a random token carry well over the 128 bits that make guessing hopeless. */
  static final int MIN_LENGTH = 32;

  /** Fewer different characters than this is a pattern, not a random secret. */
  static final int MIN_DISTINCT = 10;

  private static final String WHAT_TO_SET =
      " Set CONTENT_ADMIN_TOKEN (content.admin-token) to a random secret of at least "
          + MIN_LENGTH
          + " characters, for example the output of `openssl rand -base64 32`, and start again.";

  private AdminTokenPolicy() {}

  /** Why the service refuses to start with the configured admin token. */
  static final class Refused extends IllegalStateException {
    Refused(String message) {
      super(message);
    }
  }

  /**
   * The admin secret to install, or empty when none is configured (a blank value counts as none).
   *
   * @throws Refused when the value may not be used in this launch mode
   */
  static Optional<String> secret(Optional<String> configured, LaunchMode mode) {
    Optional<String> secret = configured.map(String::strip).filter(s -> !s.isEmpty());
    if (secret.isEmpty()) {
      return secret;
    }
    String value = secret.get();
    if (value.equals(DEV_TOKEN) && mode != LaunchMode.DEVELOPMENT) {
      throw new Refused(
          "CONTENT_ADMIN_TOKEN is the development token published in application.properties, which"
              + " anyone can read; it is accepted in dev mode only."
              + WHAT_TO_SET);
    }
    if (value.equals(TEST_TOKEN) && mode != LaunchMode.TEST) {
      throw new Refused(
          "CONTENT_ADMIN_TOKEN is the test suite's token published in application.properties,"
              + " which anyone can read; it is accepted in tests only."
              + WHAT_TO_SET);
    }
    if (mode == LaunchMode.DEVELOPMENT || mode == LaunchMode.TEST) {
      return secret;
    }
    if (value.length() < MIN_LENGTH) {
      throw new Refused(
          "CONTENT_ADMIN_TOKEN has "
              + value.length()
              + " characters, too few to be hard to guess."
              + WHAT_TO_SET);
    }
    long distinct = value.codePoints().distinct().count();
    if (distinct < MIN_DISTINCT) {
      throw new Refused(
          "CONTENT_ADMIN_TOKEN uses only "
              + distinct
              + " different characters: it is a pattern, not a random secret."
              + WHAT_TO_SET);
    }
    return secret;
  }
}

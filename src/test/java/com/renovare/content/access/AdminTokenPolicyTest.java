package com.renovare.content.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.runtime.LaunchMode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Which CONTENT_ADMIN_TOKEN values the service starts with, in each launch mode. */
@Tag("owasp-api2")
class AdminTokenPolicyTest {

  private static final String RANDOM = "q3J8x0VZbL2mK9tWcR4yHn7uE1sA6dFg";

  @Test
  void theBuiltInTokensAreTheOnesApplicationPropertiesPublishes() throws IOException {
    Properties properties = new Properties();
    try (InputStream in =
        Files.newInputStream(Path.of("src", "main", "resources", "application.properties"))) {
      properties.load(in);
    }
    assertEquals(AdminTokenPolicy.DEV_TOKEN, properties.getProperty("%dev.content.admin-token"));
    assertEquals(AdminTokenPolicy.TEST_TOKEN, properties.getProperty("%test.content.admin-token"));
  }

  @Test
  void thePublishedDevTokenIsRefusedOutsideDevMode() {
    assertEquals(
        Optional.of(AdminTokenPolicy.DEV_TOKEN),
        AdminTokenPolicy.secret(Optional.of(AdminTokenPolicy.DEV_TOKEN), LaunchMode.DEVELOPMENT));
    for (LaunchMode mode : new LaunchMode[] {LaunchMode.NORMAL, LaunchMode.TEST}) {
      AdminTokenPolicy.Refused refused =
          assertThrows(
              AdminTokenPolicy.Refused.class,
              () -> AdminTokenPolicy.secret(Optional.of(" " + AdminTokenPolicy.DEV_TOKEN), mode));
      assertTrue(refused.getMessage().contains("development token"), refused.getMessage());
    }
  }

  @Test
  void thePublishedTestTokenIsRefusedOutsideTests() {
    assertEquals(
        Optional.of(AdminTokenPolicy.TEST_TOKEN),
        AdminTokenPolicy.secret(Optional.of(AdminTokenPolicy.TEST_TOKEN), LaunchMode.TEST));
    for (LaunchMode mode : new LaunchMode[] {LaunchMode.NORMAL, LaunchMode.DEVELOPMENT}) {
      AdminTokenPolicy.Refused refused =
          assertThrows(
              AdminTokenPolicy.Refused.class,
              () -> AdminTokenPolicy.secret(Optional.of(AdminTokenPolicy.TEST_TOKEN), mode));
      assertTrue(refused.getMessage().contains("test suite's token"), refused.getMessage());
    }
  }

  @Test
  void aTokenShorterThan32CharactersIsRefusedInProduction() {
    String shorter = RANDOM.substring(0, 31);

    AdminTokenPolicy.Refused refused =
        assertThrows(
            AdminTokenPolicy.Refused.class,
            () -> AdminTokenPolicy.secret(Optional.of(shorter), LaunchMode.NORMAL));

    assertTrue(refused.getMessage().contains("31 characters"), refused.getMessage());
    assertEquals(
        Optional.of(RANDOM), AdminTokenPolicy.secret(Optional.of(RANDOM), LaunchMode.NORMAL));
  }

  @Test
  void aLongTokenOfFewDifferentCharactersIsRefusedInProduction() {
    for (String pattern :
        new String[] {"a".repeat(64), "ab".repeat(32), "0123456780123456780123456780123456"}) {
      AdminTokenPolicy.Refused refused =
          assertThrows(
              AdminTokenPolicy.Refused.class,
              () -> AdminTokenPolicy.secret(Optional.of(pattern), LaunchMode.NORMAL));
      assertTrue(refused.getMessage().contains("different characters"), refused.getMessage());
    }
    String tenDifferent = "0123456789".repeat(4);
    assertEquals(
        Optional.of(tenDifferent),
        AdminTokenPolicy.secret(Optional.of(tenDifferent), LaunchMode.NORMAL));
  }

  @Test
  void weakTokensAreAcceptedInDevModeAndTests() {
    for (LaunchMode mode : new LaunchMode[] {LaunchMode.DEVELOPMENT, LaunchMode.TEST}) {
      assertEquals(Optional.of("admin"), AdminTokenPolicy.secret(Optional.of("admin"), mode));
    }
  }

  @Test
  void everyRefusalSaysWhatToSetAndNeverRepeatsTheValue() {
    for (String value :
        new String[] {AdminTokenPolicy.DEV_TOKEN, AdminTokenPolicy.TEST_TOKEN, "short-secret"}) {
      String message =
          assertThrows(
                  AdminTokenPolicy.Refused.class,
                  () -> AdminTokenPolicy.secret(Optional.of(value), LaunchMode.NORMAL))
              .getMessage();
      assertTrue(message.contains("Set CONTENT_ADMIN_TOKEN"), message);
      assertTrue(message.contains("openssl rand -base64 32"), message);
      assertFalse(message.contains(value), message);
    }
  }

  @Test
  void aMissingOrBlankSettingIsNoTokenAndNoRefusal() {
    for (LaunchMode mode : LaunchMode.values()) {
      assertEquals(Optional.empty(), AdminTokenPolicy.secret(Optional.empty(), mode));
      assertEquals(Optional.empty(), AdminTokenPolicy.secret(Optional.of("  \t"), mode));
    }
  }
}

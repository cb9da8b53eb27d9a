package com.renovare.content.access;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.renovare.content.editorial.Editorial;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** What an instance does with the shared admin token at start. */
@QuarkusTest
class BootstrapAdminTest {

  @Inject BootstrapAdmin bootstrap;

  /**
   * All instances share the stored admin token. One started without CONTENT_ADMIN_TOKEN (a
   * forgotten variable on a new node) must not revoke it for the others: it leaves it working and
   * logs an error.
   */
  @Test
  void anInstanceWithoutTheSettingLeavesTheSharedAdminTokenWorkingAndLogsAnError() {
    Editorial.as(Editorial.ADMIN).get("/v1/editorial/tokens").then().statusCode(200);
    List<LogRecord> errors = new CopyOnWriteArrayList<>();
    Handler capture =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
              errors.add(record);
            }
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    Logger logger = Logger.getLogger(BootstrapAdmin.class.getName());
    logger.addHandler(capture);
    try {
      bootstrap.apply(Optional.empty(), LaunchMode.NORMAL);

      Editorial.as(Editorial.ADMIN).get("/v1/editorial/tokens").then().statusCode(200);
    } finally {
      logger.removeHandler(capture);
      // Were the token revoked, the other tests would need it back.
      bootstrap.apply(Optional.of(Editorial.ADMIN), LaunchMode.TEST);
    }
    assertTrue(
        errors.stream()
            .anyMatch(r -> String.valueOf(r.getMessage()).contains("not set on this instance")),
        "no error logged: " + errors);
  }
}

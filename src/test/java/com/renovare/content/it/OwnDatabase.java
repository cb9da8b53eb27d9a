package com.renovare.content.it;

import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives each test of an integration test class a fresh, empty PostgreSQL database and drops it
 * afterwards: {@code @RegisterExtension final OwnDatabase database = new OwnDatabase();}, then
 * {@code AppProcess.start(database.name(), …)}. The name is the test class's with a random suffix,
 * so two builds on one PostgreSQL server never share or drop each other's databases.
 */
final class OwnDatabase implements BeforeEachCallback, AfterEachCallback {

  private String name;

  /** The database of the running test. */
  String name() {
    if (name == null) {
      throw new IllegalStateException("OwnDatabase gives a name only while a test runs");
    }
    return name;
  }

  @Override
  public void beforeEach(ExtensionContext context) throws Exception {
    name =
        ("content_it_"
                + context.getRequiredTestClass().getSimpleName()
                + "_"
                + UUID.randomUUID().toString().substring(0, 8))
            .toLowerCase(Locale.ROOT);
    AppProcess.createDatabase(name);
  }

  @Override
  public void afterEach(ExtensionContext context) throws Exception {
    AppProcess.dropDatabase(name);
    name = null;
  }
}

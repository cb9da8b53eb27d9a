package com.renovare.content.it;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives each test of an integration test class a fresh, empty PostgreSQL database of the given
 * name, and drops it afterwards: {@code @RegisterExtension static final OwnDatabase DB = new
 * OwnDatabase("content_it_x");}.
 */
final class OwnDatabase implements BeforeEachCallback, AfterEachCallback {

  private final String name;

  OwnDatabase(String name) {
    this.name = name;
  }

  @Override
  public void beforeEach(ExtensionContext context) throws Exception {
    AppProcess.createDatabase(name);
  }

  @Override
  public void afterEach(ExtensionContext context) throws Exception {
    AppProcess.dropDatabase(name);
  }
}

package com.renovare.content;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Calls of the management interface (health, metrics) as an operator's probe or scraper makes them:
 * it listens on its own port, in tests quarkus.management.test-port (QUARKUS_MANAGEMENT_TEST_PORT,
 * 9001 unless set).
 */
public final class Management {

  private Management() {}

  public static RequestSpecification given() {
    Config config = ConfigProvider.getConfig();
    String host =
        config.getOptionalValue("quarkus.management.host", String.class).orElse("localhost");
    int port = config.getOptionalValue("quarkus.management.test-port", Integer.class).orElse(9001);
    return RestAssured.given().baseUri("http://" + host).port(port);
  }
}

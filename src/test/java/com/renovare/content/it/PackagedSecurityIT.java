package com.renovare.content.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The packaged app as operators run it (OWASP API8:2023 Security Misconfiguration): no Swagger UI
 * and no Dev UI by default, no CORS until origins are configured, hardening headers and TRACE
 * refused; Swagger UI comes only when QUARKUS_SWAGGER_UI_ENABLED=true asks for it. Health and
 * metrics are served on the management port only, which listens on loopback unless the operator
 * binds it elsewhere.
 */
@Tag("owasp-api8")
class PackagedSecurityIT {

  @RegisterExtension final OwnDatabase database = new OwnDatabase();

  @Test
  void api8_byDefaultThePackagedAppServesNoUiNoCorsAndNoTrace() throws Exception {
    try (AppProcess app = AppProcess.start(database.name(), Map.of())) {
      for (String path : new String[] {"/q/swagger-ui", "/q/swagger-ui/", "/q/dev-ui", "/q/dev"}) {
        given()
            .baseUri(app.baseUri())
            .get(path)
            .then()
            .statusCode(404)
            .body(not(containsString("<html")));
      }
      given()
          .baseUri(app.baseUri())
          .header("Origin", "http://localhost:3000")
          .get("/v1/articles/vitamin-k2-mk7")
          .then()
          .statusCode(200)
          .header("X-Content-Type-Options", "nosniff")
          .header("X-Frame-Options", "DENY")
          .header("Access-Control-Allow-Origin", nullValue());
      given().baseUri(app.baseUri()).request("TRACE", "/q/openapi").then().statusCode(405);
    }
  }

  @Test
  void api8_healthAndMetricsAreServedOnlyOnTheManagementPortWhichListensOnLoopback()
      throws Exception {
    try (AppProcess app = AppProcess.start(database.name(), Map.of())) {
      for (String path : new String[] {"/q/health/ready", "/q/health/live", "/q/metrics"}) {
        given()
            .baseUri(app.managementUri())
            .get(path)
            .then()
            .statusCode(200)
            .header("X-Content-Type-Options", "nosniff");
        given()
            .baseUri(app.baseUri())
            .get(path)
            .then()
            .statusCode(404)
            .contentType("application/problem+json");
        given().baseUri(app.managementUri()).request("TRACE", path).then().statusCode(405);
      }
      given()
          .baseUri(app.managementUri())
          .get("/q/metrics")
          .then()
          .body(containsString("jvm_memory_used_bytes"));
      List<InetAddress> outward = outwardAddresses();
      assertFalse(outward.isEmpty(), "this machine has no address but loopback to try");
      for (InetAddress address : outward) {
        assertThrows(
            IOException.class,
            () -> {
              try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(address, app.managementPort()), 1000);
              }
            },
            "the management port answers on " + address);
      }
    }
  }

  /** The machine's own addresses other than loopback, where a remote caller could connect. */
  private static List<InetAddress> outwardAddresses() throws SocketException {
    List<InetAddress> addresses = new ArrayList<>();
    for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
      if (nic.isUp() && !nic.isLoopback()) {
        for (InetAddress address : Collections.list(nic.getInetAddresses())) {
          if (address instanceof Inet4Address) {
            addresses.add(address);
          }
        }
      }
    }
    return addresses;
  }

  @Test
  void api8_swaggerUiIsServedWhenTheOperatorSwitchesItOn() throws Exception {
    try (AppProcess app =
        AppProcess.start(database.name(), Map.of("QUARKUS_SWAGGER_UI_ENABLED", "true"))) {
      given()
          .baseUri(app.baseUri())
          .get("/q/swagger-ui/")
          .then()
          .statusCode(200)
          .body(containsString("swagger-ui"));
      given().baseUri(app.baseUri()).get("/q/dev-ui").then().statusCode(404);
    }
  }

  /**
   * The dev token is in application.properties and the README for anyone to read: the packaged app
   * refuses to start with it, as with a short or patterned secret, and says what to set.
   */
  @Test
  void api8_thePackagedAppRefusesToStartWithThePublishedDevTokenOrAWeakOne() throws Exception {
    for (String token :
        new String[] {"dev-admin-token-for-local-use-only-0000", "admin", "x".repeat(40)}) {
      AppProcess.Exit exit =
          AppProcess.startExpectingExit(database.name(), Map.of("CONTENT_ADMIN_TOKEN", token));

      assertNotEquals(0, exit.code(), exit.output());
      assertTrue(
          exit.output()
              .contains("Set CONTENT_ADMIN_TOKEN (content.admin-token) to a random secret"),
          exit.output());
    }
  }
}

package com.renovare.content.it;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The packaged application as a separate process on its own ports and database, for tests that need
 * what a @QuarkusTest cannot give: a restart, or several instances side by side. Each process gets
 * a free API port and a free management port (health, metrics), which the packaged app binds to
 * loopback by default.
 */
final class AppProcess implements AutoCloseable {

  static final String ADMIN_TOKEN = "integration-admin-token-0123456789abcdef";
  private static final String SERVER = "jdbc:postgresql://localhost:5432/";
  private static final String USER = "postgres";

  private final String database;
  private final int port;
  private final int managementPort;
  private final Map<String, String> env;
  private final Path log;
  private Process process;

  private AppProcess(String database, Map<String, String> extraEnv) throws IOException {
    this.database = database;
    this.port = freePort();
    int management = freePort();
    while (management == port) {
      management = freePort();
    }
    this.managementPort = management;
    this.log = Files.createTempFile("content-api-" + port + "-", ".log");
    this.env = new HashMap<>();
    env.put("QUARKUS_DATASOURCE_JDBC_URL", SERVER + database);
    env.put("QUARKUS_DATASOURCE_USERNAME", USER);
    env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
    env.put("QUARKUS_MANAGEMENT_PORT", String.valueOf(managementPort));
    env.put("CONTENT_ADMIN_TOKEN", ADMIN_TOKEN);
    env.putAll(extraEnv);
  }

  /** A fresh, empty database with this name (dropped first if a previous run left it). */
  static void createDatabase(String database) throws SQLException {
    try (Connection c = DriverManager.getConnection(SERVER + "postgres", USER, "");
        Statement s = c.createStatement()) {
      s.execute("drop database if exists " + database + " with (force)");
      s.execute("create database " + database);
    }
  }

  static void dropDatabase(String database) throws SQLException {
    try (Connection c = DriverManager.getConnection(SERVER + "postgres", USER, "");
        Statement s = c.createStatement()) {
      s.execute("drop database if exists " + database + " with (force)");
    }
  }

  /** Starts the packaged app and waits until its management port reports it ready. */
  static AppProcess start(String database, Map<String, String> extraEnv) throws Exception {
    AppProcess app = new AppProcess(database, extraEnv);
    app.start();
    return app;
  }

  /** The exit of an app that refused to start: its exit code and everything it printed. */
  record Exit(int code, String output) {}

  /**
   * Starts the packaged app expecting it to refuse to start, and waits for it to exit; fails when
   * it becomes ready or keeps running instead.
   */
  static Exit startExpectingExit(String database, Map<String, String> extraEnv) throws Exception {
    AppProcess app = new AppProcess(database, extraEnv);
    app.launch();
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (app.process.isAlive() && Instant.now().isBefore(deadline)) {
      if (app.managementStatus("/q/health/ready") == 200) {
        app.stop();
        throw new IllegalStateException("The app started instead:\n" + app.output());
      }
      Thread.sleep(200);
    }
    if (app.process.isAlive()) {
      app.stop();
      throw new IllegalStateException("The app did not exit:\n" + app.output());
    }
    return new Exit(app.process.exitValue(), app.output());
  }

  void start() throws Exception {
    launch();
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("The app exited early:\n" + Files.readString(log));
      }
      if (managementStatus("/q/health/ready") == 200) {
        return;
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException("The app did not become ready:\n" + Files.readString(log));
  }

  private void launch() throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(System.getProperty("app.jar", "target/quarkus-app/quarkus-run.jar"));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().putAll(env);
    process = builder.start();
  }

  /** Stops the process as an operator would (SIGTERM), and waits for it to exit. */
  void stop() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroy();
      process.waitFor();
    }
  }

  String baseUri() {
    return "http://localhost:" + port;
  }

  /** A JSON request to the API port with the admin token. */
  RequestSpecification admin() {
    return given()
        .baseUri(baseUri())
        .header("Authorization", "Bearer " + ADMIN_TOKEN)
        .contentType("application/json");
  }

  /** Health and metrics: the management port, on loopback. */
  String managementUri() {
    return "http://127.0.0.1:" + managementPort;
  }

  int managementPort() {
    return managementPort;
  }

  /** The status of a GET on the API port, or -1 when nothing answers. */
  int status(String path) {
    return status(baseUri(), path);
  }

  /** The status of a GET on the management port, or -1 when nothing answers. */
  int managementStatus(String path) {
    return status(managementUri(), path);
  }

  private static int status(String base, String path) {
    try {
      HttpURLConnection c = (HttpURLConnection) URI.create(base + path).toURL().openConnection();
      c.setConnectTimeout(1000);
      c.setReadTimeout(2000);
      try {
        return c.getResponseCode();
      } finally {
        c.disconnect();
      }
    } catch (IOException e) {
      return -1;
    }
  }

  String database() {
    return database;
  }

  /** Everything the process printed so far. */
  String output() throws IOException {
    return Files.readString(log);
  }

  @Override
  public void close() throws InterruptedException {
    stop();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}

package com.renovare.content.fuzz;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.renovare.content.Articles;
import com.renovare.content.article.ArticleContent;
import com.renovare.content.editorial.Editorial;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Sends hostile input to every operation of the contract and holds each answer to the oracle: a
 * success or a documented problem+json 4xx, nothing internal in the body, and a refused write
 * leaves the database as it was. Replay a run with {@code -Dfuzz.seed=N}; size it with {@code
 * -Dfuzz.rounds=N} (requests per operation).
 */
@QuarkusTest
@TestProfile(HostileInputFuzzTest.Quiet.class)
class HostileInputFuzzTest {

  /**
   * Background jobs that write on their own clock (scheduled publishes, webhook deliveries) would
   * change the database between the fingerprints around a request; here they wait for an hour.
   */
  public static class Quiet implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "content.scheduler.every", "1h",
          "content.scheduler.first-run-after", "1h",
          "content.webhooks.worker-every", "1h");
    }
  }

  private static final Path CONTRACT = Path.of("openapi", "openapi.yaml");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern TEMPLATE = Pattern.compile("\\{([^}]+)}");
  private static final int MAX_REPORTED = 40;

  /** Loopback is the one address the test profile lets webhooks target; nothing listens there. */
  private static final String WEBHOOK_TARGET = "http://127.0.0.1:9/fuzz-hook";

  @Inject DataSource dataSource;

  private long seed;
  private Hostile hostile;
  private Contract contract;
  private Bodies bodies;
  private RawHttp http;
  private final Map<String, String> fixtures = new HashMap<>();
  private ArticleContent fixtureContent;
  private final List<String> failures = new ArrayList<>();
  private final Map<String, Map<Integer, Integer>> answers = new TreeMap<>();
  private int sent;

  @Test
  void everyOperationAnswersHostileInputWithSuccessOrADocumentedProblem() throws Exception {
    seed = Long.getLong("fuzz.seed", envSeed());
    int rounds = Integer.getInteger("fuzz.rounds", 30);
    System.out.printf(
        "HostileInputFuzzTest: seed %d, %d rounds (-Dfuzz.seed=%d)%n", seed, rounds, seed);
    hostile = new Hostile(seed);
    contract = Contract.load(CONTRACT);
    bodies = new Bodies(contract);
    http = new RawHttp("localhost", RestAssured.port);
    long started = System.nanoTime();

    for (int round = 0; round < rounds; round++) {
      String before = fingerprint();
      makeFixtures(round);
      // The fixtures are writes: if the fingerprint did not see them, it would not see a refused
      // write that changed something either.
      assertNotEquals(
          before, fingerprint(), "the database fingerprint missed the fixtures' writes");
      for (Contract.Operation operation : contract.operations()) {
        fuzz(operation, round);
      }
    }

    long seconds = (System.nanoTime() - started) / 1_000_000_000L;
    System.out.printf(
        "HostileInputFuzzTest: seed %d, %d rounds, %d requests, %d s, %d failure(s)%n",
        seed, rounds, sent, seconds, failures.size());
    answers.forEach((operation, statuses) -> System.out.println("  " + operation + " " + statuses));
    assertEquals(
        contract.operations().size(),
        answers.size(),
        "every operation of the contract must have been exercised");
    assertTrue(
        failures.isEmpty(),
        failures.size()
            + " hostile request(s) got a wrong answer (seed "
            + seed
            + ", replay with -Dfuzz.seed="
            + seed
            + "):\n\n"
            + String.join("\n\n", failures.subList(0, Math.min(MAX_REPORTED, failures.size()))));
  }

  private static long envSeed() {
    String fromEnv = System.getenv("FUZZ_SEED");
    return fromEnv != null ? Long.parseLong(fromEnv) : new java.util.Random().nextLong();
  }

  // --- one request -----------------------------------------------------------------------------

  private void fuzz(Contract.Operation operation, int round) throws Exception {
    Map<String, String> path = new LinkedHashMap<>();
    for (Contract.Parameter parameter : operation.in("path")) {
      path.put(parameter.name(), validPathValue(operation, parameter));
    }
    Map<String, String> query = new LinkedHashMap<>();
    for (Contract.Parameter parameter : operation.in("query")) {
      // A value the contract shows (example, enum, default) is valid; a cursor or a change-feed
      // position is opaque, so a valid request leaves it out.
      JsonNode schema = contract.resolve(parameter.schema());
      boolean known = schema.has("examples") || schema.has("enum") || schema.has("default");
      if (parameter.required() || known && hostile.chance(0.5)) {
        query.put(parameter.name(), validText(parameter.schema()));
      }
    }
    List<String[]> headers = new ArrayList<>();
    String media = operation.media().isEmpty() ? null : first(operation.media().keySet());
    String auth = authorization(operation);
    if (auth != null) {
      headers.add(new String[] {"Authorization", auth});
    }
    headers.add(new String[] {"Accept", "application/json, application/problem+json"});
    for (Contract.Parameter parameter : operation.in("header")) {
      if (parameter.name().equalsIgnoreCase("If-Match")) {
        headers.add(new String[] {"If-Match", etagFor(operation, path)});
      } else {
        headers.add(new String[] {parameter.name(), validText(parameter.schema())});
      }
    }
    byte[] body = null;
    JsonNode validBody = null;
    if (media != null) {
      headers.add(new String[] {"Content-Type", media});
      JsonNode mediaObject = operation.media().get(media);
      if (media.contains("json")) {
        validBody = validBodyFor(operation, mediaObject, path);
        body = Hostile.utf8(Bodies.write(validBody, hostile));
      } else {
        body = Hostile.utf8(exampleText(mediaObject));
      }
    }

    String note;
    boolean rerouted = false;
    int kind = hostile.nextInt(20);
    if (kind < 3 && !path.isEmpty()) {
      String name = hostile.pick(new ArrayList<>(path.keySet()));
      String value = hostile.string();
      path.put(name, value);
      rerouted = reroutes(value);
      note = "path parameter " + name;
    } else if (kind < 5 && !operation.in("query").isEmpty()) {
      Contract.Parameter parameter = hostile.pick(operation.in("query"));
      query.put(
          parameter.name(), hostile.chance(0.3) ? hostile.pick(Hostile.NUMBERS) : hostile.string());
      note = "query parameter " + parameter.name();
    } else if (kind < 6) {
      query.put(hostile.pick(List.of("limit", "cursor", "x", "since", "")), hostile.string());
      note = "extra query parameter";
    } else if (kind < 9) {
      note = abuseHeader(headers);
    } else if (kind < 16 && validBody != null) {
      List<String> pointers = Bodies.pointers(validBody);
      String pointer = hostile.pick(pointers);
      String[] mutated = Bodies.mutate(validBody, pointer, hostile);
      body = Hostile.utf8(mutated[0]);
      note = "body " + mutated[1];
    } else if (kind < 19) {
      body = garbageBody(body);
      note = "garbage body";
    } else {
      note = "valid request";
    }
    if (media == null && body == null && hostile.chance(0.1)) {
      body = Hostile.utf8("{\"unexpected\": \"body\"}");
      headers.add(new String[] {"Content-Type", "application/json"});
      note += ", with a body the operation does not take";
    }

    byte[] target = target(operation.path(), path, query, hostile.chance(0.2));
    RawHttp.Request request = new RawHttp.Request(operation.method(), target, headers, body);
    send(operation, request, rerouted, note, round);
  }

  private void send(
      Contract.Operation operation,
      RawHttp.Request request,
      boolean rerouted,
      String note,
      int round)
      throws SQLException {
    String before = operation.writes() ? fingerprint() : null;
    RawHttp.Response response;
    try {
      response = http.send(request);
    } catch (IOException e) {
      if (!Oracle.unframed(request).isEmpty()) {
        // The HTTP layer may close on a request it cannot parse before the client has finished
        // writing it, and then the answer is lost with the connection.
        sent++;
        answers.computeIfAbsent(operation.id(), k -> new TreeMap<>()).merge(0, 1, Integer::sum);
        return;
      }
      fail(operation, request, note, round, List.of("no answer: " + e.getMessage()), null);
      return;
    }
    sent++;
    answers
        .computeIfAbsent(operation.id(), k -> new TreeMap<>())
        .merge(response.status(), 1, Integer::sum);
    if (Boolean.getBoolean("fuzz.verbose")) {
      System.out.printf(
          "%d %s (%s)%n  %s%n",
          response.status(),
          RawHttp.excerpt(request.describe(), 300),
          note,
          RawHttp.excerpt(response.body(), 200));
    }
    String everythingSent =
        new String(request.target(), StandardCharsets.UTF_8)
            + "\n"
            + request.describe()
            + (request.body() == null ? "" : new String(request.body(), StandardCharsets.UTF_8));
    List<String> wrong =
        new ArrayList<>(
            Oracle.judge(
                operation.statuses(),
                rerouted,
                Oracle.unframed(request),
                response,
                decoded(everythingSent)));
    if (before != null && response.status() >= 400) {
      String after = fingerprint();
      if (!before.equals(after)) {
        List<String> changed = new ArrayList<>(List.of(after.split(" ")));
        changed.removeAll(List.of(before.split(" ")));
        wrong.add(
            "the request was refused but these tables changed: "
                + changed.stream().map(t -> t.substring(0, t.indexOf(':'))).toList());
      }
    }
    if (!wrong.isEmpty()) {
      fail(operation, request, note, round, wrong, response);
    }
  }

  private void fail(
      Contract.Operation operation,
      RawHttp.Request request,
      String note,
      int round,
      List<String> wrong,
      RawHttp.Response response) {
    failures.add(
        operation.id()
            + " (seed "
            + seed
            + ", round "
            + round
            + ", "
            + note
            + "): "
            + String.join("; ", wrong)
            + "\n"
            + request.describe()
            + (response == null
                ? ""
                : "\n  answer: "
                    + response.status()
                    + " "
                    + response.header("Content-Type")
                    + " "
                    + RawHttp.excerpt(response.body(), 500)));
  }

  private static String decoded(String text) {
    try {
      return text
          + "\n"
          + java.net.URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return text;
    }
  }

  private static boolean reroutes(String rawValue) {
    // What goes on the wire: an unpaired surrogate becomes '?', which starts a query.
    String value = new String(rawValue.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    return value.isEmpty()
        || value.chars().anyMatch(c -> "/\\.%;?#".indexOf(c) >= 0 || c < 0x20 || c == 0x7f);
  }

  // --- the parts of a request ------------------------------------------------------------------

  private String authorization(Contract.Operation operation) {
    double dice = hostile.nextInt(100) / 100.0;
    if (operation.editorial()) {
      if (dice < 0.75) {
        return "Bearer " + Editorial.ADMIN;
      }
      return dice < 0.9 ? null : garbageAuthorization();
    }
    if (dice < 0.6) {
      return null;
    }
    return dice < 0.7 ? "Bearer " + Editorial.ADMIN : garbageAuthorization();
  }

  private String garbageAuthorization() {
    return hostile.pick(
        List.of(
            "Bearer",
            "Bearer ",
            "Basic YWRtaW46YWRtaW4=",
            "Bearer " + hostile.string(),
            "bearer " + Editorial.ADMIN.toUpperCase(),
            "Bearer " + Editorial.ADMIN + "\u0000",
            "Bearer " + Editorial.ADMIN + " extra",
            "Negotiate " + "A".repeat(8000),
            hostile.string()));
  }

  private String abuseHeader(List<String[]> headers) {
    int which = hostile.nextInt(9);
    String name;
    String value;
    switch (which) {
      case 0 -> {
        name = "If-Match";
        value =
            hostile.pick(
                List.of("*", "W/\"1\"", "\"", "\"x\", \"y\"", "", "\"" + hostile.string() + "\""));
      }
      case 1 -> {
        name = "If-None-Match";
        value = hostile.pick(List.of("*", "W/\"1\"", "\"", "garbage", "\"" + hostile.string()));
      }
      case 2 -> {
        name = "Authorization";
        value = garbageAuthorization();
      }
      case 3 -> {
        name = "Accept";
        value =
            hostile.pick(
                List.of(
                    "text/html",
                    "application/xml",
                    "image/png",
                    "*/*;q=0",
                    "application/json;q=abc",
                    "garbage",
                    ";;;",
                    "application/*",
                    hostile.string()));
      }
      case 4 -> {
        name = "Range";
        value =
            hostile.pick(List.of("bytes=0-10", "bytes=-1", "bytes=999999999-", "items=0-1", "x"));
      }
      case 5 -> {
        name = "X-Fuzz-Padding";
        value = "p".repeat(15_000 + hostile.nextInt(3_000));
      }
      case 6 -> {
        name = "X-API-Key";
        value = hostile.string();
      }
      case 7 -> {
        name = "Content-Type";
        value = wrongContentType();
      }
      default -> {
        name =
            hostile.pick(
                List.of("If-Modified-Since", "Accept-Encoding", "Accept-Language", "Origin"));
        value = hostile.string();
      }
    }
    headers.removeIf(h -> h[0].equalsIgnoreCase(name));
    headers.add(new String[] {name, value.length() > 20_000 ? value.substring(0, 20_000) : value});
    return "header " + name;
  }

  private String wrongContentType() {
    return hostile.pick(
        List.of(
            "text/plain",
            "application/xml",
            "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x",
            "application/json; charset=utf-16",
            "application/json; charset=nonsense",
            "application/problem+json",
            "a/b/c",
            "",
            "application/json;;;",
            "*/*",
            "text/html",
            "text/markdown"));
  }

  private byte[] garbageBody(byte[] valid) {
    byte[] base = valid == null ? Hostile.utf8("{}") : valid;
    return switch (hostile.nextInt(12)) {
      case 0 -> new byte[0];
      case 1 ->
          Hostile.utf8(
              hostile.pick(
                  List.of(
                      "null",
                      "[]",
                      "{",
                      "}",
                      "\"text\"",
                      "1",
                      "true",
                      "{\"a\":}",
                      "{'a':1}",
                      "{a:1}")));
      case 2 ->
          java.util.Arrays.copyOf(base, Math.max(1, hostile.nextInt(Math.max(1, base.length))));
      case 3 -> Hostile.utf8(hostile.deepJson());
      case 4 -> Hostile.utf8(hostile.hugeArray());
      case 5 -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, base);
      case 6 -> hostile.badBytes();
      case 7 -> concat(base, hostile.badBytes());
      case 8 -> Hostile.utf8("<?xml version=\"1.0\"?><a><b>1</b></a>");
      case 9 -> Hostile.utf8("a=1&b=2");
      case 10 -> Hostile.utf8(hostile.longString());
      default -> Hostile.utf8(new String(base, StandardCharsets.UTF_8) + "trailing");
    };
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private byte[] target(
      String template, Map<String, String> path, Map<String, String> query, boolean raw) {
    Matcher m = TEMPLATE.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = path.getOrDefault(m.group(1), "x");
      m.appendReplacement(out, Matcher.quoteReplacement(raw ? value : encode(value)));
    }
    m.appendTail(out);
    String separator = "?";
    for (Map.Entry<String, String> parameter : query.entrySet()) {
      out.append(separator)
          .append(raw ? parameter.getKey() : encode(parameter.getKey()))
          .append('=')
          .append(raw ? parameter.getValue() : encode(parameter.getValue()));
      separator = "&";
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  // --- valid values, so that one mutation reaches deep --------------------------------------

  private String validPathValue(Contract.Operation operation, Contract.Parameter parameter) {
    String[] segments = operation.path().split("/");
    for (int i = 1; i < segments.length; i++) {
      if (segments[i].equals("{" + parameter.name() + "}")) {
        String fixture = fixtures.get(segments[i - 1] + "/" + parameter.name());
        if (fixture != null) {
          return fixture;
        }
      }
    }
    return validText(parameter.schema());
  }

  private String validText(JsonNode schema) {
    JsonNode value = bodies.valid(schema);
    return value.isTextual() ? value.asText() : value.toString();
  }

  /**
   * A body the operation accepts as it stands: built from the schema, then made to fit the data (an
   * existing key for a PUT, a fresh one for a POST, a webhook target the test profile allows).
   */
  private JsonNode validBodyFor(
      Contract.Operation operation, JsonNode media, Map<String, String> path) {
    String schema = media.path("schema").path("$ref").asText("");
    if (schema.endsWith("/ArticleContent")) {
      ArticleContent content =
          operation.method().equals("PUT") ? fixtureContent : Articles.aDraftWithSections(2);
      return JSON.valueToTree(content);
    }
    JsonNode body = bodies.valid(media.path("schema"));
    if (body instanceof ObjectNode object) {
      if (object.has("key")) {
        object.put(
            "key",
            path.getOrDefault("key", "fuzz-" + UUID.randomUUID().toString().substring(0, 8)));
      }
      if (schema.endsWith("/WebhookSubscriptionRequest")) {
        object.put("url", WEBHOOK_TARGET);
      }
    }
    return body;
  }

  private static String exampleText(JsonNode media) {
    JsonNode examples = media.path("examples");
    if (examples.size() > 0) {
      return examples.elements().next().path("value").asText();
    }
    return media.path("example").asText("Fuzz\n\nA paragraph.");
  }

  private String etagFor(Contract.Operation operation, Map<String, String> path) {
    String resolved = operation.path();
    for (Map.Entry<String, String> parameter : path.entrySet()) {
      resolved = resolved.replace("{" + parameter.getKey() + "}", encode(parameter.getValue()));
    }
    for (String candidate : List.of(resolved, resolved.substring(0, resolved.lastIndexOf('/')))) {
      String etag =
          given()
              .urlEncodingEnabled(false)
              .header("Authorization", "Bearer " + Editorial.ADMIN)
              .get(candidate)
              .header("ETag");
      if (etag != null) {
        return etag;
      }
    }
    return "\"no-etag\"";
  }

  private static String first(Set<String> keys) {
    return keys.iterator().next();
  }

  // --- fixtures: one of each thing per round, so that valid ids stay valid --------------------

  private void makeFixtures(int round) throws SQLException {
    String webhook =
        Editorial.as(Editorial.ADMIN)
            .body(Map.of("url", WEBHOOK_TARGET, "events", List.of("article.published")))
            .post("/v1/editorial/webhooks")
            .then()
            .statusCode(201)
            .extract()
            .path("subscription.id");
    fixtures.put("webhooks/id", webhook);
    fixtureContent = Articles.aDraftWithSections(2);
    String article = Editorial.create(Editorial.ADMIN, fixtureContent);
    Editorial.publish(Editorial.ADMIN, article, "Fuzz fixture " + round + ".");
    fixtures.put("articles/id", article);
    fixtures.put("articles/slug", fixtureContent.slug());
    fixtures.put("sections/key", "part-1");
    fixtures.put("versions/version", "1");
    fixtures.put("citations/key", Articles.SEED_CITATION);
    fixtures.put("products/sku", Articles.SEED_SKU);

    String token =
        Editorial.as(Editorial.ADMIN)
            .body(Map.of("name", "fuzz-" + round, "roles", List.of("editor")))
            .post("/v1/editorial/tokens")
            .then()
            .statusCode(201)
            .extract()
            .path("token.id");
    fixtures.put("tokens/id", token);
    String key =
        Editorial.as(Editorial.ADMIN)
            .body(Map.of("name", "fuzz-" + round))
            .post("/v1/editorial/api-keys")
            .then()
            .statusCode(201)
            .extract()
            .path("key.id");
    fixtures.put("api-keys/id", key);
    fixtures.put("deliveries/deliveryId", deliveryOf(webhook));
    String note = "fuzz-note-" + UUID.randomUUID().toString().substring(0, 8);
    String created =
        Editorial.as(Editorial.ADMIN)
            .body(
                Map.of(
                    "key",
                    note,
                    "ingredient",
                    "Vitamin K",
                    "terms",
                    List.of("fuzzamin"),
                    "title",
                    "Fuzz note",
                    "text",
                    "A note made by the fuzz test.",
                    "citations",
                    List.of(Articles.SEED_CITATION)))
            .post("/v1/editorial/safety-notes")
            .then()
            .extract()
            .path("key");
    fixtures.put("safety-notes/key", created == null ? note : created);
  }

  /** The delivery the fixture article's publish queued for the fixture webhook. */
  private String deliveryOf(String webhook) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        java.sql.PreparedStatement query =
            connection.prepareStatement(
                "select id from webhook_delivery where subscription_id = ? limit 1")) {
      query.setObject(1, UUID.fromString(webhook));
      try (ResultSet row = query.executeQuery()) {
        return row.next() ? row.getString(1) : UUID.randomUUID().toString();
      }
    }
  }

  // --- the database, before and after -------------------------------------------------------

  private String fingerprintQuery;

  /**
   * One digest of every application table's rows. Rows are ordered by their own text, which is as
   * stable as ordering by primary key and needs no knowledge of each table. Flyway's history is the
   * only table left out: no request can write it.
   */
  private String fingerprint() throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      if (fingerprintQuery == null) {
        List<String> parts = new ArrayList<>();
        try (ResultSet tables =
            statement.executeQuery(
                "select table_name from information_schema.tables where table_schema = 'public'"
                    + " and table_type = 'BASE TABLE' and table_name <> 'flyway_schema_history'"
                    + " order by table_name")) {
          while (tables.next()) {
            String table = tables.getString(1);
            parts.add(
                "select '"
                    + table
                    + "' || ':' || md5(coalesce(string_agg(t::text, '|' order by t::text), ''))"
                    + " as digest from \""
                    + table
                    + "\" t");
          }
        }
        fingerprintQuery =
            "select string_agg(digest, ' ' order by digest) from ("
                + String.join(" union all ", parts)
                + ") d";
      }
      try (ResultSet digest = statement.executeQuery(fingerprintQuery)) {
        digest.next();
        return digest.getString(1);
      }
    }
  }
}

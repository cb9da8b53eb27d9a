package com.renovare.content.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Judges one answer to hostile input: a success, or a problem+json 4xx the contract documents for
 * the operation, and nothing internal in the body either way.
 */
final class Oracle {

  /** Text that only gets into a body when internals leak: stack frames, class names, SQL. */
  static final List<String> LEAKS =
      List.of(
          "at com.",
          "at java.",
          "at io.",
          "at org.",
          "Exception",
          ".java:",
          "com.renovare",
          "java.lang",
          "java.util",
          "org.hibernate",
          "io.quarkus",
          "io.vertx",
          "jakarta.",
          "com.fasterxml",
          "SELECT ",
          "INSERT ",
          "UPDATE ",
          "DELETE FROM",
          "org.postgresql",
          "SQLState",
          "SQL state",
          "violates",
          "constraint [",
          "constraint \"",
          "ERROR: ");

  /**
   * Answers a request can get when hostile path text made it name another resource or no resource
   * at all: then the operation's own list does not apply, routing does.
   */
  static final Set<Integer> REROUTED = Set.of(404, 405);

  private static final ObjectMapper JSON = new ObjectMapper();

  private Oracle() {}

  /**
   * Everything wrong with the answer, empty when it is acceptable.
   *
   * @param documented the statuses the contract lists for the operation
   * @param rerouted whether the request's path no longer names the operation's resource
   * @param sent all text of the request, so that echoed input is not mistaken for a leak
   */
  static List<String> judge(
      Set<Integer> documented, boolean rerouted, RawHttp.Response response, String sent) {
    return judge(documented, rerouted, Set.of(), response, sent);
  }

  /**
   * As above, where {@code unframed} holds the statuses the HTTP layer answers, bare, to a request
   * that is not valid HTTP or breaks its size limits (see {@link #unframed}).
   */
  static List<String> judge(
      Set<Integer> documented,
      boolean rerouted,
      Set<Integer> unframed,
      RawHttp.Response response,
      String sent) {
    List<String> wrong = new ArrayList<>();
    int status = response.status();
    for (String leak : LEAKS) {
      if (response.body().contains(leak) && !sent.contains(leak)) {
        wrong.add("the body contains '" + leak + "'");
      }
    }
    if (status >= 500) {
      wrong.add("status " + status + " (a server error)");
      return wrong;
    }
    boolean allowed = documented.contains(status) || (rerouted && REROUTED.contains(status));
    if (!allowed) {
      wrong.add("status " + status + " is not documented for this operation " + documented);
    }
    boolean bare = response.body().isEmpty() && response.header("Content-Type") == null;
    if (status >= 400 && !(bare && unframed.contains(status))) {
      wrong.addAll(problemShape(status, response));
    }
    return wrong;
  }

  /** The request line limit (quarkus.http.limits.max-initial-line-length, default 4096). */
  static final int MAX_LINE = 4096;

  /** Where header size refusals may start: within 1K of quarkus.http.limits.max-header-size. */
  static final int HEADERS_NEAR_LIMIT = 15 * 1024;

  /**
   * The bare answers the HTTP layer (Netty, Vert.x and Quarkus' URI check, before any route or
   * application code) gives a request that cannot be parsed: 414 for a request line over its limit,
   * 431 for headers over theirs, 400 for bytes HTTP forbids in the target or in a header and for a
   * target that is not a URI. No application code runs for them, so no problem body can be written;
   * the contract documents them. Empty when the request is well-formed HTTP, so that any bare
   * answer to it counts as a failure.
   */
  static Set<Integer> unframed(RawHttp.Request request) {
    Set<Integer> statuses = new java.util.TreeSet<>();
    byte[] target = request.target();
    if (request.method().length() + target.length + 10 > MAX_LINE) {
      statuses.add(414);
    }
    int headerBytes = 0;
    boolean forbidden = false;
    for (byte b : target) {
      int c = b & 0xff;
      if (c <= 0x20 || c == 0x7f) {
        forbidden = true;
      }
    }
    try {
      // Quarkus answers a bare 400, before any route, to a target java.net.URI cannot parse:
      // invalid percent escapes, brackets and braces, C1 control characters.
      new java.net.URI(new String(target, java.nio.charset.StandardCharsets.ISO_8859_1));
    } catch (java.net.URISyntaxException e) {
      forbidden = true;
    }
    for (String[] header : request.headers()) {
      byte[] value = header[1].getBytes(java.nio.charset.StandardCharsets.UTF_8);
      headerBytes += header[0].length() + value.length + 4;
      for (byte b : value) {
        int c = b & 0xff;
        if ((c < 0x20 && c != '\t') || c == 0x7f) {
          forbidden = true;
        }
      }
    }
    if (headerBytes > HEADERS_NEAR_LIMIT) {
      statuses.add(431);
    }
    if (forbidden) {
      statuses.add(400);
    }
    return statuses;
  }

  private static List<String> problemShape(int status, RawHttp.Response response) {
    List<String> wrong = new ArrayList<>();
    String type = response.header("Content-Type");
    if (type == null || !type.toLowerCase().startsWith("application/problem+json")) {
      wrong.add("Content-Type is " + type + ", not application/problem+json");
      return wrong;
    }
    JsonNode problem;
    try {
      problem = JSON.readTree(response.body());
    } catch (IOException e) {
      wrong.add("the problem body is not JSON");
      return wrong;
    }
    if (problem == null || !problem.isObject()) {
      wrong.add("the problem body is not a JSON object");
      return wrong;
    }
    for (String field : List.of("type", "title", "detail")) {
      if (!problem.path(field).isTextual() || problem.path(field).asText().isBlank()) {
        wrong.add("the problem has no " + field);
      }
    }
    if (problem.path("status").asInt(-1) != status) {
      wrong.add("the problem's status " + problem.path("status") + " is not " + status);
    }
    return wrong;
  }
}

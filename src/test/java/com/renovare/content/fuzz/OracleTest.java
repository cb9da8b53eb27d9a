package com.renovare.content.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The fuzzer's oracle flags what it must, so that a quiet fuzz run means something. */
class OracleTest {

  private static final Set<Integer> DOCUMENTED = Set.of(200, 400, 404);
  private static final String PROBLEM =
      "{\"type\":\"/problems/x\",\"title\":\"X\",\"status\":400,\"detail\":\"%s\"}";

  private static RawHttp.Response answer(int status, String type, String body) {
    List<String[]> headers =
        type == null ? List.of() : List.<String[]>of(new String[] {"Content-Type", type});
    return new RawHttp.Response(status, headers, body);
  }

  private static RawHttp.Response problem(String detail) {
    return answer(400, "application/problem+json", PROBLEM.formatted(detail));
  }

  private static RawHttp.Request get(String target, String... header) {
    List<String[]> headers = header.length == 0 ? List.of() : List.<String[]>of(header);
    return new RawHttp.Request("GET", target.getBytes(StandardCharsets.ISO_8859_1), headers, null);
  }

  @Test
  void aDocumentedProblemAndASuccessPass() {
    assertEquals(List.of(), Oracle.judge(DOCUMENTED, false, problem("The slug is bad."), ""));
    assertEquals(
        List.of(), Oracle.judge(DOCUMENTED, false, answer(200, "application/json", "{}"), ""));
  }

  @Test
  void internalsInTheBodyAreFlagged() {
    for (String leak :
        List.of(
            "org.hibernate.exception.DataException",
            "at com.renovare.content.X.y(X.java:12)",
            "java.lang.NullPointerException",
            "ERROR: duplicate key value violates unique constraint \\\"article_slug\\\"",
            "SELECT a FROM article a",
            "io.quarkus.runtime.Foo",
            "jakarta.ws.rs.NotFoundException")) {
      List<String> wrong = Oracle.judge(DOCUMENTED, false, problem(leak), "");
      assertTrue(
          !wrong.isEmpty() && wrong.get(0).startsWith("the body contains"), leak + " " + wrong);
    }
  }

  @Test
  void inputTheServerEchoesIsNotALeak() {
    String sent = "GET /v1/articles/SELECT%20x SELECT x";
    assertEquals(List.of(), Oracle.judge(DOCUMENTED, false, problem("No article SELECT x."), sent));
  }

  @Test
  void serverErrorsUndocumentedStatusesAndPlainErrorsAreFlagged() {
    assertTrue(
        Oracle.judge(DOCUMENTED, false, answer(500, "application/problem+json", "{}"), "")
            .contains("status 500 (a server error)"));
    assertEquals(
        1,
        Oracle.judge(
                DOCUMENTED,
                false,
                answer(
                    409, "application/problem+json", PROBLEM.formatted("x").replace("400", "409")),
                "")
            .size());
    assertTrue(
        Oracle.judge(DOCUMENTED, false, answer(400, "application/json", "{}"), "")
            .get(0)
            .startsWith("Content-Type is application/json"));
    assertTrue(
        Oracle.judge(DOCUMENTED, false, answer(400, "text/html", "<h1>Bad</h1>"), "")
            .get(0)
            .startsWith("Content-Type"));
  }

  @Test
  void aProblemMustHaveEveryMemberAndItsOwnStatus() {
    RawHttp.Response noDetail =
        answer(400, "application/problem+json", "{\"type\":\"t\",\"title\":\"T\",\"status\":400}");
    assertEquals(
        List.of("the problem has no detail"), Oracle.judge(DOCUMENTED, false, noDetail, ""));
    RawHttp.Response wrongStatus =
        answer(404, "application/problem+json", PROBLEM.formatted("gone"));
    assertEquals(
        List.of("the problem's status 400 is not 404"),
        Oracle.judge(DOCUMENTED, false, wrongStatus, ""));
    assertEquals(
        List.of("the problem body is not JSON"),
        Oracle.judge(DOCUMENTED, false, answer(400, "application/problem+json", "{oops"), ""));
  }

  @Test
  void routingAnswersCountOnlyWhenThePathNamesAnotherResource() {
    RawHttp.Response notAllowed =
        answer(405, "application/problem+json", PROBLEM.formatted("no").replace("400", "405"));
    assertEquals(1, Oracle.judge(DOCUMENTED, false, notAllowed, "").size());
    assertEquals(List.of(), Oracle.judge(DOCUMENTED, true, notAllowed, ""));
  }

  @Test
  void bareAnswersPassOnlyForRequestsThatAreNotValidHttp() {
    RawHttp.Response bare = answer(400, null, "");
    assertEquals(Set.of(), Oracle.unframed(get("/v1/articles/vitamin-k2")));
    assertEquals(1, Oracle.judge(DOCUMENTED, false, Set.of(), bare, "").size());

    Set<Integer> badEscape = Oracle.unframed(get("/v1/articles/%zz"));
    assertEquals(Set.of(400), badEscape);
    assertEquals(List.of(), Oracle.judge(DOCUMENTED, false, badEscape, bare, ""));
    assertEquals(Set.of(400), Oracle.unframed(get("/v1/articles", "X-A", "line\nbreak")));
    assertEquals(Set.of(414), Oracle.unframed(get("/v1/articles?q=" + "a".repeat(5000))));
    assertEquals(
        Set.of(431), Oracle.unframed(get("/v1/articles", "X-Padding", "p".repeat(16 * 1024))));
  }
}

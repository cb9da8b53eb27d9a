package com.renovare.content.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.renovare.content.platform.paging.Paging;
import com.renovare.content.platform.problem.ApiProblem;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class PagingTest {

  @Test
  void limitDefaultsTo20AndAcceptsOneToHundred() {
    assertEquals(20, Paging.limit(null));
    assertEquals(1, Paging.limit("1"));
    assertEquals(100, Paging.limit("100"));
  }

  @Test
  void limitOutsideOneToHundredIsRefusedWith400() {
    for (String bad : List.of("0", "101", "-1", "abc", "", "1e2", "99999999999")) {
      ApiProblem problem = assertThrows(ApiProblem.class, () -> Paging.limit(bad), bad);
      assertEquals(400, problem.status());
    }
  }

  @Test
  void aCursorRoundTripsItsParts() {
    String cursor = Paging.encodeCursor("1700000000000", "vitamin-k2-mk7");

    assertEquals(List.of("1700000000000", "vitamin-k2-mk7"), Paging.decodeCursor(cursor, 2));
    assertNull(Paging.decodeCursor(null, 2));
  }

  @Test
  void aCursorThisApiDidNotIssueIsRefusedWith400() {
    for (String bad : List.of("", "!!!", "abc", Paging.encodeCursor("only-one"), "x".repeat(600))) {
      ApiProblem problem = assertThrows(ApiProblem.class, () -> Paging.decodeCursor(bad, 2), bad);
      assertEquals(400, problem.status());
    }
  }

  @Test
  void aCursorHoldingAControlCharacterOrBrokenUtf8IsRefusedWith400() {
    String brokenUtf8 =
        Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[] {'s', '\n', (byte) 0xff});
    for (String bad :
        List.of(
            Paging.encodeCursor("s", "a\u0000b"), Paging.encodeCursor("s", "a\tb"), brokenUtf8)) {
      ApiProblem problem = assertThrows(ApiProblem.class, () -> Paging.decodeCursor(bad, 2), bad);
      assertEquals(400, problem.status());
    }
    assertEquals(
        List.of("s", "vitamin-k2-mk7"),
        Paging.decodeCursor(Paging.encodeCursor("s", "vitamin-k2-mk7"), 2));
  }

  @Test
  void aCursorTimeInEpochMillisecondsOutsideTheYears1To9999IsRefusedWith400() {
    for (String bad :
        List.of(
            "1000000000000000000",
            "-1000000000000000000",
            "253402300800000",
            "-62135596800001",
            "99999999999999999999",
            "1e3",
            "")) {
      ApiProblem problem = assertThrows(ApiProblem.class, () -> Paging.epochMillis(bad), bad);
      assertEquals(400, problem.status());
    }
  }

  @Test
  void aCursorTimeInEpochMillisecondsOfTheYears1To9999IsRead() {
    assertEquals(Instant.parse("0001-01-01T00:00:00Z"), Paging.epochMillis("-62135596800000"));
    assertEquals(Instant.parse("9999-12-31T23:59:59.999Z"), Paging.epochMillis("253402300799999"));
    assertEquals(Instant.ofEpochMilli(1700000000000L), Paging.epochMillis("1700000000000"));
  }

  @Test
  void aCursorTimeAsAnInstantOutsideTheYears1To9999IsRefusedWith400() {
    for (String bad :
        List.of(
            "+1000000-01-01T00:00:00Z",
            "+1000000000-12-31T23:59:59Z",
            "-1000000-01-01T00:00:00Z",
            "+10000-01-01T00:00:00Z",
            "-0001-12-31T23:59:59Z",
            "2026-13-01T00:00:00Z",
            "yesterday")) {
      ApiProblem problem = assertThrows(ApiProblem.class, () -> Paging.instant(bad), bad);
      assertEquals(400, problem.status());
    }
  }

  @Test
  void aCursorTimeAsAnInstantOfTheYears1To9999IsRead() {
    Instant now = Instant.now();
    assertEquals(now, Paging.instant(now.toString()));
    assertEquals(Instant.parse("0001-01-01T00:00:00Z"), Paging.instant("0001-01-01T00:00:00Z"));
    assertEquals(
        Instant.parse("9999-12-31T23:59:59.999999Z"),
        Paging.instant("9999-12-31T23:59:59.999999Z"));
  }
}

package com.renovare.content.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.renovare.content.platform.paging.Paging;
import com.renovare.content.platform.problem.ApiProblem;
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
}

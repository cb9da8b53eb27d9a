package com.renovare.content.platform.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigRangesTest {

  @Test
  void theDefaultsAndTheBoundsThemselvesPass() {
    assertEquals(
        List.of(),
        ConfigRanges.problems(
            Map.of(
                "content.editorial.limits.requests", 600L,
                "content.editorial.limits.failed-auth-requests", 1L,
                "content.imports.max-report-entries", 200L,
                "content.link-check.concurrency", 64L,
                "content.link-check.max-redirects", 0L)));
  }

  @Test
  void everyValueOutOfRangeIsNamed() {
    Map<String, Long> values = new LinkedHashMap<>();
    values.put("content.editorial.limits.requests", 0L);
    values.put("content.link-check.concurrency", 65L);
    values.put("content.link-check.max-redirects", -1L);
    assertEquals(
        List.of(
            "content.editorial.limits.requests must be at least 1, is 0",
            "content.link-check.concurrency must be between 1 and 64, is 65",
            "content.link-check.max-redirects must be between 0 and 20, is -1"),
        ConfigRanges.problems(values));
  }
}

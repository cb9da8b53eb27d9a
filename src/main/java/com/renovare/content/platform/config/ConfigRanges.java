package com.renovare.content.platform.config;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Refuses to start with a numeric setting outside its range, naming every such setting at once. It
 * is the first observer of the start event, so nothing of ours runs with a value out of range.
 */
@Singleton
class ConfigRanges {

  /** Each checked setting's smallest and largest allowed value. */
  static final Map<String, long[]> RANGES =
      Map.of(
          "content.delivery.cache.load-threads", new long[] {1, 256},
          "content.editorial.limits.requests", new long[] {1, Long.MAX_VALUE},
          "content.editorial.limits.failed-auth-requests", new long[] {1, Long.MAX_VALUE},
          "content.imports.max-report-entries", new long[] {1, Long.MAX_VALUE},
          "content.link-check.concurrency", new long[] {1, 64},
          "content.link-check.max-redirects", new long[] {0, 20});

  private final ContentConfig config;

  ConfigRanges(ContentConfig config) {
    this.config = config;
  }

  void onStart(@Observes @Priority(1) StartupEvent event) {
    Map<String, Long> values = new LinkedHashMap<>();
    values.put(
        "content.delivery.cache.load-threads", (long) config.delivery().cache().loadThreads());
    values.put("content.editorial.limits.requests", config.editorial().limits().requests());
    values.put(
        "content.editorial.limits.failed-auth-requests",
        config.editorial().limits().failedAuthRequests());
    values.put("content.imports.max-report-entries", (long) config.imports().maxReportEntries());
    values.put("content.link-check.concurrency", (long) config.linkCheck().concurrency());
    values.put("content.link-check.max-redirects", (long) config.linkCheck().maxRedirects());
    List<String> problems = problems(values);
    if (!problems.isEmpty()) {
      throw new IllegalStateException(
          "Invalid configuration: "
              + String.join("; ", problems)
              + " (see src/docs/configuration.md)");
    }
  }

  /** Each value out of its range as "name must be …, is …"; empty when all are in range. */
  static List<String> problems(Map<String, Long> values) {
    List<String> problems = new ArrayList<>();
    values.forEach(
        (name, value) -> {
          long[] range = RANGES.get(name);
          if (value >= range[0] && value <= range[1]) {
            return;
          }
          problems.add(
              name
                  + (range[1] == Long.MAX_VALUE
                      ? " must be at least " + range[0]
                      : " must be between " + range[0] + " and " + range[1])
                  + ", is "
                  + value);
        });
    return problems;
  }
}

package com.renovare.content.security;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Editorial budgets small enough to spend in a test; hour-long windows so none resets mid-test. */
public final class TightEditorialBudgets {

  private TightEditorialBudgets() {}

  /** Four requests per token, wrong tokens practically unlimited. */
  public static class PerToken implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "content.editorial.limits.requests", "4",
          "content.editorial.limits.window", "1h");
    }
  }

  /** Three wrong tokens per address, tokens themselves practically unlimited. */
  public static class PerAddress implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "content.editorial.limits.failed-auth-requests", "3",
          "content.editorial.limits.failed-auth-window", "1h");
    }
  }
}

package com.renovare.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.Changed;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.ChangedSchema;
import org.openapitools.openapidiff.core.model.DiffResult;

/**
 * Release discipline, judged by openapi-diff run unmodified, as a partner's CI would run it: each
 * release in openapi/releases is compatible with the one before, the served contract is compatible
 * with the last release, and info.version names what ships (see src/docs/contract.md).
 */
class ContractReleasesTest {

  static final Path RELEASES = Path.of("openapi", "releases");
  private static final Path CURRENT = Path.of("openapi", "openapi.yaml");
  private static final Path CHANGELOG = Path.of("openapi", "CHANGELOG.md");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  /**
   * Releases that only write down limits the service always enforced, and correct what the released
   * contract misstated, with every finding openapi-diff reports for them (kind and field). The tool
   * cannot tell a limit written down from a new one, so it calls these steps incompatible; the
   * changelog says so, with its verdict. Any other finding fails.
   */
  private static final Map<String, Set<String>> DOCUMENTED_LIMITS =
      Map.of(
          "1.1.0",
          Set.of(
              "maxLength@accessed",
              "maxLength@expiresAt",
              "maxLength@issued",
              "maxLength@locale",
              "maxLength@publishAt",
              "maxLength@reviewedAt",
              "enum@events",
              "enum@Cache-Control",
              "format int32@version",
              "format int32@Retry-After"));

  @Test
  void eachReleaseIsCompatibleWithTheOneBefore() {
    List<String> versions = versions();
    for (int i = 1; i < versions.size(); i++) {
      String before = versions.get(i - 1);
      String after = versions.get(i);
      ChangedOpenApi diff = OpenApiCompare.fromLocations(release(before), release(after));
      if (DOCUMENTED_LIMITS.containsKey(after)) {
        assertEquals(DOCUMENTED_LIMITS.get(after), findings(diff), before + " -> " + after);
      } else {
        assertTrue(
            diff.isCompatible(),
            () -> before + " -> " + after + ":\n" + ContractCompatibilityTest.render(diff));
      }
    }
  }

  @Test
  void theServedContractIsCompatibleWithTheLastRelease() {
    ChangedOpenApi diff =
        OpenApiCompare.fromLocations(lastRelease().toString(), CURRENT.toString());

    assertTrue(diff.isCompatible(), () -> ContractCompatibilityTest.render(diff));
  }

  @Test
  void infoVersionNamesWhatShips() throws IOException {
    String changelog = Files.readString(CHANGELOG);
    for (String version : versions()) {
      assertEquals(version, infoVersion(Path.of(release(version))), "releases/" + version);
      assertTrue(changelog.contains("\n## " + version + "\n"), "no changelog section " + version);
    }
    String served = infoVersion(CURRENT);
    if (versions().contains(served)) {
      assertEquals(
          Files.readString(Path.of(release(served))),
          Files.readString(CURRENT),
          "openapi.yaml differs from release " + served + ", which is out: give it a new version");
    } else {
      assertTrue(
          compare(served, versions().get(versions().size() - 1)) > 0,
          served + " is not newer than the last release");
      assertTrue(changelog.contains("\n## " + served), "no changelog section " + served);
    }
  }

  /** The newest release: the baseline the contract gate compares against. */
  static Path lastRelease() {
    List<String> versions = versions();
    return Path.of(release(versions.get(versions.size() - 1)));
  }

  static List<String> versions() {
    try (Stream<Path> files = Files.list(RELEASES)) {
      return files
          .map(file -> file.getFileName().toString())
          .filter(name -> name.endsWith(".yaml"))
          .map(name -> name.substring(0, name.length() - ".yaml".length()))
          .sorted(ContractReleasesTest::compare)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int compare(String a, String b) {
    Comparator<String> numbers = Comparator.comparingInt(Integer::parseInt);
    String[] x = a.split("\\.");
    String[] y = b.split("\\.");
    for (int i = 0; i < 3; i++) {
      int c = numbers.compare(x[i], y[i]);
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  private static String release(String version) {
    return RELEASES.resolve(version + ".yaml").toString();
  }

  private static String infoVersion(Path contract) throws IOException {
    return YAML.readTree(contract.toFile()).path("info").path("version").asText();
  }

  /** What made the tool call a step incompatible: each finding as kind@field. */
  private static Set<String> findings(ChangedOpenApi diff) {
    Set<String> found = new TreeSet<>();
    Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    assertTrue(diff.getMissingEndpoints().isEmpty(), "removed: " + diff.getMissingEndpoints());
    for (ChangedOperation operation : diff.getChangedOperations()) {
      collect(operation, operation.getPathUrl(), found, seen);
    }
    return found;
  }

  private static void collect(Object change, String field, Set<String> found, Set<Object> seen) {
    if (!(change instanceof Changed changed)
        || changed.isChanged() != DiffResult.INCOMPATIBLE
        || !seen.add(change)) {
      return;
    }
    String kind = change.getClass().getSimpleName();
    if (kind.equals("ChangedMaxLength")) {
      found.add("maxLength@" + field);
    } else if (kind.equals("ChangedEnum")) {
      found.add("enum@" + field);
    } else if (change instanceof ChangedSchema schema
        && schema.isChangedType()
        && schema.getOldSchema().getFormat() == null) {
      found.add("format " + schema.getNewSchema().getFormat() + "@" + field);
    }
    for (Method getter : change.getClass().getMethods()) {
      if (getter.getParameterCount() == 0
          && getter.getName().startsWith("get")
          && !getter.getName().equals("getChangedElements")) {
        Object value = invoke(getter, change);
        if (value instanceof Map<?, ?> map) {
          map.forEach((key, nested) -> collect(nested, String.valueOf(key), found, seen));
        } else if (value instanceof List<?> list) {
          new ArrayList<>(list).forEach(nested -> collect(nested, field, found, seen));
        } else {
          collect(value, field, found, seen);
        }
      }
    }
  }

  private static Object invoke(Method getter, Object target) {
    try {
      return getter.invoke(target);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException(getter.toString(), e);
    }
  }
}

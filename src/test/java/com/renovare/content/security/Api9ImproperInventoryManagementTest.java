package com.renovare.content.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.renovare.content.Management;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * OWASP API9:2023 Improper Inventory Management: every operation the server serves is in the
 * committed contract, and every operation in the contract is served. The only routes outside the
 * contract are the contract itself at /q/openapi, the management endpoints listed in {@link
 * #MANAGEMENT}, which only the management port serves, and the HEAD and OPTIONS the framework
 * answers on every path.
 */
@Tag("owasp-api9")
@QuarkusTest
class Api9ImproperInventoryManagementTest {

  /** Operators' endpoints, not part of the API: served on the management port only. */
  private static final List<String> MANAGEMENT =
      List.of("/q/health", "/q/health/live", "/q/health/ready", "/q/health/started", "/q/metrics");

  private static final Set<String> CONTRACT_METHODS =
      Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

  @Test
  void api9_everyServedOperationIsInTheContractAndEveryContractOperationIsServed()
      throws IOException {
    Set<String> served = servedOperations();
    Set<String> documented = contractOperations();

    assertTrue(served.size() >= 40, "found only " + served);
    Set<String> undocumented = new TreeSet<>(served);
    undocumented.removeAll(documented);
    Set<String> unserved = new TreeSet<>(documented);
    unserved.removeAll(served);
    assertEquals(Set.of(), undocumented, "served but missing from openapi/openapi.yaml");
    assertEquals(Set.of(), unserved, "in openapi/openapi.yaml but served by no resource");
  }

  @Test
  void api9_theContractListsNoManagementRoutes() throws IOException {
    for (String operation : contractOperations()) {
      assertTrue(operation.contains(" /v1/"), operation + " is outside the versioned API");
    }
  }

  @Test
  void api9_healthAndMetricsAreAnsweredOnTheManagementPortAndNotOnTheApiPort() {
    for (String path : MANAGEMENT) {
      Management.given().get(path).then().statusCode(200);
      given()
          .get(path)
          .then()
          .statusCode(404)
          .contentType("application/problem+json")
          .body(not(containsString("jvm_")))
          .body(not(containsString("\"checks\"")));
    }
    // The contract stays where clients read it, and the management port does not repeat it.
    given().get("/q/openapi").then().statusCode(200);
    Management.given()
        .get("/q/openapi")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body(not(containsString("<html")));
  }

  @Test
  void api9_theContractIsTheOnlyRouteTheApiPortServesUnderQ() {
    given().get("/q/openapi").then().statusCode(200);
    // What a default Quarkus app might expose beside it, and this one must not.
    for (String path :
        List.of(
            "/q/dev-ui",
            "/q/dev",
            "/q/swagger-ui",
            "/q/arc",
            "/q/info",
            "/q/openapi-ui",
            "/q/health-ui")) {
      // Switched-off Swagger UI answers its own bodiless 404; what matters is that no page comes.
      given().get(path).then().statusCode(404).body(not(containsString("<html")));
    }
  }

  /** METHOD /path of every resource method, read off the JAX-RS annotations of the classes. */
  static Set<String> servedOperations() {
    Set<String> operations = new TreeSet<>();
    for (JavaClass type :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.renovare.content")) {
      if (!type.isAnnotatedWith(Path.class)) {
        continue;
      }
      Class<?> resource = type.reflect();
      String root = resource.getAnnotation(Path.class).value();
      for (Method method : resource.getDeclaredMethods()) {
        String verb = verbOf(method);
        Path sub = method.getAnnotation(Path.class);
        if (verb == null) {
          // A sub-resource locator would serve routes this scan cannot see: refuse it here.
          assertTrue(sub == null, method + " is a sub-resource locator; list its routes");
          continue;
        }
        operations.add(verb + " " + normalise(root + "/" + (sub == null ? "" : sub.value())));
      }
    }
    return operations;
  }

  static Set<String> contractOperations() throws IOException {
    JsonNode contract =
        new ObjectMapper(new YAMLFactory())
            .readTree(java.nio.file.Path.of("openapi", "openapi.yaml").toFile());
    Set<String> operations = new TreeSet<>();
    Iterator<String> paths = contract.path("paths").fieldNames();
    while (paths.hasNext()) {
      String path = paths.next();
      Iterator<String> methods = contract.path("paths").path(path).fieldNames();
      while (methods.hasNext()) {
        String method = methods.next();
        if (CONTRACT_METHODS.contains(method)) {
          operations.add(method.toUpperCase(Locale.ROOT) + " " + normalise(path));
        }
      }
    }
    return operations;
  }

  private static String verbOf(Method method) {
    for (Annotation annotation : method.getAnnotations()) {
      HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
      if (verb != null) {
        return verb.value();
      }
    }
    return null;
  }

  /** Slashes collapsed, no trailing slash, and {name: regex} written as {name}. */
  private static String normalise(String template) {
    String path =
        ("/" + template).replaceAll("\\{\\s*([\\w.-]+)\\s*:[^}]*}", "{$1}").replaceAll("/+", "/");
    return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }
}

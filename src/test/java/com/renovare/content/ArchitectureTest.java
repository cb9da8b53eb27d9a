package com.renovare.content;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.renovare.content.access.RequiresRole;
import com.renovare.content.security.RoleLessEditorialResource;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The boundaries the design depends on, checked on the compiled classes. */
class ArchitectureTest {

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("com.renovare.content");

  @Test
  void deliveryNeverReachesIntoEditorialCode() {
    noClasses()
        .that()
        .resideInAPackage("..delivery..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("..editorial..", "..article..")
        .because("delivery serves published snapshots only; drafts never leak into it")
        .check(CLASSES);
  }

  @Test
  void deliveryReadsNoEntities() {
    noClasses()
        .that()
        .resideInAPackage("..delivery..")
        .should()
        .dependOnClassesThat()
        .areAnnotatedWith(Entity.class)
        .because("the read path serves stored documents, not ORM graphs")
        .check(CLASSES);
  }

  @Test
  void resourcesImportNoEntitiesAndOpenNoTransactions() {
    noClasses()
        .that()
        .areAnnotatedWith(Path.class)
        .should()
        .dependOnClassesThat()
        .areAnnotatedWith(Entity.class)
        .orShould()
        .dependOnClassesThat()
        .areAssignableTo(Transactional.class)
        .because("resources bind input, call one service and shape the response")
        .check(CLASSES);
  }

  /**
   * Every editorial operation, of whatever HTTP method (any annotation carrying {@link HttpMethod}:
   * GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS), names its role on the method or its class. The
   * filter refuses one that does not to every token; this rule says so at build time.
   */
  static final ArchRule EDITORIAL_OPERATIONS_DECLARE_A_ROLE =
      methods()
          .that(areEditorialOperations())
          .should(declareARole())
          .because("an editorial endpoint without a role is refused to everyone");

  @Test
  void everyEditorialEndpointOfEveryHttpMethodRequiresARole() {
    EDITORIAL_OPERATIONS_DECLARE_A_ROLE.check(CLASSES);
  }

  /**
   * The rule is not vacuous: the test-only {@link RoleLessEditorialResource} (outside the imported
   * main classes) has one role-less method per HTTP method, and each one is a violation.
   */
  @Test
  void theRoleRuleCatchesAnEditorialOperationWithoutARoleWhateverItsHttpMethod() {
    EvaluationResult result =
        EDITORIAL_OPERATIONS_DECLARE_A_ROLE.evaluate(
            new ClassFileImporter().importClasses(RoleLessEditorialResource.class));
    List<String> violations = result.getFailureReport().getDetails();
    assertEquals(7, violations.size(), String.join("\n", violations));
    for (String method : List.of("get", "post", "put", "patch", "delete", "head", "options")) {
      assertTrue(
          violations.stream()
              .anyMatch(v -> v.contains("RoleLessEditorialResource." + method + "()")),
          method + " not caught: " + violations);
    }
  }

  /** Resource methods (any HTTP method) in the editorial package or under /v1/editorial. */
  private static DescribedPredicate<JavaMethod> areEditorialOperations() {
    return DescribedPredicate.describe(
        "are editorial resource methods",
        method ->
            method.isMetaAnnotatedWith(HttpMethod.class)
                && (method.getOwner().getPackageName().contains(".editorial.rest")
                    || pathOf(method).startsWith("/v1/editorial")));
  }

  private static String pathOf(JavaMethod method) {
    String root = method.getOwner().tryGetAnnotationOfType(Path.class).map(Path::value).orElse("");
    String sub = method.tryGetAnnotationOfType(Path.class).map(Path::value).orElse("");
    return ("/" + root + "/" + sub).replaceAll("/+", "/");
  }

  private static ArchCondition<JavaMethod> declareARole() {
    return new ArchCondition<>("declare @RequiresRole on the method or its class") {
      @Override
      public void check(JavaMethod method, ConditionEvents events) {
        boolean declared =
            method.isAnnotatedWith(RequiresRole.class)
                || method.getOwner().isAnnotatedWith(RequiresRole.class);
        if (!declared) {
          events.add(
              SimpleConditionEvent.violated(
                  method, method.getFullName() + " declares no @RequiresRole"));
        }
      }
    };
  }

  @Test
  void domainPackagesDoNotDependOnTheHttpLayer() {
    noClasses()
        .that()
        .resideInAnyPackage("..article..", "..product..", "..citation..", "..publishing..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("..delivery..", "..editorial..", "..seed..")
        .check(CLASSES);
  }
}

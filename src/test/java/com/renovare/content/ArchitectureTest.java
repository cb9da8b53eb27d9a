package com.renovare.content;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.renovare.content.platform.security.RequiresRole;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
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

  @Test
  void everyEditorialEndpointRequiresARole() {
    methods()
        .that()
        .areDeclaredInClassesThat()
        .resideInAPackage("..editorial.rest..")
        .and()
        .areAnnotatedWith(GET.class)
        .or()
        .areAnnotatedWith(POST.class)
        .or()
        .areAnnotatedWith(PUT.class)
        .or()
        .areAnnotatedWith(DELETE.class)
        .should()
        .beAnnotatedWith(RequiresRole.class)
        .because("an editorial endpoint without a role would be open to anyone")
        .check(CLASSES);
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

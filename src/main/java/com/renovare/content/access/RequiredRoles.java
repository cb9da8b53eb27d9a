package com.renovare.content.access;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.MethodInfo;

/**
 * Names in the contract the role each editorial operation needs, as {@code x-required-role} on the
 * operation, read from the {@link RequiresRole} that {@link BearerAuthentication} enforces: the
 * role is declared once, on the resource method (or its class). Fails the build for an editorial
 * operation without one, which every caller would be refused. Runs at build time.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class RequiredRoles implements OASFilter {

  static final String EXTENSION = "x-required-role";
  private static final DotName PATH = DotName.createSimple("jakarta.ws.rs.Path");
  private static final DotName REQUIRES_ROLE = DotName.createSimple(RequiresRole.class.getName());
  private static final Map<String, PathItem.HttpMethod> HTTP_METHODS =
      Map.of(
          "jakarta.ws.rs.GET", PathItem.HttpMethod.GET,
          "jakarta.ws.rs.POST", PathItem.HttpMethod.POST,
          "jakarta.ws.rs.PUT", PathItem.HttpMethod.PUT,
          "jakarta.ws.rs.DELETE", PathItem.HttpMethod.DELETE,
          "jakarta.ws.rs.PATCH", PathItem.HttpMethod.PATCH);

  /** Role by HTTP method and path template, e.g. {@code "POST /v1/editorial/articles"}. */
  private final Map<String, Role> roles = new HashMap<>();

  public RequiredRoles(IndexView index) {
    for (AnnotationInstance path : index.getAnnotations(PATH)) {
      if (path.target().kind() == AnnotationTarget.Kind.CLASS) {
        ClassInfo resource = path.target().asClass();
        for (MethodInfo method : resource.methods()) {
          PathItem.HttpMethod http = httpMethod(method);
          Role role = role(resource, method);
          if (http != null && role != null) {
            roles.put(http + " " + template(path.value().asString(), method), role);
          }
        }
      }
    }
  }

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
      boolean editorial = path.getKey().startsWith(EditorialContract.PREFIX);
      for (Map.Entry<PathItem.HttpMethod, Operation> operation :
          path.getValue().getOperations().entrySet()) {
        Role role = roles.get(operation.getKey() + " " + path.getKey());
        if (role != null) {
          operation.getValue().addExtension(EXTENSION, role.wireName());
        } else if (editorial) {
          throw new IllegalStateException(
              operation.getKey() + " " + path.getKey() + " declares no @RequiresRole");
        }
      }
    }
  }

  private static PathItem.HttpMethod httpMethod(MethodInfo method) {
    for (AnnotationInstance annotation : method.declaredAnnotations()) {
      PathItem.HttpMethod http = HTTP_METHODS.get(annotation.name().toString());
      if (http != null) {
        return http;
      }
    }
    return null;
  }

  private static Role role(ClassInfo resource, MethodInfo method) {
    AnnotationInstance declared = method.declaredAnnotation(REQUIRES_ROLE);
    if (declared == null) {
      declared = resource.declaredAnnotation(REQUIRES_ROLE);
    }
    return declared == null ? null : Role.valueOf(declared.value().asEnum());
  }

  private static String template(String classPath, MethodInfo method) {
    AnnotationInstance methodPath = method.declaredAnnotation(PATH);
    StringBuilder template = new StringBuilder();
    for (String part :
        List.of(classPath, methodPath == null ? "" : methodPath.value().asString())) {
      for (String segment : part.split("/")) {
        if (!segment.isEmpty()) {
          template.append('/').append(segment);
        }
      }
    }
    return template.toString();
  }
}

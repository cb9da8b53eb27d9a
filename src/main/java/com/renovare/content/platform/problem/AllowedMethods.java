package com.renovare.content.platform.problem;

import io.quarkus.arc.Arc;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.inject.Singleton;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The methods each resource path accepts, for the {@code Allow} header a 405 must carry (RFC 9110
 * §15.5.6). The framework refuses the method but does not say which ones would do; this reads them
 * off the resource classes once.
 */
@Singleton
class AllowedMethods {

  private static final Pattern TEMPLATE =
      Pattern.compile("\\{\\s*\\w[\\w.-]*\\s*(?::\\s*([^}]+))?}");

  private record Route(Pattern path, String method) {}

  private volatile List<Route> routes;

  /** The methods allowed on a path, comma-separated, or null when no resource serves it. */
  String on(String path) {
    Set<String> allowed = new TreeSet<>();
    for (Route route : routes()) {
      if (route.path().matcher(path).matches()) {
        allowed.add(route.method());
      }
    }
    if (allowed.isEmpty()) {
      return null;
    }
    if (allowed.contains(HttpMethod.GET)) {
      allowed.add(HttpMethod.HEAD);
    }
    allowed.add(HttpMethod.OPTIONS);
    return String.join(", ", allowed);
  }

  private List<Route> routes() {
    List<Route> known = routes;
    if (known == null) {
      known = scan();
      routes = known;
    }
    return known;
  }

  private static List<Route> scan() {
    List<Route> found = new ArrayList<>();
    for (Bean<?> bean : Arc.container().beanManager().getBeans(Object.class)) {
      Class<?> type = bean.getBeanClass();
      Path root = type.getAnnotation(Path.class);
      if (root == null) {
        continue;
      }
      for (Method method : type.getMethods()) {
        String verb = verbOf(method);
        if (verb != null) {
          Path sub = method.getAnnotation(Path.class);
          found.add(
              new Route(compile(root.value() + "/" + (sub == null ? "" : sub.value())), verb));
        }
      }
    }
    return List.copyOf(found);
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

  private static Pattern compile(String template) {
    String normalised = ("/" + template).replaceAll("/+", "/");
    if (normalised.length() > 1 && normalised.endsWith("/")) {
      normalised = normalised.substring(0, normalised.length() - 1);
    }
    StringBuilder regex = new StringBuilder();
    Matcher m = TEMPLATE.matcher(normalised);
    int last = 0;
    while (m.find()) {
      regex.append(Pattern.quote(normalised.substring(last, m.start())));
      regex.append('(').append(m.group(1) == null ? "[^/]+" : m.group(1).trim()).append(')');
      last = m.end();
    }
    regex.append(Pattern.quote(normalised.substring(last))).append("/?");
    return Pattern.compile(regex.toString());
  }
}

package com.renovare.content.platform.json;

import com.renovare.content.platform.problem.Problem;
import jakarta.validation.constraints.Size;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The size limits of a request's lists, checked before its other field rules. Bean Validation
 * checks every element of a list, however long, and reports each failure: a list of a hundred
 * thousand nulls where three roles are allowed would cost a hundred thousand violations, and
 * seconds of a request thread, to refuse. A list over its {@code @Size(max)} is refused here, named
 * once, and its elements are never looked at.
 */
final class CollectionBounds {

  private CollectionBounds() {}

  /** A violation for every list of the request (nested records included) over its maximum. */
  static List<Problem.Violation> exceeded(Object request) {
    List<Problem.Violation> found = new ArrayList<>();
    visit(request, "", found);
    return found;
  }

  private static void visit(Object value, String at, List<Problem.Violation> found) {
    if (value == null || !value.getClass().isRecord()) {
      return;
    }
    for (RecordComponent component : value.getClass().getRecordComponents()) {
      Object field;
      try {
        field = component.getAccessor().invoke(value);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot read " + component, e);
      }
      String path = at.isEmpty() ? component.getName() : at + "." + component.getName();
      if (field instanceof Collection<?> items) {
        // On the accessor: @Size does not target record components, so it is not kept on them.
        Size size = component.getAccessor().getAnnotation(Size.class);
        if (size != null && items.size() > size.max()) {
          found.add(
              new Problem.Violation(
                  path, "size must be between " + size.min() + " and " + size.max()));
          continue;
        }
        if (holdsRecords(component.getAnnotatedType())) {
          int i = 0;
          for (Object item : items) {
            visit(item, path + "[" + i++ + "]", found);
          }
        }
      } else {
        visit(field, path, found);
      }
    }
  }

  /** Whether a list's elements are records, whose own lists have limits too. */
  private static boolean holdsRecords(AnnotatedType type) {
    if (type instanceof AnnotatedParameterizedType parameterized) {
      AnnotatedType[] arguments = parameterized.getAnnotatedActualTypeArguments();
      return arguments.length == 1
          && arguments[0].getType() instanceof Class<?> element
          && (element.isRecord() || element.isInterface());
    }
    return false;
  }
}

package io.github.batchtask.testing;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Renders a generated model as a user of the client sees it: one line per property path and
 * value, read through the public accessors. Used for golden files.
 */
public final class ModelListing {
  private static final String MODEL_PACKAGE = "io.github.batchtask.model";

  private ModelListing() {
  }

  public static String render(Object model) {
    StringBuilder out = new StringBuilder();
    render("", model, out);
    return out.toString();
  }

  private static void render(String path, Object value, StringBuilder out) {
    if (value == null) {
      return;
    }
    Class<?> type = value.getClass();
    if (type.isEnum()) {
      line(path, value + " (" + invoke(value, "value") + ")", out);
    } else if (type.getPackageName().equals(MODEL_PACKAGE)) {
      for (Method accessor : accessors(type)) {
        String name = accessor.getName();
        Object property = invoke(value, name);
        if (name.equals("unknownProperties")) {
          for (Map.Entry<?, ?> entry : ((Map<?, ?>) property).entrySet()) {
            line(path + "{" + entry.getKey() + "}", "raw " + entry.getValue(), out);
          }
        } else {
          render(path.isEmpty() ? name : path + "." + name, property, out);
        }
      }
    } else if (value instanceof List) {
      List<?> list = (List<?>) value;
      for (int i = 0; i < list.size(); i++) {
        render(path + "[" + i + "]", list.get(i), out);
      }
    } else if (value instanceof String) {
      line(path, "\"" + value + "\"", out);
    } else {
      line(path, value + " (" + type.getSimpleName() + ")", out);
    }
  }

  /** Public no-argument accessors, in declaration order as far as the JVM tells, else by name. */
  private static List<Method> accessors(Class<?> type) {
    return Arrays.stream(type.getDeclaredMethods())
        .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
        .filter(m -> m.getParameterCount() == 0)
        .filter(m -> !List.of("toString", "hashCode", "toBuilder").contains(m.getName()))
        .sorted(Comparator.comparing(Method::getName))
        .toList();
  }

  private static Object invoke(Object target, String method) {
    try {
      return target.getClass().getMethod(method).invoke(target);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private static void line(String path, String value, StringBuilder out) {
    out.append(path).append(" = ").append(value).append('\n');
  }
}

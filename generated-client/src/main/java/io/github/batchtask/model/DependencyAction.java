// Generated from spec/batch-task.yaml by the templates in templates/. Do not edit.

package io.github.batchtask.model;

import static java.util.Objects.requireNonNull;

import com.squareup.moshi.JsonClass;

/** An action on the tasks that depend on a task. */
@JsonClass(generateAdapter = true)
public enum DependencyAction {
  /** Satisfy the dependency, so that dependent tasks can run. */
  SATISFY("satisfy"),

  /** Block dependent tasks. */
  BLOCK("block"),

  /**
   * A value this version of the client does not know. Models keep the exact wire string next to
   * it, so nothing is lost.
   */
  UNRECOGNIZED(null);

  private final String value;

  DependencyAction(String value) {
    this.value = value;
  }

  /** The value on the wire, or null for {@link #UNRECOGNIZED}. */
  public String value() {
    return value;
  }

  /**
   * Returns the constant whose wire value equals {@code value} ignoring case (the service does
   * not always keep the documented casing), or {@link #UNRECOGNIZED}.
   */
  public static DependencyAction fromValue(String value) {
    requireNonNull(value, "value == null");
    for (DependencyAction constant : values()) {
      if (constant.value != null && constant.value.equalsIgnoreCase(value)) {
        return constant;
      }
    }
    return UNRECOGNIZED;
  }
}

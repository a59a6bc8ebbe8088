// Generated from spec/batch-task.yaml by the templates in templates/. Do not edit.

package io.github.batchtask.model;

import static java.util.Objects.requireNonNull;

import com.squareup.moshi.JsonClass;

/** The result of a task execution. */
@JsonClass(generateAdapter = true)
public enum TaskExecutionResult {
  /** The task ran successfully. */
  SUCCESS("success"),

  /**
   * There was an error during processing of the task, before, during or after the task process
   * ran.
   */
  FAILURE("failure"),

  /**
   * A value this version of the client does not know. Models keep the exact wire string next to
   * it, so nothing is lost.
   */
  UNRECOGNIZED(null);

  private final String value;

  TaskExecutionResult(String value) {
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
  public static TaskExecutionResult fromValue(String value) {
    requireNonNull(value, "value == null");
    for (TaskExecutionResult constant : values()) {
      if (constant.value != null && constant.value.equalsIgnoreCase(value)) {
        return constant;
      }
    }
    return UNRECOGNIZED;
  }
}

// Generated from spec/batch-task.yaml by the templates in templates/. Do not edit.

package io.github.batchtask.model;

import io.github.batchtask.json.OpenEnum;

/** The result of a task execution. */
public enum TaskExecutionResult implements OpenEnum {
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
  @Override public String value() {
    return value;
  }

  /**
   * Returns the constant whose wire value equals {@code value} ignoring case (the service does
   * not always keep the documented casing), or {@link #UNRECOGNIZED}.
   */
  public static TaskExecutionResult fromValue(String value) {
    return OpenEnum.fromValue(values(), value);
  }
}

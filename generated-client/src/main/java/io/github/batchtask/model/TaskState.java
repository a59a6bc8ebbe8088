// Generated from spec/batch-task.yaml by the templates in templates/. Do not edit.

package io.github.batchtask.model;

import io.github.batchtask.json.OpenEnum;

/** The state of a task. */
public enum TaskState implements OpenEnum {
  /**
   * Queued and able to run, but not assigned to a compute node: after creation, after being
   * enabled, or while awaiting a retry.
   */
  ACTIVE("active"),

  /** Assigned to a compute node, waiting for a Job Preparation task to complete there. */
  PREPARING("preparing"),

  /**
   * Running on a compute node, including task-level preparation such as downloading resource
   * files.
   */
  RUNNING("running"),

  /**
   * No longer eligible to run: finished, exhausted its retries, failed to launch, or was
   * terminated.
   */
  COMPLETED("completed"),

  /**
   * A value this version of the client does not know. Models keep the exact wire string next to
   * it, so nothing is lost.
   */
  UNRECOGNIZED(null);

  private final String value;

  TaskState(String value) {
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
  public static TaskState fromValue(String value) {
    return OpenEnum.fromValue(values(), value);
  }
}

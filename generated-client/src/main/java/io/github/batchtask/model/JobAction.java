// Generated from spec/batch-task.yaml by the templates in templates/. Do not edit.

package io.github.batchtask.model;

import io.github.batchtask.json.OpenEnum;

/** An action to take on a job. */
public enum JobAction implements OpenEnum {
  /** Take no action. */
  NONE("none"),

  /** Disable the job, as "Disable a job" with disableTasks set to requeue. */
  DISABLE("disable"),

  /** Terminate the job, with terminateReason TaskFailed. */
  TERMINATE("terminate"),

  /**
   * A value this version of the client does not know. Models keep the exact wire string next to
   * it, so nothing is lost.
   */
  UNRECOGNIZED(null);

  private final String value;

  JobAction(String value) {
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
  public static JobAction fromValue(String value) {
    return OpenEnum.fromValue(values(), value);
  }
}

// Generated from spec/batch-task.yaml by the templates in templates/. Do not edit.

package io.github.batchtask.model;

import io.github.batchtask.json.OpenEnum;

/**
 * The conditions under which a task output file is uploaded. Values as 2025-06-01 declares
 * them, in lower case; the page and earlier versions write them in camel case, and values are
 * matched ignoring case.
 */
public enum OutputFileUploadCondition implements OpenEnum {
  /** Upload only after the task process exits with exit code 0. */
  TASK_SUCCESS("tasksuccess"),

  /** Upload only after the task process exits with a nonzero exit code. */
  TASK_FAILURE("taskfailure"),

  /** Upload after the task process exits, whatever the exit code. */
  TASK_COMPLETION("taskcompletion"),

  /**
   * A value this version of the client does not know. Models keep the exact wire string next to
   * it, so nothing is lost.
   */
  UNRECOGNIZED(null);

  private final String value;

  OutputFileUploadCondition(String value) {
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
  public static OutputFileUploadCondition fromValue(String value) {
    return OpenEnum.fromValue(values(), value);
  }
}

// Generated from spec/batch-task.yaml by the templates in templates/. Do not edit.

package io.github.batchtask.model;

import io.github.batchtask.json.OpenEnum;

/** A Batch resource to which an authentication token grants access. */
public enum AccessScope implements OpenEnum {
  /** Access to all operations on the job containing the task. */
  JOB("job"),

  /**
   * A value this version of the client does not know. Models keep the exact wire string next to
   * it, so nothing is lost.
   */
  UNRECOGNIZED(null);

  private final String value;

  AccessScope(String value) {
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
  public static AccessScope fromValue(String value) {
    return OpenEnum.fromValue(values(), value);
  }
}

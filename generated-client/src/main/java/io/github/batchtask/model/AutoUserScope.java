// Generated from spec/batch-task.yaml by the templates in templates/. Do not edit.

package io.github.batchtask.model;

import io.github.batchtask.json.OpenEnum;

/** The scope of an auto user. */
public enum AutoUserScope implements OpenEnum {
  /** The service creates a new user for the task. */
  TASK("task"),

  /** The task runs as the common auto user account created on every node in the pool. */
  POOL("pool"),

  /**
   * A value this version of the client does not know. Models keep the exact wire string next to
   * it, so nothing is lost.
   */
  UNRECOGNIZED(null);

  private final String value;

  AutoUserScope(String value) {
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
  public static AutoUserScope fromValue(String value) {
    return OpenEnum.fromValue(values(), value);
  }
}

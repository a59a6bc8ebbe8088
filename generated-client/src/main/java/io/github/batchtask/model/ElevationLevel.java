// Generated from spec/batch-task.yaml by the templates in templates/. Do not edit.

package io.github.batchtask.model;

import io.github.batchtask.json.OpenEnum;

/**
 * The elevation level of a user. Values as 2025-06-01 declares them, in lower case; the page
 * and earlier versions write them in camel case, and values are matched ignoring case.
 */
public enum ElevationLevel implements OpenEnum {
  /** A standard user without elevated access. */
  NON_ADMIN("nonadmin"),

  /** A user with elevated access and full Administrator permissions. */
  ADMIN("admin"),

  /**
   * A value this version of the client does not know. Models keep the exact wire string next to
   * it, so nothing is lost.
   */
  UNRECOGNIZED(null);

  private final String value;

  ElevationLevel(String value) {
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
  public static ElevationLevel fromValue(String value) {
    return OpenEnum.fromValue(values(), value);
  }
}

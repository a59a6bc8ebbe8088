// Generated from spec/batch-task.yaml by the templates in templates/. Do not edit.

package io.github.batchtask.model;

import io.github.batchtask.json.OpenEnum;

/** Where a container task's working directory is. */
public enum ContainerWorkingDirectory implements OpenEnum {
  /** The Batch task working directory, which holds the task's resource files. */
  TASK_WORKING_DIRECTORY("taskWorkingDirectory"),

  /** The working directory of the container image, without the task's resource files. */
  CONTAINER_IMAGE_DEFAULT("containerImageDefault"),

  /**
   * A value this version of the client does not know. Models keep the exact wire string next to
   * it, so nothing is lost.
   */
  UNRECOGNIZED(null);

  private final String value;

  ContainerWorkingDirectory(String value) {
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
  public static ContainerWorkingDirectory fromValue(String value) {
    return OpenEnum.fromValue(values(), value);
  }
}

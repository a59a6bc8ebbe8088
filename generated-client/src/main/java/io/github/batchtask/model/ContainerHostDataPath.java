// Generated from spec/batch-task.yaml by the templates in templates/. Do not edit.

package io.github.batchtask.model;

import io.github.batchtask.json.OpenEnum;

/** A host path that can be mounted into a task's container. */
public enum ContainerHostDataPath implements OpenEnum {
  /** The directory in which the instances of a multi-instance task share files. */
  SHARED("Shared"),

  /** The start task's directory. */
  STARTUP("Startup"),

  /** The directory holding the file systems mounted on the node. */
  VFS_MOUNTS("VfsMounts"),

  /** The task's directory. */
  TASK("Task"),

  /** The Job Preparation task's directory. */
  JOB_PREP("JobPrep"),

  /** The applications directory. */
  APPLICATIONS("Applications"),

  /**
   * A value this version of the client does not know. Models keep the exact wire string next to
   * it, so nothing is lost.
   */
  UNRECOGNIZED(null);

  private final String value;

  ContainerHostDataPath(String value) {
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
  public static ContainerHostDataPath fromValue(String value) {
    return OpenEnum.fromValue(values(), value);
  }
}

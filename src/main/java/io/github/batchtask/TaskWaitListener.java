package io.github.batchtask;

import io.github.batchtask.model.BatchTask;
import java.time.Duration;

/** Told how a {@link BatchTaskClient#waitForTask wait} goes; both methods do nothing by default. */
public interface TaskWaitListener {
  /** A listener that ignores everything. */
  TaskWaitListener NONE = new TaskWaitListener() {
  };

  /** The task was read for the first time, or its state differs from the last one read. */
  default void stateChanged(BatchTask task) {
  }

  /**
   * A poll was answered: {@code notModified} for a 304 (the task did not change); the next poll
   * follows after {@code nextPoll}.
   */
  default void polled(boolean notModified, Duration nextPoll) {
  }
}

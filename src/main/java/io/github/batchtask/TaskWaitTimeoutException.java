package io.github.batchtask;

import io.github.batchtask.model.BatchTask;
import java.time.Duration;

/** The task did not reach the state waited for within the timeout. */
public final class TaskWaitTimeoutException extends BatchException {
  private static final long serialVersionUID = 1L;

  private final transient BatchTask lastTask;

  TaskWaitTimeoutException(String jobId, String taskId, WaitOptions options, BatchTask lastTask) {
    super("task " + taskId + " of job " + jobId + " did not reach state "
        + options.state().value() + " within " + format(options.timeout())
        + (lastTask == null ? " (it was never read)" : "; last state: " + lastTask.stateValue()),
        null);
    this.lastTask = lastTask;
  }

  /** The task as last read, or null if no read succeeded in time. */
  public BatchTask lastTask() {
    return lastTask;
  }

  private static String format(Duration duration) {
    return duration == null ? "the timeout" : duration.toString().substring(2).toLowerCase(java.util.Locale.ROOT);
  }
}

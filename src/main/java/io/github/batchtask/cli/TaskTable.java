package io.github.batchtask.cli;

import io.github.batchtask.json.Iso8601;
import io.github.batchtask.model.BatchTask;
import io.github.batchtask.model.ComputeNodeInformation;
import io.github.batchtask.model.NameValuePair;
import io.github.batchtask.model.TaskContainerExecutionInformation;
import io.github.batchtask.model.TaskContainerSettings;
import io.github.batchtask.model.TaskExecutionInformation;
import io.github.batchtask.model.TaskFailureInformation;
import io.github.batchtask.model.TaskState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The default, human output of {@code task show}: one aligned line per fact that is present, its
 * values escaped by {@link TerminalText}.
 */
final class TaskTable {
  private final List<String[]> rows = new ArrayList<>();

  private TaskTable() {
  }

  static String render(BatchTask task, String etag) {
    TaskTable table = new TaskTable();
    table.row("id", task.id());
    table.row("display name", task.displayName());
    table.row("state", since(task.stateValue(), task.stateTransitionTime()));
    table.row("previous state", since(task.previousStateValue(), task.previousStateTransitionTime()));
    table.row("created", time(task.creationTime()));
    table.row("command line", task.commandLine());
    TaskContainerSettings container = task.containerSettings();
    TaskExecutionInformation execution = task.executionInfo();
    if (container != null) {
      TaskContainerExecutionInformation running =
          execution == null ? null : execution.containerInfo();
      table.row("container", join(container.imageName(), running == null ? null
          : "(" + join("container", running.containerId(), running.state()) + ")"));
    }
    table.row("required slots", task.requiredSlots());
    if (execution == null) {
      table.row("started", task.state() == TaskState.ACTIVE ? "not yet" : null);
    } else {
      table.row("started", time(execution.startTime()));
      table.row("ended", time(execution.endTime()));
      table.row("exit code", execution.exitCode());
      table.row("result", execution.resultValue());
      TaskFailureInformation failure = execution.failureInfo();
      if (failure != null) {
        table.row("failure", join(failure.categoryValue(),
            failure.code() == null ? null : failure.code() + ":", failure.message()));
        if (failure.details() != null) {
          for (NameValuePair detail : failure.details()) {
            table.row("", detail.name() + ": " + detail.value());
          }
        }
      }
      table.row("retries", retries(execution));
    }
    ComputeNodeInformation node = task.nodeInfo();
    if (node != null) {
      table.row("node", node.nodeId() == null ? null
          : node.nodeId() + (node.poolId() == null ? "" : " (pool " + node.poolId() + ")"));
    }
    table.row("etag", etag != null ? etag : task.eTag());
    return table.toString();
  }

  private static String retries(TaskExecutionInformation execution) {
    if (execution.retryCount() == null && execution.requeueCount() == null) {
      return null;
    }
    StringBuilder text = new StringBuilder(String.valueOf(
        execution.retryCount() == null ? 0 : execution.retryCount()));
    if (execution.lastRetryTime() != null) {
      text.append(", last at ").append(time(execution.lastRetryTime()));
    }
    if (execution.requeueCount() != null && execution.requeueCount() > 0) {
      text.append("; requeued ").append(execution.requeueCount());
    }
    return text.toString();
  }

  private static String since(String state, Instant when) {
    if (state == null) {
      return null;
    }
    return when == null ? state : state + " since " + time(when);
  }

  private static String time(Instant instant) {
    return instant == null ? null : Iso8601.formatInstant(instant);
  }

  private static String join(String... parts) {
    StringBuilder text = new StringBuilder();
    for (String part : parts) {
      if (part != null) {
        text.append(text.length() == 0 ? "" : " ").append(part);
      }
    }
    return text.length() == 0 ? null : text.toString();
  }

  private void row(String name, Object value) {
    if (value != null) {
      rows.add(new String[] {name, TerminalText.of(value)});
    }
  }

  @Override public String toString() {
    int width = 0;
    for (String[] row : rows) {
      width = Math.max(width, row[0].length());
    }
    StringBuilder out = new StringBuilder();
    for (String[] row : rows) {
      out.append(String.format("%-" + width + "s  %s%n", row[0], row[1]));
    }
    return out.toString();
  }
}

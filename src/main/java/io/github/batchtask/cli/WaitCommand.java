package io.github.batchtask.cli;

import io.github.batchtask.BatchTaskClient;
import io.github.batchtask.TaskWaitListener;
import io.github.batchtask.WaitOptions;
import io.github.batchtask.json.Iso8601;
import io.github.batchtask.model.BatchTask;
import io.github.batchtask.model.TaskExecutionInformation;
import io.github.batchtask.model.TaskFailureInformation;
import io.github.batchtask.model.TaskState;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code batch-task task wait}: polls a task until it reaches a state, then prints it. */
@Command(name = "wait", mixinStandardHelpOptions = true, sortOptions = false,
    customSynopsis = "batch-task task wait --job-id ID --task-id ID [--for STATE] [OPTIONS]",
    description = {
        "Waits until a task reaches a state (or a later one), then prints it.",
        "Polls with If-None-Match: an unchanged task costs a 304 and no body; polls less often "
            + "while nothing changes. Exit: 0 reached, 6 timed out, 7 not found, 8 completed "
            + "with a failure (--for completed)."})
final class WaitCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin TaskOptions task;

  @Option(names = "--for", order = 10, paramLabel = "STATE", defaultValue = "completed",
      converter = StateConverter.class, completionCandidates = StateConverter.Names.class,
      description = "active, preparing, running or completed (default).")
  TaskState state;

  @Option(names = "--timeout", order = 11, paramLabel = "DURATION",
      converter = DurationConverter.class,
      description = "Give up after this long (90s, 5m, PT1H); default: never.")
  Duration timeout;

  @Option(names = "--interval", order = 12, paramLabel = "DURATION",
      converter = DurationConverter.class,
      defaultValue = "5s", description = "First poll interval, doubling to 8x (default: 5s).")
  Duration interval;

  @CommandLine.Mixin OutputOptions output;

  @Override public Integer call() throws Exception {
    if (interval.isZero()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--interval must be above 0");
    }
    if (timeout != null && timeout.isZero()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--timeout must be above 0");
    }
    output.check();
    return task.run(this::waitFor);
  }

  private int waitFor(BatchTaskClient client) {
    PrintWriter err = spec.commandLine().getErr();
    Progress progress = new Progress(task.taskId, err, System.console() != null);
    WaitOptions.Builder options = WaitOptions.builder().state(state).pollInterval(interval)
        .listener(progress);
    if (timeout != null) {
      options.timeout(timeout);
    }
    BatchTask done;
    try {
      done = client.waitForTask(task.jobId, task.taskId, options.build());
    } finally {
      progress.end();
    }
    output.print(done, done.eTag(), spec.commandLine().getOut());
    TaskExecutionInformation execution = done.executionInfo();
    if (state == TaskState.COMPLETED && execution != null
        && ("failure".equalsIgnoreCase(execution.resultValue())
            || execution.failureInfo() != null)) {
      TaskFailureInformation failure = execution.failureInfo();
      err.println("task " + TerminalText.of(task.taskId) + " completed with a failure"
          + (failure == null ? "" : ": " + TerminalText.of(failure.categoryValue()) + " "
              + TerminalText.of(failure.code())
              + (failure.message() == null ? "" : ": " + TerminalText.of(failure.message())))
          + (execution.exitCode() == null ? "" : " (exit code " + execution.exitCode() + ")"));
      return ExitStatus.TASK_FAILED;
    }
    return ExitStatus.OK;
  }

  /** Reports each state on stderr: one line kept up to date on a terminal, else plain lines. */
  static final class Progress implements TaskWaitListener {
    private final String taskId;
    private final PrintWriter err;
    private final boolean terminal;
    private final AtomicInteger polls = new AtomicInteger();
    private final AtomicInteger unchanged = new AtomicInteger();
    private volatile String state = "";
    private volatile boolean drawn;

    Progress(String taskId, PrintWriter err, boolean terminal) {
      this.taskId = TerminalText.of(taskId);
      this.err = err;
      this.terminal = terminal;
    }

    @Override public synchronized void stateChanged(BatchTask task) {
      state = TerminalText.of(task.stateValue() == null ? "(no state)" : task.stateValue())
          + (task.stateTransitionTime() == null ? ""
              : " since " + Iso8601.formatInstant(task.stateTransitionTime()));
      if (terminal) {
        draw("");
      } else {
        err.println("task " + taskId + ": " + state);
        err.flush();
      }
    }

    @Override public synchronized void polled(boolean notModified, Duration nextPoll) {
      polls.incrementAndGet();
      if (notModified) {
        unchanged.incrementAndGet();
      }
      if (terminal) {
        draw(" | " + polls.get() + " polls, " + unchanged.get() + " unchanged | next in "
            + seconds(nextPoll));
      }
    }

    /** Ends the line kept up to date, if any. */
    synchronized void end() {
      if (drawn) {
        err.println();
        err.flush();
      }
    }

    private void draw(String tail) {
      err.print("\r\u001b[K" + "task " + taskId + ": " + state + tail);
      err.flush();
      drawn = true;
    }

    private static String seconds(Duration duration) {
      return String.format(Locale.ROOT, "%.1fs", duration.toMillis() / 1000.0);
    }
  }

  /** Reads {@code --for} in any case. */
  static final class StateConverter implements CommandLine.ITypeConverter<TaskState> {
    @Override public TaskState convert(String text) {
      TaskState state = TaskState.fromValue(text.trim());
      if (state == TaskState.UNRECOGNIZED) {
        throw new CommandLine.TypeConversionException(
            "expected active, preparing, running or completed, not '"
                + TerminalText.of(text) + "'");
      }
      return state;
    }

    /** The states for completion. */
    static final class Names implements Iterable<String> {
      @Override public java.util.Iterator<String> iterator() {
        return List.of("active", "preparing", "running", "completed").iterator();
      }
    }
  }
}

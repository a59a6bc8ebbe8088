package io.github.batchtask.cli;

import io.github.batchtask.BatchTaskClient;
import io.github.batchtask.GetTaskOptions;
import io.github.batchtask.TaskResult;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code batch-task task}: commands on tasks. */
@Command(name = "task", mixinStandardHelpOptions = true, description = "Commands on tasks.",
    subcommands = {TaskCommand.Show.class, WaitCommand.class})
final class TaskCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code batch-task task show}: gets one task. */
  @Command(name = "show", mixinStandardHelpOptions = true, sortOptions = false,
      customSynopsis = "batch-task task show --job-id ID --task-id ID [OPTIONS]",
      description = {
          "Gets information about a task, like az batch task show.",
          "Without an endpoint it reads from a built-in sandbox with the reference page's "
              + "examples."})
  static final class Show implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin TaskOptions task;

    @Option(names = "--select", order = 10, split = ",", paramLabel = "PROPERTY",
        description = "Only these top-level properties.")
    List<String> select;

    @Option(names = "--expand", order = 11, paramLabel = "stats",
        description = "Also the statistics ('stats', the only expansion).")
    String expand;

    @CommandLine.Mixin ConditionOptions conditions;

    @CommandLine.Mixin OutputOptions output;

    @Override public Integer call() throws Exception {
      if (expand != null && !expand.equals("stats")) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "--expand: the only expansion of a task is 'stats', not '"
                + TerminalText.of(expand) + "'");
      }
      output.check();
      GetTaskOptions.Builder options = GetTaskOptions.builder().expandStats(expand != null);
      if (select != null) {
        options.select(select);
      }
      conditions.apply(options, spec.commandLine());
      return task.run(client -> show(client, options.build()));
    }

    private int show(BatchTaskClient client, GetTaskOptions options) {
      PrintWriter err = spec.commandLine().getErr();
      TaskResult result = client.getTask(task.jobId, task.taskId, options);
      if (result.isNotModified()) { // Only a read with --if-none-match or --if-modified-since.
        String etag = result.etag() != null ? result.etag() : conditions.ifNoneMatch;
        err.println("not modified (ETag " + TerminalText.of(etag) + ")");
        return ExitStatus.NOT_MODIFIED;
      }
      output.print(result.task(), result.etag(), spec.commandLine().getOut());
      return ExitStatus.OK;
    }
  }
}

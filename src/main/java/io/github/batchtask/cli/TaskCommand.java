package io.github.batchtask.cli;

import io.github.batchtask.BatchTaskClient;
import io.github.batchtask.GetTaskOptions;
import io.github.batchtask.TaskResult;
import io.github.batchtask.auth.SharedKeyCredential;
import io.github.batchtask.model.BatchTask;
import io.github.batchtask.model.BatchTaskJson;
import io.github.batchtask.sandbox.BatchSandbox;
import java.io.PrintWriter;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code batch-task task}: commands on tasks. */
@Command(name = "task", mixinStandardHelpOptions = true, description = "Commands on tasks.",
    subcommands = TaskCommand.Show.class)
final class TaskCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code batch-task task show}: gets one task. */
  @Command(name = "show", mixinStandardHelpOptions = true, sortOptions = false,
      description = {
          "Gets information about a task.",
          "Without an endpoint (--account-endpoint or AZURE_BATCH_ENDPOINT) it reads from a "
              + "built-in sandbox holding the reference page's examples."})
  static final class Show implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--job-id", required = true, description = "The id of the job.")
    String jobId;

    @Option(names = "--task-id", required = true, description = "The id of the task.")
    String taskId;

    @Option(names = "--select", split = ",", paramLabel = "PROPERTY",
        description = "Only these top-level properties, comma-separated.")
    List<String> select;

    @Option(names = "--expand", paramLabel = "stats",
        description = "Also return the task's statistics: the only expansion is 'stats'.")
    String expand;

    @Option(names = "--if-none-match", paramLabel = "ETAG",
        description = "Only if the task changed: an unchanged task prints nothing.")
    String ifNoneMatch;

    @Option(names = "--api-version", description = "The Batch API version (default: ${DEFAULT-VALUE}).",
        defaultValue = BatchTaskClient.DEFAULT_API_VERSION)
    String apiVersion;

    @Option(names = "--deadline", paramLabel = "DURATION", converter = DurationConverter.class,
        description = "Give up after this long, retries included: 90s, 5m, PT5M "
            + "(default: " + BatchTaskClient.DEFAULT_DEADLINE_SECONDS + "s).")
    Duration deadline;

    @Option(names = {"-o", "--output"}, defaultValue = "table",
        description = "table or json (default: ${DEFAULT-VALUE}).")
    Output output;

    @Option(names = "--account-endpoint", defaultValue = "${env:AZURE_BATCH_ENDPOINT}",
        description = "The account endpoint, https://ACCOUNT.REGION.batch.azure.com "
            + "(default: AZURE_BATCH_ENDPOINT).")
    String endpoint;

    @Option(names = "--account-name", defaultValue = "${env:AZURE_BATCH_ACCOUNT}",
        description = "The account name (default: AZURE_BATCH_ACCOUNT).")
    String accountName;

    @Option(names = "--account-key", defaultValue = "${env:AZURE_BATCH_ACCESS_KEY}",
        description = "The account key (default: AZURE_BATCH_ACCESS_KEY).")
    String accountKey;

    @Option(names = "--debug", description = "Show stack traces of errors.")
    boolean debug;

    enum Output { table, json }

    @Override public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      if (expand != null && !expand.equals("stats")) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "--expand: the only expansion of a task is 'stats', not '" + expand + "'");
      }
      GetTaskOptions options = options(); // Bad options fail before anything starts.
      if ((endpoint == null || endpoint.isBlank()) && (accountName != null || accountKey != null)) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "an account (--account-name, --account-key or AZURE_BATCH_ACCOUNT,"
                + " AZURE_BATCH_ACCESS_KEY) needs an endpoint: --account-endpoint or"
                + " AZURE_BATCH_ENDPOINT; without all of them the built-in sandbox is read");
      }
      if (endpoint == null || endpoint.isBlank()) {
        String name = "sandbox";
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String key = Base64.getEncoder().encodeToString(random);
        try (BatchSandbox sandbox = BatchSandbox.builder().account(name, key).start()) {
          err.println("No endpoint configured (--account-endpoint or AZURE_BATCH_ENDPOINT): "
              + "reading from the built-in sandbox at " + sandbox.url());
          return show(sandbox.url(), SharedKeyCredential.of(name, key), options, out, err);
        }
      }
      if (accountName == null || accountKey == null) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "--account-name and --account-key (or AZURE_BATCH_ACCOUNT and AZURE_BATCH_ACCESS_KEY)"
                + " are required with an endpoint");
      }
      return show(endpoint, SharedKeyCredential.of(accountName, accountKey), options, out, err);
    }

    private GetTaskOptions options() {
      GetTaskOptions.Builder options = GetTaskOptions.builder().expandStats(expand != null);
      if (select != null) {
        options.select(select);
      }
      if (ifNoneMatch != null) {
        options.ifNoneMatch(ifNoneMatch);
      }
      return options.build();
    }

    private int show(String url, SharedKeyCredential credential, GetTaskOptions options,
        PrintWriter out, PrintWriter err) {
      BatchTaskClient.Builder builder = BatchTaskClient.builder()
          .endpoint(url)
          .credential(credential)
          .apiVersion(apiVersion);
      if (deadline != null) {
        builder.deadline(deadline);
      }
      BatchTaskClient client = builder.build();
      TaskResult result = client.getTask(jobId, taskId, options);
      if (result.isNotModified()) {
        err.println("not modified (ETag "
            + TerminalText.of(result.etag() != null ? result.etag() : ifNoneMatch) + ")");
        return ExitStatus.NOT_MODIFIED;
      }
      BatchTask task = result.task();
      if (output == Output.json) {
        out.println(TerminalText.json(
            BatchTaskJson.moshi().adapter(BatchTask.class).indent("  ").toJson(task)));
      } else {
        out.print(TaskTable.render(task, result.etag()));
      }
      out.flush();
      return 0;
    }
  }
}

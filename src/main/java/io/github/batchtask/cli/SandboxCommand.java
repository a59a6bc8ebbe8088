package io.github.batchtask.cli;

import io.github.batchtask.sandbox.BatchSandbox;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code batch-task sandbox}: serves tasks on loopback until stopped. */
@Command(name = "sandbox", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
        "Serves GET /jobs/{jobId}/tasks/{taskId} on 127.0.0.1 like the Batch service: the "
            + "reference page's examples plus DIR/{jobId}/{taskId}.json, with ETags, conditions, "
            + "errors and, given an account, Shared Key verification. Stop it with Ctrl-C."})
final class SandboxCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--port", defaultValue = "0", description = "The port; 0 picks a free one.")
  int port;

  @Option(names = "--tasks", paramLabel = "DIR", description = "Serve DIR/{jobId}/{taskId}.json.")
  Path tasks;

  @Option(names = "--account-name", description = "Verify Shared Key signatures for this account.")
  String accountName;

  @Option(names = "--account-key", description = "The account's key (base64).")
  String accountKey;

  @Option(names = "--debug", description = "Show stack traces of errors.")
  boolean debug;

  @Override public Integer call() throws Exception {
    if ((accountName == null) != (accountKey == null)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--account-name and --account-key go together");
    }
    BatchSandbox.Builder builder = BatchSandbox.builder().port(port);
    if (tasks != null) {
      builder.tasksDirectory(tasks);
    }
    if (accountName != null) {
      builder.account(accountName, accountKey);
    }
    CountDownLatch stopped = new CountDownLatch(1);
    try (BatchSandbox sandbox = builder.start()) {
      Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
      spec.commandLine().getOut().println(sandbox.banner());
      spec.commandLine().getOut().flush();
      stopped.await();
    }
    return 0;
  }
}

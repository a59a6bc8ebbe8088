package io.github.batchtask.cli;

import io.github.batchtask.BatchServiceException;
import io.github.batchtask.BatchTaskClient;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code batch-task}: the command line, modelled on {@code az batch task show}. */
@Command(
    name = "batch-task",
    mixinStandardHelpOptions = true,
    versionProvider = BatchTaskCommand.Version.class,
    description = "Reads Azure Batch tasks (api-version " + BatchTaskClient.DEFAULT_API_VERSION
        + " by default).",
    subcommands = {TaskCommand.class, SandboxCommand.class})
public final class BatchTaskCommand implements Runnable {
  /** Exit status when the service answered with an error. */
  static final int SERVICE_ERROR = 1;
  /** Exit status for anything else that went wrong: network, malformed response. */
  static final int OTHER_ERROR = 3;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line; returns the exit status instead of exiting. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new BatchTaskCommand());
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
      boolean debug = cmd.getParseResult().hasMatchedOption("--debug");
      if (debug) {
        e.printStackTrace(err);
      }
      if (e instanceof BatchServiceException) {
        BatchServiceException service = (BatchServiceException) e;
        err.println(service.errorCode() + ": " + service.errorMessage()
            + " (request-id: " + service.requestId() + ")");
        return SERVICE_ERROR;
      }
      if (e instanceof IllegalArgumentException) {
        err.println("error: " + e.getMessage());
        return CommandLine.ExitCode.USAGE;
      }
      err.println("error: " + describe(e));
      return OTHER_ERROR;
    });
    return commandLine.execute(args);
  }

  private static String describe(Throwable e) {
    StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()));
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause.getMessage() != null && !text.toString().contains(cause.getMessage())) {
        text.append(": ").append(cause.getMessage());
      }
    }
    return text.toString();
  }

  @Override public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The version from the jar's manifest, or "development" when run from classes. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override public String[] getVersion() {
      return new String[] {"batch-task " + BatchTaskClient.VERSION};
    }
  }
}

package io.github.batchtask.cli;

import io.github.batchtask.BatchServiceException;
import io.github.batchtask.BatchTaskClient;
import io.github.batchtask.BatchTransportException;
import io.github.batchtask.TaskWaitTimeoutException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code batch-task}: the command line, modelled on {@code az batch task show}. */
@Command(
    name = "batch-task",
    mixinStandardHelpOptions = true,
    versionProvider = BatchTaskCommand.Version.class,
    description = "Reads Azure Batch tasks (api-version " + BatchTaskClient.DEFAULT_API_VERSION
        + " by default).",
    subcommands = {TaskCommand.class, SandboxCommand.class, CompletionCommand.class})
public final class BatchTaskCommand implements Runnable {
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
        err.print(TerminalText.stackTrace(e));
      }
      err.println(TerminalText.of(line(e)));
      if (debug && e instanceof BatchServiceException
          && "AuthenticationFailed".equals(((BatchServiceException) e).errorCode())) {
        SignedStrings.print((BatchServiceException) e, err);
      }
      return status(e);
    });
    commandLine.setParameterExceptionHandler((e, arguments) -> {
      CommandLine cmd = e.getCommandLine();
      err.println(TerminalText.of(withoutSecrets(e.getMessage(), arguments)));
      CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
      err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
      return ExitStatus.USAGE;
    });
    return commandLine.execute(args);
  }

  /** The one line that tells what went wrong; it may quote the network, so it is escaped. */
  private static String line(Exception e) {
    if (e instanceof BatchServiceException) {
      BatchServiceException service = (BatchServiceException) e;
      if (service.errorCode() == null) { // Not the service's error: the status says it all.
        return service.getMessage();
      }
      return service.errorCode() + ": " + service.errorMessage() + " (request-id: "
          + (service.requestId() == null ? "none" : service.requestId()) + ")";
    }
    if (e instanceof IllegalArgumentException
        || e instanceof BatchTransportException && ((BatchTransportException) e).deadlineExceeded()) {
      return "error: " + e.getMessage();
    }
    if (e instanceof TaskWaitTimeoutException) {
      return "timed out: " + e.getMessage();
    }
    return "error: " + describe(e);
  }

  private static int status(Exception e) {
    if (e instanceof BatchServiceException) {
      BatchServiceException service = (BatchServiceException) e;
      if (service.statusCode() == 404 && ("TaskNotFound".equals(service.errorCode())
          || "JobNotFound".equals(service.errorCode()))) {
        return ExitStatus.NOT_FOUND;
      }
      return service.statusCode() == 412 ? ExitStatus.CONDITION_NOT_MET : ExitStatus.SERVICE_ERROR;
    }
    if (e instanceof BatchTransportException && ((BatchTransportException) e).deadlineExceeded()
        || e instanceof TaskWaitTimeoutException) {
      return ExitStatus.TIMED_OUT;
    }
    if (e instanceof IllegalArgumentException) {
      return ExitStatus.USAGE;
    }
    return ExitStatus.OTHER_ERROR;
  }

  /** Picocli's message with the values of {@code --account-key} and {@code --access-token} out. */
  static String withoutSecrets(String message, String[] arguments) {
    List<String> secrets = new ArrayList<>();
    for (int i = 0; i < arguments.length; i++) {
      for (String option : new String[] {"--account-key", "--access-token"}) {
        if (arguments[i].equals(option) && i + 1 < arguments.length) {
          secrets.add(arguments[i + 1]);
        } else if (arguments[i].startsWith(option + "=")) {
          secrets.add(arguments[i].substring(option.length() + 1));
        }
      }
    }
    String text = String.valueOf(message);
    for (String secret : secrets) {
      if (!secret.isEmpty()) {
        text = text.replace(secret, "REDACTED");
      }
    }
    return text;
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

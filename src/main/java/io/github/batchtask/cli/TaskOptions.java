package io.github.batchtask.cli;

import io.github.batchtask.BatchTaskClient;
import io.github.batchtask.auth.BatchCredential;
import io.github.batchtask.auth.SharedKeyCredential;
import io.github.batchtask.auth.TokenCredential;
import io.github.batchtask.sandbox.BatchSandbox;
import java.io.PrintWriter;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * What {@code task show} and {@code task wait} share: the task's ids and how to reach the
 * account. Without an endpoint, a built-in sandbox is started and read from.
 */
final class TaskOptions {
  @CommandLine.Spec(CommandLine.Spec.Target.MIXEE) CommandLine.Model.CommandSpec spec;

  @Option(names = "--job-id", order = 1, required = true, paramLabel = "ID", description = "The id of the job.")
  String jobId;

  @Option(names = "--task-id", order = 2, required = true, paramLabel = "ID", description = "The id of the task.")
  String taskId;

  @Option(names = "--account-endpoint", order = 40, paramLabel = "URL",
      defaultValue = "${env:AZURE_BATCH_ENDPOINT}",
      description = "https://ACCOUNT.REGION.batch.azure.com (AZURE_BATCH_ENDPOINT).")
  String endpoint;

  @Option(names = "--account-name", order = 41, paramLabel = "NAME",
      defaultValue = "${env:AZURE_BATCH_ACCOUNT}", description = "(AZURE_BATCH_ACCOUNT)")
  String accountName;

  @Option(names = "--account-key", order = 42, paramLabel = "KEY",
      defaultValue = "${env:AZURE_BATCH_ACCESS_KEY}", description = "(AZURE_BATCH_ACCESS_KEY)")
  String accountKey;

  @Option(names = "--access-token", order = 43, paramLabel = "TOKEN",
      defaultValue = "${env:AZURE_BATCH_ACCESS_TOKEN}",
      description = "Entra ID bearer token (AZURE_BATCH_ACCESS_TOKEN).")
  String accessToken;

  @Option(names = "--api-version", order = 44, paramLabel = "VERSION",
      defaultValue = BatchTaskClient.DEFAULT_API_VERSION,
      description = "Default: ${DEFAULT-VALUE}.")
  String apiVersion;

  @Option(names = "--deadline", order = 45, paramLabel = "DURATION",
      converter = DurationConverter.class,
      description = "Give up on a call after this long, retries included (default: "
          + BatchTaskClient.DEFAULT_DEADLINE_SECONDS + "s).")
  Duration deadline;

  @Option(names = "--debug", order = 46, description = "Stack traces; after AuthenticationFailed, the strings"
      + " signed.")
  boolean debug;

  /** Runs against the client this command line describes. */
  interface Action {
    int run(BatchTaskClient client) throws Exception;
  }

  /** Builds the client (starting the built-in sandbox when there is no endpoint) and runs. */
  int run(Action action) throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    boolean token = present(accessToken);
    if (token && present(accountKey)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "give either --access-token (AZURE_BATCH_ACCESS_TOKEN) or --account-key "
              + "(AZURE_BATCH_ACCESS_KEY), not both");
    }
    if (!present(endpoint) && (present(accountName) || present(accountKey) || token)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "an account (--account-name, --account-key, --access-token or their AZURE_BATCH_"
              + " variables) needs an endpoint: --account-endpoint or AZURE_BATCH_ENDPOINT;"
              + " without all of them the built-in sandbox is read");
    }
    if (!present(endpoint)) {
      String name = "sandbox";
      byte[] random = new byte[32];
      new SecureRandom().nextBytes(random);
      String key = Base64.getEncoder().encodeToString(random);
      try (BatchSandbox started = BatchSandbox.builder().account(name, key).start()) {
        err.println("No endpoint configured (--account-endpoint or AZURE_BATCH_ENDPOINT): "
            + "reading from the built-in sandbox at " + started.url());
        err.flush();
        return action.run(client(started.url(), SharedKeyCredential.of(name, key)));
      }
    }
    if (token) {
      return action.run(client(endpoint, bearer(accessToken)));
    }
    if (!present(accountName) || !present(accountKey)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "with an endpoint, give --account-name and --account-key (or AZURE_BATCH_ACCOUNT and "
              + "AZURE_BATCH_ACCESS_KEY), or --access-token (or AZURE_BATCH_ACCESS_TOKEN)");
    }
    return action.run(client(endpoint, SharedKeyCredential.of(accountName, accountKey)));
  }

  private BatchTaskClient client(String url, BatchCredential credential) {
    BatchTaskClient.Builder builder = BatchTaskClient.builder()
        .endpoint(url)
        .credential(credential)
        .apiVersion(apiVersion);
    if (deadline != null) {
      builder.deadline(deadline);
    }
    return builder.build();
  }

  private static TokenCredential bearer(String token) {
    String trimmed = token.trim();
    if (trimmed.chars().anyMatch(c -> c <= 0x20 || c >= 0x7f)) {
      throw new IllegalArgumentException(
          "the access token holds spaces or control characters; give the token alone");
    }
    return TokenCredential.of(() -> trimmed);
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }
}

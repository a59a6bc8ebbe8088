package io.github.batchtask.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs {@code batch-task} as a separate process, as a user would, without an Azure setting. */
final class Cli {
  private Cli() {
  }

  /** The outcome of a finished command. */
  record Result(int status, String out, String err) {
    @Override public String toString() {
      return "exit " + status + "\nout:\n" + out + "\nerr:\n" + err;
    }
  }

  static Result run(Map<String, String> env, String... args) throws Exception {
    Process process = start(env, args);
    process.getOutputStream().close();
    // Read standard error on the side, so that neither pipe fills while the other is read.
    StringBuilder err = new StringBuilder();
    Thread errors = new Thread(() -> {
      try {
        err.append(new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        err.append(e);
      }
    });
    errors.start();
    byte[] out = process.getInputStream().readAllBytes();
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the command did not finish");
    errors.join();
    return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8),
        err.toString());
  }

  static Process start(Map<String, String> env, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), BatchTaskCommand.class.getName()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    for (String name : List.of("AZURE_BATCH_ENDPOINT", "AZURE_BATCH_ACCOUNT",
        "AZURE_BATCH_ACCESS_KEY", "AZURE_BATCH_ACCESS_TOKEN", "NO_COLOR")) {
      builder.environment().remove(name);
    }
    builder.environment().putAll(env);
    return builder.start();
  }
}

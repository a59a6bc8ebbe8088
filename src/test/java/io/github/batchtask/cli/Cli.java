package io.github.batchtask.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
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
    return run(120, env, args);
  }

  /** Runs the command; fails if it has not finished within {@code seconds}. */
  static Result run(int seconds, Map<String, String> env, String... args) throws Exception {
    Process process = start(env, args);
    process.getOutputStream().close();
    // Read both pipes on the side, so that neither fills while the other is read.
    CompletableFuture<byte[]> err =
        CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
    CompletableFuture<byte[]> out =
        CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
    if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("the command did not finish within " + seconds + " s");
    }
    return new Result(process.exitValue(),
        new String(out.get(10, TimeUnit.SECONDS), StandardCharsets.UTF_8),
        new String(err.get(10, TimeUnit.SECONDS), StandardCharsets.UTF_8));
  }

  private static byte[] readAll(InputStream in) {
    try {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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

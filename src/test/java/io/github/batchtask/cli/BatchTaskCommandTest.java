package io.github.batchtask.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.batchtask.sandbox.BatchSandbox;
import io.github.batchtask.testing.JsonTree;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end, as a separate process: exit status, standard output and error. */
class BatchTaskCommandTest {
  private static final Path BASE = Path.of(System.getProperty("project.basedir", "."));
  private static final String KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";

  @Test void firstCommandOfTheReadmeShowsThePageExampleFromTheBuiltInSandbox() throws Exception {
    Result result = run(Map.of(), "task", "show", "--job-id", "job-0000000001",
        "--task-id", "mytask1");
    assertEquals(0, result.status, result.toString());
    assertTrue(result.out.contains("mytask1"), result.out);
    assertTrue(result.out.contains("completed since 2014-09-18T05:06:45.4878775Z"), result.out);
    assertTrue(result.out.contains("myprogram.exe"), result.out);
    assertTrue(result.err.contains("sandbox"), result.err);
  }

  @Test void jsonOutputIsTheServedDocument() throws Exception {
    Result result = run(Map.of(), "task", "show", "--job-id", "job-0000000001",
        "--task-id", "mytask1", "--output", "json");
    assertEquals(0, result.status, result.toString());
    String served = Files.readString(BASE.resolve("spec/examples/completed-task.json"));
    assertTrue(JsonTree.same(served, result.out), result.out);
  }

  @Test void serviceErrorExitsWithOneAndShowsCodeMessageAndRequestId() throws Exception {
    Result result = run(Map.of(), "task", "show", "--job-id", "job-0000000001",
        "--task-id", "nope");
    assertEquals(1, result.status, result.toString());
    assertTrue(result.err.lines().anyMatch(l -> l.startsWith("TaskNotFound: ")), result.err);
    assertTrue(result.err.contains("(request-id: "), result.err);
    assertFalse(result.err.contains("\tat "), "no stack trace: " + result.err);
    assertEquals("", result.out);
  }

  @Test void anyPublishedApiVersionIsSentAndAnUnpublishedOneIsOneClearLine() throws Exception {
    for (String version : List.of("2025-06-01", "2017-05-01.5.0")) {
      Result result = run(Map.of(), "task", "show", "--job-id", "job-0000000001",
          "--task-id", "mytask1", "--api-version", version);
      assertEquals(0, result.status, result.toString());
      assertTrue(result.out.contains("mytask1"), result.out);
    }
    Result result = run(Map.of(), "task", "show", "--job-id", "job-0000000001",
        "--task-id", "mytask1", "--api-version", "2099-01-01");
    assertEquals(1, result.status, result.toString());
    List<String> lines = result.err.lines().filter(l -> !l.contains("built-in sandbox"))
        .collect(java.util.stream.Collectors.toList());
    assertEquals(1, lines.size(), result.err);
    assertTrue(lines.get(0).startsWith("UnsupportedRequestVersion: The api-version 2099-01-01 is"
        + " not a published Batch API version; the published versions are 2015-12-01.2.2 to "
        + "2025-06-01. (request-id: "), lines.get(0));
    Result refused = run(Map.of(), "task", "show", "--job-id", "j", "--task-id", "t",
        "--api-version", "latest");
    assertEquals(2, refused.status, refused.toString());
    assertEquals(List.of("error: apiVersion must look like 2025-06-01 or 2024-07-01.20.0, not"
        + " \"latest\""), refused.err.lines().filter(l -> !l.contains("built-in sandbox"))
        .collect(java.util.stream.Collectors.toList()), refused.err);
  }

  @Test void usageErrorExitsWithTwo() throws Exception {
    Result result = run(Map.of(), "task", "show", "--job-id", "j");
    assertEquals(2, result.status, result.toString());
    assertTrue(result.err.contains("--task-id"), result.err);
  }

  @Test void networkErrorExitsWithThreeWithoutStackTraceUnlessDebug() throws Exception {
    Result quiet = run(Map.of(), "task", "show", "--job-id", "j", "--task-id", "t",
        "--account-endpoint", "http://127.0.0.1:9", "--account-name", "a", "--account-key", KEY);
    assertEquals(3, quiet.status, quiet.toString());
    assertFalse(quiet.err.contains("\tat "), quiet.err);
    assertFalse(quiet.err.contains(KEY), quiet.err);
    Result debug = run(Map.of(), "task", "show", "--job-id", "j", "--task-id", "t",
        "--account-endpoint", "http://127.0.0.1:9", "--account-name", "a", "--account-key", KEY,
        "--debug");
    assertEquals(3, debug.status, debug.toString());
    assertTrue(debug.err.contains("\tat "), debug.err);
  }

  @Test void notModifiedPrintsNothingOnStandardOutput() throws Exception {
    try (BatchSandbox sandbox = BatchSandbox.builder().account("acct", KEY).start()) {
      Map<String, String> env = Map.of("AZURE_BATCH_ENDPOINT", sandbox.url(),
          "AZURE_BATCH_ACCOUNT", "acct", "AZURE_BATCH_ACCESS_KEY", KEY);
      Result first = run(env, "task", "show", "--job-id", "job-0000000001",
          "--task-id", "mytask1");
      assertEquals(0, first.status, first.toString());
      String etag = first.out.lines().filter(l -> l.startsWith("etag")).findFirst()
          .orElseThrow().substring(4).trim();
      Result second = run(env, "task", "show", "--job-id", "job-0000000001",
          "--task-id", "mytask1", "--if-none-match", etag);
      assertEquals(0, second.status, second.toString());
      assertEquals("", second.out);
      assertTrue(second.err.contains("not modified"), second.err);
    }
  }

  @Test void wrongKeyIsRefusedByTheSandbox() throws Exception {
    try (BatchSandbox sandbox = BatchSandbox.builder().account("acct", KEY).start()) {
      Result result = run(Map.of(), "task", "show", "--job-id", "job-0000000001",
          "--task-id", "mytask1", "--account-endpoint", sandbox.url(), "--account-name", "acct",
          "--account-key", "d3Jvbmcta2V5LXdyb25nLWtleS13cm9uZy1rZXkhIQ==");
      assertEquals(1, result.status, result.toString());
      assertTrue(result.err.startsWith("AuthenticationFailed: "), result.err);
    }
  }

  @Test void helpNamesTheDefaultApiVersion() throws Exception {
    Result help = run(Map.of(), "task", "show", "--help");
    assertEquals(0, help.status, help.toString());
    assertTrue(help.out.replaceAll("\\s+", " ").contains("(default: 2025-06-01)"), help.out);
  }

  @Test void jsonOutputOfTasksOfEveryVersionIsTheServedDocument(@TempDir Path dir)
      throws Exception {
    Path job = Files.createDirectories(dir.resolve("job-v"));
    Map<String, String> versions = Map.of(
        "task-2025-every-property", "2025-06-01",
        "task-newer-than-2025-06-01", "2025-06-01",
        "task-2024-07-01.20.0", "2024-07-01.20.0",
        "task-2018-08-01.7.0", "2018-08-01.7.0");
    for (String name : versions.keySet()) {
      Files.copy(BASE.resolve("src/test/resources/payloads/" + name + ".json"),
          job.resolve(name + ".json"));
    }
    try (BatchSandbox sandbox = BatchSandbox.builder().tasksDirectory(dir)
        .account("a", KEY).start()) {
      for (Map.Entry<String, String> task : versions.entrySet()) {
        Result result = run(Map.of("AZURE_BATCH_ENDPOINT", sandbox.url(),
            "AZURE_BATCH_ACCOUNT", "a", "AZURE_BATCH_ACCESS_KEY", KEY), "task", "show",
            "--job-id", "job-v", "--task-id", task.getKey(), "--expand", "stats",
            "--api-version", task.getValue(), "--output", "json");
        assertEquals(0, result.status, result.toString());
        String served = Files.readString(job.resolve(task.getKey() + ".json"));
        assertTrue(JsonTree.same(served, result.out), task.getKey() + ":\n" + result.out);
      }
    }
  }

  @Test void tasksFromADirectoryAreServedAsIs(@TempDir Path dir) throws Exception {
    Path job = Files.createDirectories(dir.resolve("job-a"));
    String task = "{\"id\":\"t1\",\"state\":\"Running\",\"requiredSlots\":2,"
        + "\"executionInfo\":{\"startTime\":\"2024-01-02T03:04:05.1234567Z\",\"retryCount\":0}}";
    Files.writeString(job.resolve("t1.json"), task);
    try (BatchSandbox sandbox = BatchSandbox.builder().tasksDirectory(dir).start()) {
      Result result = run(Map.of(), "task", "show", "--job-id", "job-a", "--task-id", "t1",
          "--account-endpoint", sandbox.url(), "--account-name", "a", "--account-key", KEY,
          "-o", "json");
      assertEquals(0, result.status, result.toString());
      assertTrue(JsonTree.same(task, result.out), result.out);
    }
  }

  @Test void helpAndVersionExitWithZero() throws Exception {
    Result help = run(Map.of(), "task", "show", "--help");
    assertEquals(0, help.status, help.toString());
    assertTrue(help.out.contains("--if-none-match"), help.out);
    Result version = run(Map.of(), "--version");
    assertEquals(0, version.status, version.toString());
    assertTrue(version.out.startsWith("batch-task "), version.out);
  }

  @Test void sandboxCommandPrintsItsUrlWhenReady() throws Exception {
    Process process = start(Map.of(), "sandbox", "--port", "0");
    try (BufferedReader out = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line = out.readLine();
      assertTrue(line != null && line.matches("Listening on http://127\\.0\\.0\\.1:\\d+"), line);
    } finally {
      process.destroy();
      process.waitFor(10, TimeUnit.SECONDS);
    }
  }

  private static Result run(Map<String, String> env, String... args) throws Exception {
    Process process = start(env, args);
    process.getOutputStream().close();
    byte[] out = process.getInputStream().readAllBytes();
    byte[] err = process.getErrorStream().readAllBytes();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the command did not finish");
    return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8),
        new String(err, StandardCharsets.UTF_8));
  }

  private static Process start(Map<String, String> env, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), BatchTaskCommand.class.getName()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().remove("AZURE_BATCH_ENDPOINT");
    builder.environment().remove("AZURE_BATCH_ACCOUNT");
    builder.environment().remove("AZURE_BATCH_ACCESS_KEY");
    builder.environment().putAll(env);
    return builder.start();
  }

  private static final class Result {
    final int status;
    final String out;
    final String err;

    Result(int status, String out, String err) {
      this.status = status;
      this.out = out;
      this.err = err;
    }

    @Override public String toString() {
      return "exit " + status + "\nout:\n" + out + "\nerr:\n" + err;
    }
  }
}

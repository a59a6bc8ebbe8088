package io.github.batchtask.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.batchtask.sandbox.BatchSandbox;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code task wait} end to end: the task's file changes while the command runs. */
class WaitCommandTest {
  private static final String KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";

  @TempDir Path dir;
  private BatchSandbox sandbox;
  private Map<String, String> env;
  private Path file;

  @BeforeEach void start() throws Exception {
    file = Files.createDirectories(dir.resolve("job-w")).resolve("t1.json");
    sandbox = BatchSandbox.builder().tasksDirectory(dir).account("acct", KEY).start();
    env = Map.of("AZURE_BATCH_ENDPOINT", sandbox.url(), "AZURE_BATCH_ACCOUNT", "acct",
        "AZURE_BATCH_ACCESS_KEY", KEY);
  }

  @AfterEach void stop() {
    sandbox.close();
  }

  private void task(String json) throws Exception {
    Files.writeString(file, json);
  }

  private Cli.Result await(String... options) throws Exception {
    List<String> args = new ArrayList<>(List.of("task", "wait", "--job-id", "job-w",
        "--task-id", "t1", "--interval", "100ms"));
    args.addAll(List.of(options));
    return Cli.run(env, args.toArray(new String[0]));
  }

  @Test void changesOnDiskAreFollowedUntilCompletedAndUnchangedPollsCost304s()
      throws Exception {
    task("{\"id\":\"t1\",\"state\":\"active\"}");
    Process process = Cli.start(env, "task", "wait", "--job-id", "job-w", "--task-id", "t1",
        "--interval", "100ms", "--timeout", "60s", "-o", "json",
        "--query", "{state: state, code: executionInfo.exitCode}");
    process.getOutputStream().close();
    List<String> progress = new ArrayList<>();
    try (BufferedReader err = new BufferedReader(
        new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
      progress.add(err.readLine());
      assertEquals("task t1: active", progress.get(0));
      Thread.sleep(800); // 100, 200, 400 ms: not modified, each a 304
      int unchanged = sandbox.answered(304);
      assertTrue(unchanged >= 2, unchanged + " not modified while active");
      task("{\"id\":\"t1\",\"state\":\"running\","
          + "\"stateTransitionTime\":\"2024-05-01T10:00:00Z\"}");
      progress.add(err.readLine());
      assertEquals("task t1: running since 2024-05-01T10:00:00Z", progress.get(1));
      Thread.sleep(500);
      task("{\"id\":\"t1\",\"state\":\"completed\",\"executionInfo\":{\"exitCode\":0,"
          + "\"result\":\"success\"}}");
      progress.add(err.readLine());
      assertEquals("task t1: completed", progress.get(2));
      assertEquals(null, err.readLine());
    }
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(30, TimeUnit.SECONDS));
    assertEquals(ExitStatus.OK, process.exitValue(), out);
    assertEquals("{\n  \"state\": \"completed\",\n  \"code\": 0\n}\n", out);
    assertEquals(3, sandbox.answered(200), "one full read per change");
    assertTrue(sandbox.answered(304) >= 3, sandbox.answered(304) + " not modified in all");
  }

  @Test void aTaskThatDoesNotGetThereTimesOut() throws Exception {
    task("{\"id\":\"t1\",\"state\":\"running\"}");
    long start = System.nanoTime();
    Cli.Result result = await("--timeout", "1500ms");
    long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
    assertEquals(ExitStatus.TIMED_OUT, result.status(), result.toString());
    assertTrue(result.err().contains("timed out: task t1 of job job-w did not reach state "
        + "completed within 1.5s; last state: running"), result.err());
    assertEquals("", result.out());
    assertTrue(seconds < 15, seconds + " s");
    assertTrue(sandbox.answered(304) >= 2, sandbox.answered(304) + " not modified");
  }

  @Test void aMissingTaskIsNotFound() throws Exception {
    Cli.Result result = Cli.run(env, "task", "wait", "--job-id", "job-w", "--task-id", "nope");
    assertEquals(ExitStatus.NOT_FOUND, result.status(), result.toString());
    assertTrue(result.err().contains("TaskNotFound: "), result.err());
  }

  @Test void aFailedTaskExitsWithItsFailureOnStandardError() throws Exception {
    task("{\"id\":\"t1\",\"state\":\"completed\",\"executionInfo\":{\"exitCode\":1,"
        + "\"result\":\"failure\",\"failureInfo\":{\"category\":\"usererror\","
        + "\"code\":\"CommandProgramNotFound\",\"message\":\"The program \\u001b[31m was not"
        + " found\"}}}");
    Cli.Result result = await("-o", "tsv", "--query", "state");
    assertEquals(ExitStatus.TASK_FAILED, result.status(), result.toString());
    assertEquals("completed\n", result.out(), "the final task is printed all the same");
    assertTrue(result.err().contains("task t1 completed with a failure: usererror "
        + "CommandProgramNotFound: The program \\u001b[31m was not found (exit code 1)"),
        result.err());
    assertFalse(result.err().contains("\u001b"), "no raw escape from the service");
  }

  @Test void waitingForRunningAcceptsALaterStateAndAFailureIsNotAsked() throws Exception {
    task("{\"id\":\"t1\",\"state\":\"completed\",\"executionInfo\":{\"result\":\"failure\"}}");
    Cli.Result result = await("--for", "RUNNING", "-o", "none");
    assertEquals(ExitStatus.OK, result.status(), result.toString());
    assertEquals("", result.out());
  }

  @Test void onATerminalProgressIsOneLineKeptUpToDate() {
    java.io.StringWriter text = new java.io.StringWriter();
    WaitCommand.Progress progress =
        new WaitCommand.Progress("t1", new java.io.PrintWriter(text), true);
    progress.stateChanged(io.github.batchtask.model.BatchTask.builder().id("t1")
        .stateValue("active").build());
    progress.polled(true, java.time.Duration.ofSeconds(2));
    progress.end();
    assertEquals("\r\u001b[Ktask t1: active"
        + "\r\u001b[Ktask t1: active | 1 polls, 1 unchanged | next in 2.0s\n", text.toString());
  }

  @Test void badStatesAndDurationsAreUsageErrors() throws Exception {
    Cli.Result state = await("--for", "finished");
    assertEquals(ExitStatus.USAGE, state.status(), state.toString());
    assertTrue(state.err().contains("expected active, preparing, running or completed"),
        state.err());
    Cli.Result interval = await("--interval", "0s");
    assertEquals(ExitStatus.USAGE, interval.status(), interval.toString());
    Cli.Result timeout = await("--timeout", "soon");
    assertEquals(ExitStatus.USAGE, timeout.status(), timeout.toString());
    assertEquals(0, sandbox.answered(200) + sandbox.answered(404), "nothing was sent");
  }
}

package io.github.batchtask.cli;

import static io.github.batchtask.cli.Cli.run;
import static io.github.batchtask.cli.Cli.start;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.batchtask.cli.Cli.Result;
import io.github.batchtask.sandbox.BatchSandbox;
import io.github.batchtask.testing.DripServer;
import io.github.batchtask.testing.JsonTree;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end, as a separate process: exit status, standard output and error. */
class BatchTaskCommandTest {
  private static final Path BASE = Path.of(System.getProperty("project.basedir", "."));
  private static final String KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";

  @Test void firstCommandOfTheReadmeShowsThePageExampleFromTheBuiltInSandbox() throws Exception {
    Result result = run(Map.of(), "task", "show", "--job-id", "job-0000000001",
        "--task-id", "mytask1");
    assertEquals(0, result.status(), result.toString());
    assertTrue(result.out().contains("mytask1"), result.out());
    assertTrue(result.out().contains("completed since 2014-09-18T05:06:45.4878775Z"), result.out());
    assertTrue(result.out().contains("myprogram.exe"), result.out());
    assertTrue(result.err().contains("sandbox"), result.err());
  }

  @Test void jsonOutputIsTheServedDocument() throws Exception {
    Result result = run(Map.of(), "task", "show", "--job-id", "job-0000000001",
        "--task-id", "mytask1", "--output", "json");
    assertEquals(0, result.status(), result.toString());
    String served = Files.readString(BASE.resolve("spec/examples/completed-task.json"));
    assertTrue(JsonTree.same(served, result.out()), result.out());
  }

  @Test void taskNotFoundExitsWithSevenAndShowsCodeMessageAndRequestId() throws Exception {
    Result result = run(Map.of(), "task", "show", "--job-id", "job-0000000001",
        "--task-id", "nope");
    assertEquals(ExitStatus.NOT_FOUND, result.status(), result.toString());
    assertTrue(result.err().lines().anyMatch(l -> l.startsWith("TaskNotFound: ")), result.err());
    assertTrue(result.err().contains("(request-id: "), result.err());
    assertFalse(result.err().contains("\tat "), "no stack trace: " + result.err());
    assertEquals("", result.out());
  }

  @Test void anyPublishedApiVersionIsSentAndAnUnpublishedOneIsOneClearLine() throws Exception {
    for (String version : List.of("2025-06-01", "2017-05-01.5.0")) {
      Result result = run(Map.of(), "task", "show", "--job-id", "job-0000000001",
          "--task-id", "mytask1", "--api-version", version);
      assertEquals(0, result.status(), result.toString());
      assertTrue(result.out().contains("mytask1"), result.out());
    }
    Result result = run(Map.of(), "task", "show", "--job-id", "job-0000000001",
        "--task-id", "mytask1", "--api-version", "2099-01-01");
    assertEquals(1, result.status(), result.toString());
    List<String> lines = result.err().lines().filter(l -> !l.contains("built-in sandbox"))
        .collect(java.util.stream.Collectors.toList());
    assertEquals(1, lines.size(), result.err());
    assertTrue(lines.get(0).startsWith("UnsupportedRequestVersion: The api-version 2099-01-01 is"
        + " not a published Batch API version; the published versions are 2015-12-01.2.2 to "
        + "2025-06-01. (request-id: "), lines.get(0));
    Result refused = run(Map.of(), "task", "show", "--job-id", "j", "--task-id", "t",
        "--api-version", "latest");
    assertEquals(2, refused.status(), refused.toString());
    assertEquals(List.of("error: apiVersion must look like 2025-06-01 or 2024-07-01.20.0, not"
        + " \"latest\""), refused.err().lines().filter(l -> !l.contains("built-in sandbox"))
        .collect(java.util.stream.Collectors.toList()), refused.err());
  }

  @Test void usageErrorExitsWithTwo() throws Exception {
    Result result = run(Map.of(), "task", "show", "--job-id", "j");
    assertEquals(2, result.status(), result.toString());
    assertTrue(result.err().contains("--task-id"), result.err());
  }

  @Test void networkErrorExitsWithThreeWithoutStackTraceUnlessDebug() throws Exception {
    Result quiet = run(Map.of(), "task", "show", "--job-id", "j", "--task-id", "t",
        "--account-endpoint", "http://127.0.0.1:9", "--account-name", "a", "--account-key", KEY);
    assertEquals(3, quiet.status(), quiet.toString());
    assertFalse(quiet.err().contains("\tat "), quiet.err());
    assertFalse(quiet.err().contains(KEY), quiet.err());
    Result debug = run(Map.of(), "task", "show", "--job-id", "j", "--task-id", "t",
        "--account-endpoint", "http://127.0.0.1:9", "--account-name", "a", "--account-key", KEY,
        "--debug");
    assertEquals(3, debug.status(), debug.toString());
    assertTrue(debug.err().contains("\tat "), debug.err());
  }

  @Test void notModifiedPrintsNothingOnStandardOutput() throws Exception {
    try (BatchSandbox sandbox = BatchSandbox.builder().account("acct", KEY).start()) {
      Map<String, String> env = Map.of("AZURE_BATCH_ENDPOINT", sandbox.url(),
          "AZURE_BATCH_ACCOUNT", "acct", "AZURE_BATCH_ACCESS_KEY", KEY);
      Result first = run(env, "task", "show", "--job-id", "job-0000000001",
          "--task-id", "mytask1");
      assertEquals(0, first.status(), first.toString());
      String etag = first.out().lines().filter(l -> l.startsWith("etag")).findFirst()
          .orElseThrow().substring(4).trim();
      Result second = run(env, "task", "show", "--job-id", "job-0000000001",
          "--task-id", "mytask1", "--if-none-match", etag);
      assertEquals(ExitStatus.NOT_MODIFIED, second.status(), second.toString());
      assertEquals("", second.out());
      assertEquals("not modified (ETag " + etag + ")\n", second.err());
    }
  }

  @Test void wrongKeyIsRefusedByTheSandbox() throws Exception {
    try (BatchSandbox sandbox = BatchSandbox.builder().account("acct", KEY).start()) {
      Result result = run(Map.of(), "task", "show", "--job-id", "job-0000000001",
          "--task-id", "mytask1", "--account-endpoint", sandbox.url(), "--account-name", "acct",
          "--account-key", "d3Jvbmcta2V5LXdyb25nLWtleS13cm9uZy1rZXkhIQ==");
      assertEquals(ExitStatus.SERVICE_ERROR, result.status(), result.toString());
      assertTrue(result.err().startsWith("AuthenticationFailed: "), result.err());
    }
  }

  @Test void tableShowsWhatACurrentTaskHas() throws Exception {
    Result container = run(Map.of(), "task", "show", "--job-id", "job-0000000001",
        "--task-id", "task-2025-container");
    assertEquals(0, container.status(), container.toString());
    assertTrue(container.out().contains("\ncontainer       myregistry.azurecr.io/render/blender:4.1"
        + " (container 3f9c2e7a41b8d07c exited)\n"), container.out());
    assertTrue(container.out().contains("\nrequired slots  2\n"), container.out());
    assertTrue(container.out().contains("\nexit code       0\n"), container.out());
    assertTrue(container.out().contains("\nnode            tvm-3951428771_1-20250610t074512z"
        + " (pool gpupool)\n"), container.out());
    Result failed = run(Map.of(), "task", "show", "--job-id", "job-0000000001",
        "--task-id", "task-2025-failed");
    assertEquals(0, failed.status(), failed.toString());
    assertTrue(failed.out().contains("\nfailure         usererror FailureExitCode: The task process"
        + " exited with an unexpected exit code\n"), failed.out());
    assertTrue(failed.out().contains("\nexit code       1\n"), failed.out());
    Result active = run(Map.of(), "task", "show", "--job-id", "job-0000000001",
        "--task-id", "task-2025-active");
    assertEquals(0, active.status(), active.toString());
    assertTrue(active.out().startsWith("id              task-2025-active\n"
        + "state           active since 2025-06-10T08:30:00.0000001Z\n"), active.out());
    assertTrue(active.out().contains("\nstarted         not yet\n"), active.out());
    assertFalse(active.out().contains("exit code"), active.out());
    assertEquals("", active.err().lines().filter(l -> !l.contains("built-in sandbox"))
        .collect(java.util.stream.Collectors.joining("\n")));
  }

  @Test void helpNamesTheDefaultApiVersion() throws Exception {
    Result help = run(Map.of(), "task", "show", "--help");
    assertEquals(0, help.status(), help.toString());
    assertTrue(help.out().lines().anyMatch(line -> line.contains("--api-version")
        && line.contains("2025-06-01")), help.out());
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
        assertEquals(0, result.status(), result.toString());
        String served = Files.readString(job.resolve(task.getKey() + ".json"));
        assertTrue(JsonTree.same(served, result.out()), task.getKey() + ":\n" + result.out());
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
      assertEquals(0, result.status(), result.toString());
      assertTrue(JsonTree.same(task, result.out()), result.out());
    }
  }

  // ---- Hostile servers on loopback (the hardening issue). ----

  /** Default settings: no --deadline, the library's 40 s read timeout per read. */
  @Test void aServerDrippingOneByteASecondEndsAtTheDefaultDeadline() throws Exception {
    try (DripServer drip = DripServer.headers(1000)) {
      long start = System.nanoTime();
      Result result = run(120, Map.of(), "task", "show", "--job-id", "j", "--task-id", "t",
          "--account-endpoint", drip.url(), "--account-name", "a", "--account-key", KEY);
      long seconds = (System.nanoTime() - start) / 1_000_000_000L;
      assertEquals(ExitStatus.TIMED_OUT, result.status(), result.toString());
      assertTrue(seconds >= 59 && seconds < 75, "ended after " + seconds + " s");
      assertTrue(result.err().matches("error: no answer within the deadline of 60 s, retries"
          + " included \\(client-request-id: [0-9a-f-]{36}\\)\n"), result.err());
      assertEquals("", result.out());
    }
  }

  @Test void theDeadlineIsAnOptionAndEndsABodyDrip() throws Exception {
    try (DripServer drip = DripServer.body(200)) {
      long start = System.nanoTime();
      Result result = run(Map.of(), "task", "show", "--job-id", "j", "--task-id", "t",
          "--account-endpoint", drip.url(), "--account-name", "a", "--account-key", KEY,
          "--deadline", "2s");
      long millis = (System.nanoTime() - start) / 1_000_000L;
      assertEquals(ExitStatus.TIMED_OUT, result.status(), result.toString());
      assertTrue(millis < 15_000, "ended after " + millis + " ms");
      assertTrue(result.err().startsWith("error: no answer within the deadline of 2 s"),
          result.err());
      assertEquals(1, result.err().lines().count(), result.err());
    }
    Result zero = run(Map.of(), "task", "show", "--job-id", "j", "--task-id", "t",
        "--deadline", "0s");
    assertEquals(ExitStatus.USAGE, zero.status(), zero.toString());
  }

  private static final String HOSTILE = "\u001b]0;pwned\u0007\u001b[2J\r\nforged: line\u009b31m";

  /** No byte below 0x20 but the line ends, no DEL, no C1 control. */
  private static void assertNoRawControls(String text) {
    assertNoRawControls(text, false);
  }

  /** As above; {@code tabs}: our own stack traces indent frames with a tab. */
  private static void assertNoRawControls(String text, boolean tabs) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean lineEnd = c == '\n' || (tabs && c == '\t');
      assertTrue(lineEnd || (c >= 0x20 && c != 0x7f && !(c >= 0x80 && c <= 0x9f)),
          "raw U+" + Integer.toHexString(c) + " at " + i + " in: " + text);
    }
  }

  @Test void controlCharactersInAnErrorNeverReachTheTerminalRaw() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(new MockResponse().setResponseCode(404)
          .addHeaderLenient("request-id", "rid" + HOSTILE.replace("\r\n", ""))
          .setBody("{\"code\":\"TaskNotFound" + json(HOSTILE) + "\",\"message\":{\"value\":\""
              + "gone" + json(HOSTILE) + "\"}}"));
      Result result = run(Map.of(), showAgainst(server));
      assertEquals(ExitStatus.SERVICE_ERROR, result.status(), result.toString());
      assertNoRawControls(result.err());
      assertEquals(1, result.err().lines().count(), result.err());
      assertTrue(result.err().startsWith("TaskNotFound\\u001b]0;pwned\\u0007\\u001b[2J\\r\\n"
          + "forged: line\\u009b31m: gone\\u001b]0;pwned"), result.err());
      assertTrue(result.err().contains("(request-id: rid\\u001b]0;pwned"), result.err());
    }
  }

  @Test void controlCharactersInAnEtagOrAParserMessageNeverReachTheTerminalRaw()
      throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(new MockResponse().setResponseCode(304)
          .addHeaderLenient("ETag", "0x8D" + HOSTILE.replace("\r\n", "")));
      Result notModified = run(Map.of(), showAgainst(server, "--if-none-match", "0x8D1"));
      assertEquals(ExitStatus.NOT_MODIFIED, notModified.status(), notModified.toString());
      assertNoRawControls(notModified.err());
      assertEquals(1, notModified.err().lines().count(), notModified.err());

      server.enqueue(new MockResponse().setBody("{\"executionInfo\":{\"exitCode\":\""
          + json(HOSTILE) + "\"}}"));
      Result parse = run(Map.of(), showAgainst(server));
      assertEquals(ExitStatus.OTHER_ERROR, parse.status(), parse.toString());
      assertNoRawControls(parse.err());
      assertEquals(1, parse.err().lines().count(), parse.err());

      server.enqueue(new MockResponse().setBody("{\"executionInfo\":{\"exitCode\":\""
          + json(HOSTILE) + "\"}}"));
      Result debug = run(Map.of(), showAgainst(server, "--debug"));
      assertNoRawControls(debug.err(), true);
      assertTrue(debug.err().contains("\tat "), debug.err());
    }
  }

  @Test void controlCharactersInTaskFieldsAreEscapedInTheTableAndExactInJson() throws Exception {
    String task = "{\"id\":\"t" + json(HOSTILE) + "\",\"displayName\":\"d" + json(HOSTILE)
        + "\",\"commandLine\":\"cmd" + json(HOSTILE) + "\",\"state\":\"active"
        + json(HOSTILE) + "\",\"executionInfo\":{\"retryCount\":0,\"failureInfo\":{"
        + "\"code\":\"c" + json(HOSTILE) + "\",\"message\":\"m" + json(HOSTILE) + "\","
        + "\"details\":[{\"name\":\"n" + json(HOSTILE) + "\",\"value\":\"v" + json(HOSTILE)
        + "\"}]}},\"nodeInfo\":{\"nodeId\":\"node" + json(HOSTILE) + "\"}}";
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(new MockResponse().setBody(task)
          .addHeaderLenient("ETag", "0x8D" + HOSTILE.replace("\r\n", "")));
      Result table = run(Map.of(), showAgainst(server));
      assertEquals(0, table.status(), table.toString());
      assertNoRawControls(table.out());
      assertEquals(9, table.out().lines().count(), table.out());
      assertTrue(table.out().contains("  cmd\\u001b]0;pwned\\u0007\\u001b[2J"
          + "\\r\\nforged: line\\u009b31m\n"), table.out());

      server.enqueue(new MockResponse().setBody(task));
      Result json = run(Map.of(), showAgainst(server, "-o", "json"));
      assertEquals(0, json.status(), json.toString());
      assertNoRawControls(json.out());
      assertTrue(JsonTree.same(task, json.out()), json.out());
    }
  }

  @Test void anUnaskedFor304IsAProtocolError() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(new MockResponse().setResponseCode(304));
      Result result = run(Map.of(), showAgainst(server));
      assertEquals(ExitStatus.OTHER_ERROR, result.status(), result.toString());
      assertEquals("error: HTTP 304 Not Modified answered a read that was not conditional"
          + " (request-id: none)\n", result.err());
      assertEquals("", result.out());
    }
  }

  @Test void errorsFromSomethingOtherThanTheServiceNameStatusReasonAndLocation()
      throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(new MockResponse().setResponseCode(302)
          .setHeader("Location", "https://elsewhere.example/c?sv=1&sig=SECRETSIG1&se=2"));
      server.enqueue(new MockResponse().setResponseCode(401));
      server.enqueue(new MockResponse().setResponseCode(412).setBody("{\"code\":"
          + "\"ConditionNotMet\",\"message\":{\"value\":\"The condition is not met.\"}}"));
      Result redirect = run(Map.of(), showAgainst(server));
      assertEquals(ExitStatus.SERVICE_ERROR, redirect.status(), redirect.toString());
      assertEquals("HTTP 302: Found, redirect to https://elsewhere.example/c?sv=1&sig=REDACTED"
          + "&se=2 not followed (no body) (request-id: none)\n", redirect.err());
      Result unauthorized = run(Map.of(), showAgainst(server));
      assertEquals(ExitStatus.SERVICE_ERROR, unauthorized.status(), unauthorized.toString());
      assertEquals("HTTP 401: Unauthorized (no body) (request-id: none)\n", unauthorized.err());
      Result precondition = run(Map.of(), showAgainst(server));
      assertEquals(ExitStatus.CONDITION_NOT_MET, precondition.status(), precondition.toString());
      assertEquals("ConditionNotMet: The condition is not met. (request-id: none)\n",
          precondition.err());
      assertEquals(3, server.getRequestCount(), "nothing followed");
    }
  }

  @Test void aUsageErrorNeverEchoesTheAccountKey() throws Exception {
    // "task" has no options: everything after an unknown subcommand is unmatched and echoed.
    Result unmatched = run(Map.of(), "task", "no-such-command", "--job-id", "j",
        "--account-key", KEY, "--account-name", "a");
    assertEquals(ExitStatus.USAGE, unmatched.status(), unmatched.toString());
    assertFalse(unmatched.err().contains(KEY), unmatched.err());
    assertFalse(unmatched.err().contains(KEY.substring(0, 12)), unmatched.err());
    assertTrue(unmatched.err().contains("REDACTED"), unmatched.err());
    Result inline = run(Map.of(), "task", "no-such-command", "--account-key=" + KEY);
    assertEquals(ExitStatus.USAGE, inline.status(), inline.toString());
    assertFalse(inline.err().contains(KEY.substring(0, 12)), inline.err());
  }

  @Test void aNonAsciiEtagIsAClearUsageError() throws Exception {
    Result result = run(Map.of(), "task", "show", "--job-id", "job-0000000001",
        "--task-id", "mytask1", "--if-none-match", "\u00e9tag");
    assertEquals(ExitStatus.USAGE, result.status(), result.toString());
    assertEquals("error: ifNoneMatch must be a non-empty ETag of printable ASCII characters\n",
        result.err());
  }

  @Test void anAccountWithoutAnEndpointIsAUsageErrorNotTheSandbox() throws Exception {
    Result result = run(Map.of(), "task", "show", "--job-id", "job-0000000001",
        "--task-id", "mytask1", "--account-name", "myaccount");
    assertEquals(ExitStatus.USAGE, result.status(), result.toString());
    assertTrue(result.err().contains("--account-endpoint"), result.err());
    assertEquals("", result.out());
    Result fromEnvironment = run(Map.of("AZURE_BATCH_ACCOUNT", "myaccount"), "task", "show",
        "--job-id", "job-0000000001", "--task-id", "mytask1");
    assertEquals(ExitStatus.USAGE, fromEnvironment.status(), fromEnvironment.toString());
  }

  @Test void aBareHostAndPortEndpointSuggestsHttps() throws Exception {
    Result result = run(Map.of(), "task", "show", "--job-id", "j", "--task-id", "t",
        "--account-endpoint", "myaccount.westus.batch.azure.com:443", "--account-name", "a",
        "--account-key", KEY);
    assertEquals(ExitStatus.USAGE, result.status(), result.toString());
    assertTrue(result.err().contains("https://myaccount.westus.batch.azure.com:443"), result.err());
  }

  private static String[] showAgainst(MockWebServer server, String... more) {
    List<String> args = new ArrayList<>(List.of("task", "show", "--job-id", "j", "--task-id", "t",
        "--account-endpoint", server.url("/").toString(), "--account-name", "a",
        "--account-key", KEY));
    args.addAll(List.of(more));
    return args.toArray(new String[0]);
  }

  /** {@code text} as the inside of a JSON string. */
  private static String json(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      out.append(c < 0x20 || c >= 0x7f ? String.format("\\u%04x", (int) c) : String.valueOf(c));
    }
    return out.toString();
  }

  @Test void helpAndVersionExitWithZero() throws Exception {
    Result help = run(Map.of(), "task", "show", "--help");
    assertEquals(0, help.status(), help.toString());
    assertTrue(help.out().contains("--if-none-match"), help.out());
    Result version = run(Map.of(), "--version");
    assertEquals(0, version.status(), version.toString());
    assertTrue(version.out().startsWith("batch-task "), version.out());
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
}

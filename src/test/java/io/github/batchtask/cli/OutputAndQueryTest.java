package io.github.batchtask.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.batchtask.sandbox.BatchSandbox;
import io.github.batchtask.testing.JsonTree;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/** The output formats, --query and the condition flags, end to end against the sandbox. */
class OutputAndQueryTest {
  private static final Path BASE = Path.of(System.getProperty("project.basedir", "."));
  private static final String KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";
  private static final String WRONG_KEY = "d3Jvbmcta2V5LXdyb25nLWtleS13cm9uZy1rZXkhIQ==";

  /** {@code task show} of the README's task from the built-in sandbox, plus {@code args}. */
  private static Cli.Result show(String... args) throws Exception {
    List<String> all = new java.util.ArrayList<>(List.of("task", "show",
        "--job-id", "job-0000000001", "--task-id", "mytask1"));
    all.addAll(List.of(args));
    return Cli.run(Map.of(), all.toArray(new String[0]));
  }

  @Test void queryStateAsTsvPrintsTheBareValue() throws Exception {
    Cli.Result result = show("--query", "state", "-o", "tsv");
    assertEquals(0, result.status(), result.toString());
    assertEquals("completed\n", result.out());
  }

  @Test void queryOfAnArrayAsTsvPrintsOneLinePerElement() throws Exception {
    Cli.Result result = show("--query", "resourceFiles[].filePath", "-o", "tsv");
    assertEquals(0, result.status(), result.toString());
    assertEquals("myprogram.exe\ntest.txt\n", result.out());
    Cli.Result fields = show("--query",
        "{id: id, state: state, code: executionInfo.exitCode, files: resourceFiles}", "-o", "TSV");
    assertEquals("mytask1\tcompleted\t0\t2\n", fields.out(), "tab-separated; an array's length");
    Cli.Result rows = show("--query", "[id, state]", "-o", "tsv");
    assertEquals("mytask1\ncompleted\n", rows.out(), "a top-level array: a line per element");
  }

  @Test void queryOfAnObjectAsJsonPrintsThatObjectIndented() throws Exception {
    Cli.Result result = show("--query", "{id:id, code:executionInfo.exitCode}", "-o", "json");
    assertEquals(0, result.status(), result.toString());
    assertEquals("{\n  \"id\": \"mytask1\",\n  \"code\": 0\n}\n", result.out());
    Cli.Result table = show("--query", "{id:id, code:executionInfo.exitCode}", "-o", "table");
    assertEquals("Id       Code\n-------  ----\nmytask1  0\n", table.out());
  }

  @Test void unknownPropertiesAreQueried() throws Exception {
    Cli.Result result = show("--query", "\"odata.metadata\"", "-o", "tsv");
    assertEquals("https://myaccount.myregion.batch.azure.com/$metadata#tasks/@Element\n",
        result.out(), result.toString());
  }

  @Test void yamlHoldsTheDocumentValueForValue() throws Exception {
    Cli.Result result = show("-o", "yaml");
    assertEquals(0, result.status(), result.toString());
    assertTrue(result.out().contains("\nstate: completed\n"), result.out());
    Object yaml = new Yaml(new LoaderOptions()).load(result.out());
    String served = Files.readString(BASE.resolve("spec/examples/completed-task.json"));
    // Through JSON, so that both sides are compared by JsonTree (numbers exact, order ignored).
    String asJson = new com.squareup.moshi.Moshi.Builder().build().adapter(Object.class)
        .toJson(yaml);
    assertTrue(JsonTree.same(served, asJson), asJson);
    assertFalse(show("-o", "yamlc").out().contains("\u001b"), "no colour off a terminal");
  }

  @Test void noneAndJsoncOffATerminal() throws Exception {
    Cli.Result none = show("-o", "none");
    assertEquals(0, none.status(), none.toString());
    assertEquals("", none.out());
    Cli.Result jsonc = show("-o", "JsonC");
    assertEquals(show("-o", "json").out(), jsonc.out(), "no colour when not on a terminal");
  }

  @Test void malformedQueryIsAUsageErrorOfOneLineNamingThePosition() throws Exception {
    Cli.Result result = show("--query", "resourceFiles[?");
    assertEquals(ExitStatus.USAGE, result.status(), result.toString());
    assertEquals(1, result.err().lines().count(), result.err());
    assertTrue(result.err().startsWith("error: --query \"resourceFiles[?\" is not valid JMESPath"),
        result.err());
    assertTrue(result.err().contains("(position 15)"), result.err());
    assertFalse(result.err().contains("sandbox"), "nothing was started or sent");
    assertEquals("", result.out());
    Cli.Result types = show("--query", "length(executionInfo.exitCode)");
    assertEquals(ExitStatus.USAGE, types.status(), types.toString());
    assertEquals(1, types.err().lines().filter(l -> l.startsWith("error:")).count());
    assertFalse(types.err().contains("\tat "), types.err());
  }

  @Test void formatsAreReadInAnyCaseAndOthersRefusedBriefly() throws Exception {
    assertEquals(0, show("-o", "JSON").status());
    Cli.Result bad = show("-o", "xml");
    assertEquals(ExitStatus.USAGE, bad.status(), bad.toString());
    assertTrue(bad.err().contains("json, jsonc, table, tsv, yaml, yamlc, none"), bad.err());
    assertTrue(bad.err().lines().count() <= 3, bad.err());
    Cli.Result unknown = show("--frobnicate");
    assertEquals(ExitStatus.USAGE, unknown.status(), unknown.toString());
    assertTrue(unknown.err().lines().count() <= 3, unknown.err());
  }

  @Test void unknownPropertiesInJsonAreIndentedLikeTheRest(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("job-a"));
    Files.writeString(dir.resolve("job-a/t1.json"), "{\"id\":\"t1\",\"requiredSlots\":2,"
        + "\"containerSettings\":{\"imageName\":\"ubuntu\",\"registry\":{\"a\":[1,2.50]}},"
        + "\"state\":\"active\"}");
    try (BatchSandbox sandbox = BatchSandbox.builder().tasksDirectory(dir).start()) {
      Cli.Result result = Cli.run(Map.of(), "task", "show", "--job-id", "job-a",
          "--task-id", "t1", "--account-endpoint", sandbox.url(), "--account-name", "a",
          "--account-key", KEY, "-o", "json");
      assertEquals(0, result.status(), result.toString());
      assertEquals("{\n"
          + "  \"id\": \"t1\",\n"
          + "  \"state\": \"active\",\n"
          + "  \"requiredSlots\": 2,\n"
          + "  \"containerSettings\": {\n"
          + "    \"imageName\": \"ubuntu\",\n"
          + "    \"registry\": {\n"
          + "      \"a\": [\n"
          + "        1,\n"
          + "        2.50\n"
          + "      ]\n"
          + "    }\n"
          + "  }\n"
          + "}\n", result.out());
    }
  }

  @Test void conditionFlagsHaveTheirOwnExitStatuses() throws Exception {
    String etag = show("--query", "eTag", "-o", "tsv").out().strip();
    try (BatchSandbox sandbox = BatchSandbox.builder().account("acct", KEY).start()) {
      Map<String, String> env = Map.of("AZURE_BATCH_ENDPOINT", sandbox.url(),
          "AZURE_BATCH_ACCOUNT", "acct", "AZURE_BATCH_ACCESS_KEY", KEY);
      String served = Cli.run(env, "task", "show", "--job-id", "job-0000000001",
          "--task-id", "mytask1", "--query", "id", "-o", "tsv").out();
      assertEquals("mytask1\n", served);
      String header = Cli.run(env, "task", "show", "--job-id", "job-0000000001",
          "--task-id", "mytask1").out().lines().filter(l -> l.startsWith("etag"))
          .findFirst().orElseThrow().substring(4).trim();
      assertFalse(header.isEmpty(), etag);
      Cli.Result match = Cli.run(env, "task", "show", "--job-id", "job-0000000001",
          "--task-id", "mytask1", "--if-match", header, "-o", "none");
      assertEquals(ExitStatus.OK, match.status(), match.toString());
      Cli.Result noMatch = Cli.run(env, "task", "show", "--job-id", "job-0000000001",
          "--task-id", "mytask1", "--if-match", "0x8D000000000000");
      assertEquals(ExitStatus.CONDITION_NOT_MET, noMatch.status(), noMatch.toString());
      assertTrue(noMatch.err().startsWith("ConditionNotMet: "), noMatch.err());
      Cli.Result notModified = Cli.run(env, "task", "show", "--job-id", "job-0000000001",
          "--task-id", "mytask1", "--if-modified-since", "2099-01-01T00:00:00Z");
      assertEquals(ExitStatus.NOT_MODIFIED, notModified.status(), notModified.toString());
      assertEquals("", notModified.out());
      Cli.Result unmodified = Cli.run(env, "task", "show", "--job-id", "job-0000000001",
          "--task-id", "mytask1", "--if-unmodified-since", "Mon, 01 Jan 2001 00:00:00 GMT");
      assertEquals(ExitStatus.CONDITION_NOT_MET, unmodified.status(), unmodified.toString());
      Cli.Result mixed = Cli.run(env, "task", "show", "--job-id", "job-0000000001",
          "--task-id", "mytask1", "--if-match", header, "--if-none-match", header);
      assertEquals(ExitStatus.USAGE, mixed.status(), mixed.toString());
      assertEquals(0, sandbox.answered(400), "the mix was refused before sending");
    }
  }

  @Test void accessTokenIsSentAsABearerAndNeverPrinted() throws Exception {
    String token = "eyJ0eXAiOiJKV1QiLCJhbGciOiJub25lIn0.secret-token-value";
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(new MockResponse().setBody("{\"id\":\"t\",\"state\":\"active\"}"));
      server.enqueue(new MockResponse().setResponseCode(403).setBody("{\"code\":"
          + "\"AuthenticationFailed\",\"message\":{\"value\":\"Server failed to authenticate.\"}}"));
      server.start();
      Cli.Result ok = Cli.run(Map.of("AZURE_BATCH_ACCESS_TOKEN", token), "task", "show",
          "--job-id", "j", "--task-id", "t", "--account-endpoint", server.url("/").toString(),
          "--query", "state", "-o", "tsv");
      assertEquals(0, ok.status(), ok.toString());
      assertEquals("active\n", ok.out());
      RecordedRequest request = server.takeRequest();
      assertEquals("Bearer " + token, request.getHeader("Authorization"));
      Cli.Result refused = Cli.run(Map.of(), "task", "show", "--job-id", "j", "--task-id", "t",
          "--account-endpoint", server.url("/").toString(), "--access-token", token, "--debug");
      assertEquals(ExitStatus.SERVICE_ERROR, refused.status(), refused.toString());
      assertTrue(refused.err().contains("not signed with Shared Key"), refused.err());
      for (Cli.Result result : List.of(ok, refused)) {
        assertFalse(result.err().contains("secret-token-value"), result.err());
        assertFalse(result.out().contains("secret-token-value"), result.out());
      }
      Cli.Result both = Cli.run(Map.of(), "task", "show", "--job-id", "j", "--task-id", "t",
          "--account-endpoint", server.url("/").toString(), "--access-token", token,
          "--account-name", "a", "--account-key", KEY);
      assertEquals(ExitStatus.USAGE, both.status(), both.toString());
      assertFalse(both.err().contains("secret-token-value"), both.err());
    }
  }

  @Test void debugAfterAuthenticationFailedComparesTheSignedStrings() throws Exception {
    try (BatchSandbox sandbox = BatchSandbox.builder().account("acct", KEY).start()) {
      Cli.Result quiet = Cli.run(Map.of(), "task", "show", "--job-id", "job-0000000001",
          "--task-id", "mytask1", "--account-endpoint", sandbox.url(),
          "--account-name", "acct", "--account-key", WRONG_KEY);
      assertEquals(ExitStatus.SERVICE_ERROR, quiet.status(), quiet.toString());
      assertFalse(quiet.err().contains("signed:"), quiet.err());
      Cli.Result debug = Cli.run(Map.of(), "task", "show", "--job-id", "job-0000000001",
          "--task-id", "mytask1", "--account-endpoint", sandbox.url(),
          "--account-name", "acct", "--account-key", WRONG_KEY, "--debug");
      assertEquals(ExitStatus.SERVICE_ERROR, debug.status(), debug.toString());
      String err = debug.err();
      assertTrue(err.contains("debug: the service signed:\n   1 | GET\n"), err);
      assertTrue(err.contains("debug: the client signed:\n   1 | GET\n"), err);
      assertTrue(err.contains("|  /acct/jobs/job-0000000001/tasks/mytask1\n")
          || err.contains("| /acct/jobs/job-0000000001/tasks/mytask1\n"), err);
      assertTrue(err.contains("debug: the strings are the same, so the key differs"), err);
      assertFalse(err.contains(WRONG_KEY), "key printed");
      assertFalse(err.contains("The signature '"), "the service's detail quotes the signature");
      assertFalse(err.matches("(?s).*SharedKey acct:.*"), "Authorization printed");
    }
  }

  @Test void helpFitsAScreenAndCompletionIsGenerated() throws Exception {
    for (String command : List.of("show", "wait")) {
      Cli.Result help = Cli.run(Map.of(), "task", command, "--help");
      assertEquals(0, help.status(), help.toString());
      assertTrue(help.out().lines().count() <= 40, help.out().lines().count() + " lines");
      assertTrue(help.out().lines().allMatch(l -> l.length() <= 80), help.out());
    }
    Cli.Result completion = Cli.run(Map.of(), "completion");
    assertEquals(0, completion.status(), completion.toString());
    assertTrue(completion.out().contains("complete -F"), completion.out());
    assertTrue(completion.out().contains("--query"), "options of task show");
    assertTrue(completion.out().contains("yamlc"), "the formats as candidates");
    assertTrue(completion.out().contains("completed"), "the states of task wait --for");
  }
}

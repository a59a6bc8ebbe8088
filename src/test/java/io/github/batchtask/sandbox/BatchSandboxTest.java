package io.github.batchtask.sandbox;

import static io.github.batchtask.sandbox.SandboxClient.API_VERSION;
import static io.github.batchtask.sandbox.SandboxClient.assertError;
import static io.github.batchtask.sandbox.SandboxClient.json;
import static io.github.batchtask.sandbox.SandboxClient.values;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BatchSandboxTest {
  private static final Path EXAMPLES =
      Path.of(System.getProperty("project.basedir", "."), "spec", "examples");

  /** A task with stats, odd spacing and escapes, to see that values are copied raw. */
  private static final String TASK = "{\n"
      + "  \"odata.metadata\": \"https://myaccount.myregion.batch.azure.com/$metadata#tasks/@Element\",\n"
      + "  \"id\":\"task-a\",\n"
      + "  \"lastModified\": \"2021-03-04T05:06:07.1234567Z\",\n"
      + "  \"state\" : \"running\",\n"
      + "  \"commandLine\": \"cmd /c \\\"echo \\u00e9\\\"\",\n"
      + "  \"executionInfo\": { \"startTime\":\"2021-03-04T05:06:08.0000001Z\" ,\"retryCount\": 0,"
      + " \"requeueCount\":0 },\n"
      + "  \"stats\": {\"url\": \"https://x/jobs/job-a/tasks/task-a\", \"readIOGiB\": 1.50E+0},\n"
      + "  \"requiredSlots\": 1\n"
      + "}\n";
  private static final String TASK_PATH = "/jobs/job-a/tasks/task-a";

  @TempDir
  Path tasksDirectory;

  private BatchSandbox sandbox;
  private SandboxClient client;

  @BeforeEach
  void start() throws IOException {
    Files.createDirectories(tasksDirectory.resolve("job-a"));
    Files.writeString(tasksDirectory.resolve("job-a/task-a.json"), TASK);
    sandbox = BatchSandbox.builder().tasksDirectory(tasksDirectory).start();
    client = new SandboxClient(sandbox.url());
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void urlAndBannerNameTheChosenPort() {
    assertTrue(sandbox.port() > 0);
    assertEquals("http://127.0.0.1:" + sandbox.port(), sandbox.url());
    assertEquals("Listening on http://127.0.0.1:" + sandbox.port(), sandbox.banner());
  }

  @Test
  void examplesArePackagedOnTheClasspathUnchanged() throws IOException {
    for (String name : List.of("completed-task.json", "multi-instance-task.json")) {
      try (InputStream in = BatchSandbox.class.getResourceAsStream("examples/" + name)) {
        assertArrayEquals(Files.readAllBytes(EXAMPLES.resolve(name)), in.readAllBytes(), name);
      }
    }
  }

  @Test
  void builtInTasksOfTodaysServiceAreServedByteForByteInApiVersion20250601() throws IOException {
    Path resources = Path.of(System.getProperty("project.basedir", "."))
        .resolve("src/main/resources/io/github/batchtask/sandbox/tasks");
    Map<String, String> files = Map.of("task-2025-container", "container-task.json",
        "task-2025-active", "active-task.json", "task-2025-failed", "failed-task.json");
    for (Map.Entry<String, String> task : files.entrySet()) {
      HttpResponse<byte[]> response = client.get("/jobs/job-0000000001/tasks/" + task.getKey()
          + "?api-version=2025-06-01&$expand=stats");
      assertEquals(200, response.statusCode(), task.getKey());
      assertArrayEquals(Files.readAllBytes(resources.resolve(task.getValue())), response.body(),
          task.getKey());
    }
    Map<String, Object> active = json(client.get(
        "/jobs/job-0000000001/tasks/task-2025-active?api-version=2025-06-01").body());
    assertEquals("active", active.get("state"));
    assertFalse(active.containsKey("executionInfo"));
    Map<String, Object> container = json(client.get(
        "/jobs/job-0000000001/tasks/TASK-2025-CONTAINER?api-version=2024-07-01.20.0").body());
    assertFalse(container.containsKey("stats"), "stats only when expanded");
    assertTrue(container.containsKey("containerSettings"));
    assertTrue(container.containsKey("odata.metadata"));
  }

  @Test
  void builtInCompletedTaskIsServedByteForByteWithServiceHeaders() throws IOException {
    HttpResponse<byte[]> response =
        client.get("/jobs/job-0000000001/tasks/mytask1?" + API_VERSION);

    assertEquals(200, response.statusCode());
    assertArrayEquals(Files.readAllBytes(EXAMPLES.resolve("completed-task.json")), response.body());
    assertEquals("application/json;odata=minimalmetadata", header(response, "Content-Type"));
    assertTrue(header(response, "ETag").matches("0x8D[0-9A-F]{13}"), header(response, "ETag"));
    assertEquals("Thu, 18 Sep 2014 05:01:37 GMT", header(response, "Last-Modified"));
    assertEquals(sandbox.url() + "/jobs/job-0000000001/tasks/mytask1",
        header(response, "DataServiceId"));
    UUID.fromString(header(response, "request-id"));
    assertFalse(response.headers().firstValue("client-request-id").isPresent());
  }

  @Test
  void builtInMultiInstanceTaskIsServedByteForByte() throws IOException {
    HttpResponse<byte[]> response =
        client.get("/jobs/job-0000000001/tasks/mymultiinstancetask?" + API_VERSION);

    assertEquals(200, response.statusCode());
    assertArrayEquals(Files.readAllBytes(EXAMPLES.resolve("multi-instance-task.json")),
        response.body());
    // No lastModified in the example: the page's date stands in for a file time.
    assertEquals("Wed, 01 Feb 2017 00:00:00 GMT", header(response, "Last-Modified"));
  }

  @Test
  void requestIdIsFreshForEveryRequest() {
    String path = "/jobs/job-0000000001/tasks/mytask1?" + API_VERSION;
    assertNotEquals(header(client.get(path), "request-id"), header(client.get(path), "request-id"));
  }

  @Test
  void taskFileIsServedByteForByteWithLastModifiedFromItsProperty() {
    HttpResponse<byte[]> response = client.get(TASK_PATH + "?" + API_VERSION + "&$expand=stats");

    assertEquals(200, response.statusCode());
    assertEquals(TASK, new String(response.body(), UTF_8));
    assertEquals("Thu, 04 Mar 2021 05:06:07 GMT", header(response, "Last-Modified"));
  }

  @Test
  void lastModifiedFallsBackToTheFileTime() throws IOException {
    Path file = tasksDirectory.resolve("job-a/plain.json");
    Files.writeString(file, "{\"id\":\"plain\"}");
    Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2020-01-02T03:04:05.678Z")));

    HttpResponse<byte[]> response = client.get("/jobs/job-a/tasks/plain?" + API_VERSION);

    assertEquals(200, response.statusCode());
    assertEquals("Thu, 02 Jan 2020 03:04:05 GMT", header(response, "Last-Modified"));
  }

  @Test
  void fileInTheTasksDirectoryTakesPrecedenceOverABuiltIn() throws IOException {
    Files.createDirectories(tasksDirectory.resolve("job-0000000001"));
    Files.writeString(tasksDirectory.resolve("job-0000000001/mytask1.json"), "{\"id\":\"mine\"}");

    HttpResponse<byte[]> response = client.get("/jobs/job-0000000001/tasks/mytask1?" + API_VERSION);

    assertEquals("{\"id\":\"mine\"}", new String(response.body(), UTF_8));
    assertEquals(200, client.get("/jobs/job-0000000001/tasks/mymultiinstancetask?" + API_VERSION)
        .statusCode());
  }

  @Test
  void pathSegmentsArePercentDecodedOnce() throws IOException {
    Files.createDirectories(tasksDirectory.resolve("job b"));
    Files.writeString(tasksDirectory.resolve("job b/t+1%41.json"), "{\"id\":\"t+1%41\"}");

    HttpResponse<byte[]> response = client.get("/jobs/job%20b/tasks/t+1%2541?" + API_VERSION);

    assertEquals(200, response.statusCode(), () -> new String(response.body(), UTF_8));
    assertEquals("{\"id\":\"t+1%41\"}", new String(response.body(), UTF_8));
    assertEquals(sandbox.url() + "/jobs/job%20b/tasks/t%2B1%2541",
        header(response, "DataServiceId"));
  }

  @Test
  void selectKeepsOnlyTheNamedPropertiesWithTheirRawValues() {
    HttpResponse<byte[]> response =
        client.get(TASK_PATH + "?" + API_VERSION + "&$select=id,commandLine,executionInfo");

    assertEquals(200, response.statusCode());
    String body = new String(response.body(), UTF_8);
    assertEquals(List.of("odata.metadata", "id", "commandLine", "executionInfo"),
        List.copyOf(json(response.body()).keySet()));
    assertTrue(body.contains("\"cmd /c \\\"echo \\u00e9\\\"\""), body);
    assertTrue(body.contains("{ \"startTime\":\"2021-03-04T05:06:08.0000001Z\" ,\"retryCount\": 0,"
        + " \"requeueCount\":0 }"), body);
  }

  @Test
  void selectIsDecodedOnceAndToleratesSpaces() {
    HttpResponse<byte[]> response =
        client.get(TASK_PATH + "?" + API_VERSION + "&%24select=id%2C%20state");

    assertEquals(200, response.statusCode());
    assertEquals(List.of("odata.metadata", "id", "state"),
        List.copyOf(json(response.body()).keySet()));
  }

  @Test
  void statsAreServedOnlyWithExpandStats() {
    String withoutExpand = new String(client.get(TASK_PATH + "?" + API_VERSION).body(), UTF_8);
    assertFalse(json(withoutExpand.getBytes(UTF_8)).containsKey("stats"));
    assertTrue(withoutExpand.contains("\"requiredSlots\":1"), withoutExpand);
    assertEquals(List.of("odata.metadata", "id", "lastModified", "state", "commandLine",
        "executionInfo", "requiredSlots"),
        List.copyOf(json(withoutExpand.getBytes(UTF_8)).keySet()));

    // Selected but not expanded, expanded but not selected: no stats either way.
    assertFalse(json(client.get(TASK_PATH + "?" + API_VERSION + "&$select=id,stats").body())
        .containsKey("stats"));
    assertEquals(List.of("odata.metadata", "id"), List.copyOf(
        json(client.get(TASK_PATH + "?" + API_VERSION + "&$select=id&$expand=stats").body())
            .keySet()));

    String both = new String(
        client.get(TASK_PATH + "?" + API_VERSION + "&$select=id,stats&$expand=stats").body(),
        UTF_8);
    assertTrue(both.contains(
        "\"stats\":{\"url\": \"https://x/jobs/job-a/tasks/task-a\", \"readIOGiB\": 1.50E+0}"), both);
  }

  @Test
  void etagIsStableAndFollowsTheContent() throws IOException {
    String path = TASK_PATH + "?" + API_VERSION;
    String first = header(client.get(path), "ETag");
    assertEquals(first, header(client.get(path + "&$select=id"), "ETag"));
    assertEquals(first, header(client.get(path), "ETag"));

    Files.writeString(tasksDirectory.resolve("job-a/task-a.json"), TASK.replace("running", "completed"));
    assertNotEquals(first, header(client.get(path), "ETag"));
  }

  @Test
  void ifNoneMatchMatchingTheEtagGives304WithoutBody() {
    String path = TASK_PATH + "?" + API_VERSION;
    String etag = header(client.get(path), "ETag");

    for (String ifNoneMatch : List.of(etag, "\"" + etag + "\"", "*", "0x1, " + etag)) {
      HttpResponse<byte[]> response = client.get(path, "If-None-Match", ifNoneMatch);
      assertEquals(304, response.statusCode(), ifNoneMatch);
      assertEquals(0, response.body().length);
      assertEquals(etag, header(response, "ETag"));
      UUID.fromString(header(response, "request-id"));
    }
    assertEquals(200, client.get(path, "If-None-Match", "0x8D0000000000000").statusCode());
  }

  @Test
  void ifModifiedSinceNotMetGives304() {
    String path = TASK_PATH + "?" + API_VERSION;
    // lastModified is 2021-03-04T05:06:07.1234567Z: the header's whole second counts as equal.
    assertEquals(304, client.get(path, "If-Modified-Since", "Thu, 04 Mar 2021 05:06:07 GMT")
        .statusCode());
    assertEquals(304, client.get(path, "If-Modified-Since", "Fri, 05 Mar 2021 00:00:00 GMT")
        .statusCode());
    assertEquals(200, client.get(path, "If-Modified-Since", "Thu, 04 Mar 2021 05:06:06 GMT")
        .statusCode());
  }

  @Test
  void allowedPairsOfConditionsAreEvaluatedTogether() {
    String path = TASK_PATH + "?" + API_VERSION;
    String etag = header(client.get(path), "ETag");
    assertEquals(304, client.get(path, "If-None-Match", etag,
        "If-Modified-Since", "Thu, 04 Mar 2021 05:06:06 GMT").statusCode());
    assertEquals(200, client.get(path, "If-None-Match", "0x1",
        "If-Modified-Since", "Thu, 04 Mar 2021 05:06:06 GMT").statusCode());
    assertEquals(200, client.get(path, "If-Match", etag,
        "If-Unmodified-Since", "Thu, 04 Mar 2021 05:06:07 GMT").statusCode());
    assertError(client.get(path, "If-Match", etag,
        "If-Unmodified-Since", "Thu, 04 Mar 2021 05:06:06 GMT"), 412, "ConditionNotMet");
  }

  @Test
  void failedIfMatchOrIfUnmodifiedSinceGives412() {
    String path = TASK_PATH + "?" + API_VERSION;
    String etag = header(client.get(path), "ETag");

    assertError(client.get(path, "If-Match", "0x8D0000000000000"), 412, "ConditionNotMet");
    assertError(client.get(path, "If-Unmodified-Since", "Wed, 03 Mar 2021 00:00:00 GMT"), 412,
        "ConditionNotMet");
    assertEquals(200, client.get(path, "If-Match", etag).statusCode());
    assertEquals(200, client.get(path, "If-Match", "*").statusCode());
    assertEquals(200, client.get(path, "If-Unmodified-Since", "Thu, 04 Mar 2021 05:06:07 GMT")
        .statusCode());
  }

  @Test
  void otherCombinationsOfConditionsGive400() {
    String path = TASK_PATH + "?" + API_VERSION;
    String date = "Thu, 04 Mar 2021 05:06:07 GMT";
    List<String[]> combinations = List.of(
        new String[] {"If-Match", "*", "If-None-Match", "*"},
        new String[] {"If-Match", "*", "If-Modified-Since", date},
        new String[] {"If-None-Match", "*", "If-Unmodified-Since", date},
        new String[] {"If-Modified-Since", date, "If-Unmodified-Since", date});
    for (String[] headers : combinations) {
      assertError(client.get(path, headers), 400, "MultipleConditionHeadersNotSupported");
    }
  }

  @Test
  void malformedConditionDateGives400InvalidHeaderValue() {
    // Java's RFC_1123_DATE_TIME writes a one-digit day; the service wants two.
    Map<String, Object> error = assertError(client.get(TASK_PATH + "?" + API_VERSION,
        "If-Modified-Since", "Thu, 4 Mar 2021 05:06:07 GMT"), 400, "InvalidHeaderValue");
    assertEquals("If-Modified-Since", values(error).get("HeaderName"));
  }

  @Test
  void missingJobGives404JobNotFound() {
    assertError(client.get("/jobs/no-such-job/tasks/task-a?" + API_VERSION), 404, "JobNotFound");
  }

  @Test
  void missingTaskGives404TaskNotFound() {
    assertError(client.get("/jobs/job-a/tasks/no-such-task?" + API_VERSION), 404, "TaskNotFound");
    assertError(client.get("/jobs/job-0000000001/tasks/no-such-task?" + API_VERSION), 404,
        "TaskNotFound");
  }

  /**
   * Each request names a file that exists, DIR/secret.json, one level up from a job: a check
   * that let the id through would serve it (shown by removing the checks in Tasks.child).
   */
  @Test
  void idsCannotReachOutsideTheTasksDirectory() throws IOException {
    Files.writeString(tasksDirectory.resolve("secret.json"), "{\"id\":\"SECRET-FILE\"}");
    Files.createDirectories(tasksDirectory.resolve("job-a/inner"));
    List<String[]> attempts = List.of(
        new String[] {"/jobs/job-a/tasks/..%2Fsecret", "TaskNotFound"},
        new String[] {"/jobs/job-a/tasks/inner%2F..%2F..%2Fsecret", "TaskNotFound"},
        new String[] {"/jobs/job-a/tasks/..%5Csecret", "TaskNotFound"},
        new String[] {"/jobs/job-a%2F../tasks/secret", "JobNotFound"},
        new String[] {"/jobs/job-a%2Finner%2F..%2F../tasks/secret", "JobNotFound"},
        new String[] {"/jobs/./tasks/secret", "JobNotFound"},
        // An absolute path as an id: resolve() would drop the tasks directory altogether.
        new String[] {"/jobs/job-a/tasks/" + SandboxHandler.encodeSegment(
            tasksDirectory.resolve("secret").toString()), "TaskNotFound"},
        new String[] {"/jobs/" + SandboxHandler.encodeSegment(tasksDirectory.toString())
            + "/tasks/secret", "JobNotFound"},
        new String[] {"/jobs/%2E/tasks/secret", "JobNotFound"});
    for (String[] attempt : attempts) {
      HttpResponse<byte[]> response = client.get(attempt[0] + "?" + API_VERSION);
      assertFalse(new String(response.body(), UTF_8).contains("SECRET-FILE"), attempt[0]);
      assertError(response, 404, attempt[1]);
    }
    assertError(client.get("/jobs/job-a/tasks/..?" + API_VERSION), 404, "TaskNotFound");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/", "/jobs", "/jobs/job-a", "/jobs/job-a/tasks", "/jobs/job-a/tasks/",
      "/pools/p/nodes/n", "/jobs/job-a/tasks/task-a/files", "/jobs//tasks/task-a"})
  void unknownPathsGive404ResourceNotFound(String path) {
    assertError(client.get(path + "?" + API_VERSION), 404, "ResourceNotFound");
  }

  @Test
  void missingApiVersionGives400() {
    Map<String, Object> error =
        assertError(client.get(TASK_PATH), 400, "MissingRequiredQueryParameter");
    assertEquals("api-version", values(error).get("QueryParameterName"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2017-05-01", "2024-07-01", "2025-06-01.21.0", "2021-01-01.13.0",
      "2099-01-01.99.0", "latest", "", "2025-06-01%0A"})
  void unknownApiVersionGives400(String version) {
    Map<String, Object> error = assertError(client.get(TASK_PATH + "?api-version=" + version),
        400, "UnsupportedRequestVersion");
    String message = (String) ((Map<?, ?>) error.get("message")).get("value");
    String first = message.lines().findFirst().orElse("");
    assertTrue(first.endsWith(" is not a published Batch API version; the published versions"
        + " are 2015-12-01.2.2 to 2025-06-01."), message);
    assertTrue(first.startsWith(version.contains("%") || version.isEmpty()
        ? "The specified api-version " : "The api-version " + version + " "), message);
  }

  @Test
  void everyPublishedApiVersionIsAccepted() {
    assertEquals(22, SandboxHandler.API_VERSIONS.size());
    for (String version : SandboxHandler.API_VERSIONS) {
      assertEquals(200, client.get(TASK_PATH + "?api-version=" + version).statusCode(), version);
    }
  }

  @Test
  void badQueryParametersGive400() {
    assertError(client.get(TASK_PATH + "?" + API_VERSION + "&timeout=soon"), 400,
        "InvalidQueryParameterValue");
    assertError(client.get(TASK_PATH + "?" + API_VERSION + "&$expand=nodeInfo"), 400,
        "InvalidQueryParameterValue");
    assertError(client.get(TASK_PATH + "?" + API_VERSION + "&$select=id,,state"), 400,
        "InvalidQueryParameterValue");
    assertError(client.get(TASK_PATH + "?" + API_VERSION + "&" + API_VERSION), 400,
        "InvalidQueryParameterValue");
    assertError(client.get(TASK_PATH + "?" + API_VERSION + "&$filter=state"), 400,
        "UnsupportedQueryParameter");
    assertEquals(200, client.get(TASK_PATH + "?" + API_VERSION + "&timeout=30").statusCode());
  }

  @Test
  void otherMethodsGive405() {
    HttpResponse<byte[]> response = client.send("DELETE", TASK_PATH + "?" + API_VERSION);
    assertError(response, 405, "UnsupportedHttpVerb");
    assertEquals("GET", header(response, "Allow"));
    assertEquals(405, client.send("HEAD", TASK_PATH + "?" + API_VERSION).statusCode());
    assertTrue(Files.exists(tasksDirectory.resolve("job-a/task-a.json")));
  }

  @Test
  void clientRequestIdIsEchoedOnlyWhenAsked() {
    String path = TASK_PATH + "?" + API_VERSION;
    String id = "9c4fa6a1-0f3b-4c2e-9d7a-1b2c3d4e5f60";

    assertEquals(id, header(client.get(path, "client-request-id", id,
        "return-client-request-id", "true"), "client-request-id"));
    assertFalse(client.get(path, "client-request-id", id).headers()
        .firstValue("client-request-id").isPresent());
    assertFalse(client.get(path, "client-request-id", id, "return-client-request-id", "false")
        .headers().firstValue("client-request-id").isPresent());
    // Errors echo it too.
    assertEquals(id, header(client.get("/jobs/nope/tasks/x?" + API_VERSION,
        "client-request-id", id, "return-client-request-id", "true"), "client-request-id"));
    assertError(client.get(path, "client-request-id", "{" + id + "}"), 400, "InvalidHeaderValue");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "not json", "[1, 2]", "{\"id\": \"x\"", "{\"id\": \"x\"} {}",
      "{\"lastModified\": \"yesterday\"}", "{\"lastModified\": 5}", "{id: 1}"})
  void malformedTaskFileGives500AndTheSandboxKeepsServing(String content) throws IOException {
    Files.writeString(tasksDirectory.resolve("job-a/broken.json"), content);

    assertError(client.get("/jobs/job-a/tasks/broken?" + API_VERSION), 500, "InternalError");
    assertEquals(200, client.get(TASK_PATH + "?" + API_VERSION).statusCode());
  }

  @Test
  void startRefusesAMissingTasksDirectory() {
    BatchSandbox.Builder builder =
        BatchSandbox.builder().tasksDirectory(tasksDirectory.resolve("missing"));
    assertThrows(NotDirectoryException.class, builder::start);
  }

  @Test
  void builderChecksItsArguments() {
    BatchSandbox.Builder builder = BatchSandbox.builder();
    assertThrows(IllegalArgumentException.class, () -> builder.port(-1));
    assertThrows(IllegalArgumentException.class, () -> builder.port(65536));
    NullPointerException nullDirectory =
        assertThrows(NullPointerException.class, () -> builder.tasksDirectory(null));
    assertEquals("tasksDirectory == null", nullDirectory.getMessage());
    IllegalArgumentException badKey = assertThrows(IllegalArgumentException.class,
        () -> builder.account("acct", "not base64 secret!"));
    assertFalse(badKey.getMessage().contains("secret"), badKey.getMessage());
  }

  private static String header(HttpResponse<?> response, String name) {
    return response.headers().firstValue(name)
        .orElseThrow(() -> new AssertionError("No " + name + " header"));
  }
}

package io.github.batchtask;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.batchtask.auth.SharedKeyCredential;
import io.github.batchtask.auth.TokenCredential;
import io.github.batchtask.internal.HttpDates;
import io.github.batchtask.internal.SharedKeySigner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The facade against MockWebServer: what is sent, and what each kind of answer becomes. */
class BatchTaskClientTest {
  static final String ACCOUNT = "myaccount";
  static final String KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";
  static final String TASK = read("spec/examples/completed-task.json");
  static final String NOT_FOUND = read("spec/examples/task-not-found-error.json");

  private final MockWebServer server = new MockWebServer();
  private final List<Long> sleeps = new CopyOnWriteArrayList<>();
  private final List<String> logLines = new CopyOnWriteArrayList<>();
  private final Logger julLogger = Logger.getLogger("io.github.batchtask");
  private final Handler capture = new Handler() {
    @Override public void publish(LogRecord record) {
      logLines.add(record.getMessage());
    }

    @Override public void flush() {
    }

    @Override public void close() {
    }
  };

  @BeforeEach void start() throws IOException {
    server.start();
    julLogger.setLevel(Level.ALL);
    julLogger.addHandler(capture);
  }

  @AfterEach void stop() throws IOException {
    julLogger.removeHandler(capture);
    server.shutdown();
    for (String line : logLines) {
      assertSecretFree(line);
    }
  }

  static String read(String path) {
    try {
      return Files.readString(Path.of(System.getProperty("project.basedir", ".")).resolve(path));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  BatchTaskClient.Builder client() {
    return BatchTaskClient.builder()
        .endpoint(server.url("/").toString())
        .credential(SharedKeyCredential.of(ACCOUNT, KEY))
        .sleeper(sleeps::add);
  }

  static MockResponse task() {
    return new MockResponse().setBody(TASK).setHeader("ETag", "0x8D4F")
        .setHeader("Last-Modified", "Thu, 18 Sep 2014 05:01:37 GMT")
        .setHeader("request-id", "rid-1");
  }

  static void assertSecretFree(String text) {
    assertFalse(text.contains(KEY), "account key in: " + text);
    assertFalse(text.contains("SharedKey " + ACCOUNT + ":"), "Authorization in: " + text);
    assertFalse(text.contains("SzBm0wi8xECuGkKw97wnkSZ"), "SAS signature in: " + text);
    assertFalse(text.contains("secret-token"), "bearer token in: " + text);
  }

  @Test void getsATaskWithItsMetadata() throws Exception {
    server.enqueue(task());
    TaskResult result = client().build().getTask("job-0000000001", "mytask1");
    assertEquals("mytask1", result.task().id());
    assertFalse(result.isNotModified());
    assertEquals("0x8D4F", result.etag());
    assertEquals(Instant.parse("2014-09-18T05:01:37Z"), result.lastModified());
    assertEquals("rid-1", result.requestId());
    RecordedRequest request = server.takeRequest();
    assertEquals(request.getHeader("client-request-id"), result.clientRequestId());
  }

  @Test void sendsEveryOptionAsTheServiceExpects() throws Exception {
    server.enqueue(task());
    UUID id = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
    client().build().getTask("job-1", "task-1", GetTaskOptions.builder()
        .select("id", "state").expandStats(true).serverTimeout(Duration.ofSeconds(20))
        .clientRequestId(id).returnClientRequestId(true).ifNoneMatch("0x8D4F")
        .ifModifiedSince(Instant.parse("2017-02-07T01:02:03Z")).build());
    RecordedRequest request = server.takeRequest();
    HttpUrl url = request.getRequestUrl();
    assertEquals("/jobs/job-1/tasks/task-1", url.encodedPath());
    assertEquals("id,state", url.queryParameter("$select"));
    assertEquals("stats", url.queryParameter("$expand"));
    assertEquals("20", url.queryParameter("timeout"));
    assertEquals("2025-06-01", url.queryParameter("api-version"));
    assertEquals(id.toString(), request.getHeader("client-request-id"));
    assertEquals("true", request.getHeader("return-client-request-id"));
    assertEquals("0x8D4F", request.getHeader("If-None-Match"));
    assertEquals("Tue, 07 Feb 2017 01:02:03 GMT", request.getHeader("If-Modified-Since"));
    assertTrue(request.getHeader("ocp-date").matches("\\w{3}, \\d{2} \\w{3} \\d{4} [\\d:]{8} GMT"),
        request.getHeader("ocp-date"));
    assertTrue(request.getHeader("User-Agent").startsWith("batch-task-client/"));
    assertTrue(request.getHeader("Authorization").startsWith("SharedKey myaccount:"));
  }

  @Test void idsAreEncodedAsSinglePathSegments() throws Exception {
    server.enqueue(task());
    client().build().getTask("a/b?c#d%e f", "é..\u00fc");
    assertEquals("/jobs/a%2Fb%3Fc%23d%25e%20f/tasks/%C3%A9..%C3%BC",
        server.takeRequest().getRequestUrl().encodedPath());
  }

  @Test void dotIdsEmptyIdsAndOversizedIdsAreRefusedBeforeSending() {
    BatchTaskClient client = client().build();
    for (String id : new String[] {".", "..", ""}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> client.getTask(id, "t"));
      assertTrue(e.getMessage().contains("jobId"), e.getMessage());
    }
    assertThrows(IllegalArgumentException.class, () -> client.getTask("j", "x".repeat(1025)));
    assertThrows(NullPointerException.class, () -> client.getTask("j", null));
    assertEquals(0, server.getRequestCount());
  }

  @Test void mixedConditionPairsAndUnpairedSurrogatesAreRefusedBeforeSending() {
    IllegalStateException mixed = assertThrows(IllegalStateException.class,
        () -> GetTaskOptions.builder().ifNoneMatch("0x1").ifMatch("0x2").build());
    assertTrue(mixed.getMessage().contains("If-Match"), mixed.getMessage());
    GetTaskOptions.builder().ifNoneMatch("0x1").ifModifiedSince(Instant.EPOCH).build();
    IllegalArgumentException surrogate = assertThrows(IllegalArgumentException.class,
        () -> client().build().getTask("a\ud800b", "t"));
    assertTrue(surrogate.getMessage().contains("jobId"), surrogate.getMessage());
    client().build();
    assertEquals(0, server.getRequestCount());
  }

  @Test void apiVersionTakesBothShapesAndPinsAnotherVersion() throws Exception {
    for (String version : List.of("2025-06-01", "2024-07-01.20.0", "2017-05-01.5.0")) {
      server.enqueue(task());
      client().apiVersion(version).build().getTask("job-1", "task-1");
      assertEquals(version, server.takeRequest().getRequestUrl().queryParameter("api-version"));
    }
    for (String bad : List.of("", "latest", "2025-06", "2025-06-01 ", "2024-07-01.20",
        "2024-07-01.20.0.1", "2025-06-01&x=y")) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> client().apiVersion(bad));
      assertTrue(e.getMessage().contains("2025-06-01 or 2024-07-01.20.0"), e.getMessage());
    }
    assertEquals(3, server.getRequestCount());
  }

  @Test void headerValuesWithLineBreaksAreRefusedBeforeSending() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> GetTaskOptions.builder().ifMatch("x\r\nAuthorization: evil"));
    assertTrue(e.getMessage().contains("ifMatch"), e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> GetTaskOptions.builder().select("id\nstate"));
    assertThrows(IllegalArgumentException.class, () -> client().userAgent("a\nb"));
  }

  @Test void sharedKeyMatchesTheTestVector() throws Exception {
    Request request = new Request.Builder()
        .url("https://myaccount.westus.batch.azure.com/jobs/job-1/tasks/task-1"
            + "?api-version=2017-05-01.5.0&%24select=id%2Cstate%2CexecutionInfo"
            + "&%24expand=stats&timeout=30")
        .header("ocp-date", "Fri, 17 Feb 2017 00:00:00 GMT")
        .build();
    assertEquals("GET\n\n\n\n\n\n\n\n\n\n\n\nocp-date:Fri, 17 Feb 2017 00:00:00 GMT\n"
        + "/myaccount/jobs/job-1/tasks/task-1\n$expand:stats\n$select:id,state,executionInfo\n"
        + "api-version:2017-05-01.5.0\ntimeout:30",
        SharedKeySigner.stringToSign(ACCOUNT, request));
    assertEquals("SharedKey myaccount:BlNHkQquT47OygcbbopS9LmryDwGuNsj6CSXBp9PpXQ=",
        SharedKeySigner.authorization(SharedKeyCredential.of(ACCOUNT, KEY), request));
  }

  @Test void signatureAgreesWithAnIndependentImplementation() throws Exception {
    server.enqueue(task());
    client().build().getTask("job 1/x", "t", GetTaskOptions.builder().select("id", "state")
        .ifMatch("0x1").expandStats(true).build());
    RecordedRequest request = server.takeRequest();
    assertEquals(independentAuthorization(request), request.getHeader("Authorization"));
  }

  /** Written from the published algorithm apart from the client's signer. */
  static String independentAuthorization(RecordedRequest request) throws Exception {
    String target = request.getRequestLine().split(" ")[1];
    int q = target.indexOf('?');
    String path = q < 0 ? target : target.substring(0, q);
    StringBuilder s = new StringBuilder("GET\n");
    for (String h : new String[] {"Content-Encoding", "Content-Language", "Content-Length",
        "Content-MD5", "Content-Type", "Date", "If-Modified-Since", "If-Match", "If-None-Match",
        "If-Unmodified-Since", "Range"}) {
      String v = request.getHeader(h);
      s.append(v == null || h.equals("Date") || h.equals("Content-Length") ? "" : v).append('\n');
    }
    TreeMap<String, String> ocp = new TreeMap<>();
    for (String name : request.getHeaders().names()) {
      if (name.toLowerCase().startsWith("ocp-")) {
        ocp.put(name.toLowerCase(), request.getHeader(name).trim());
      }
    }
    ocp.forEach((k, v) -> s.append(k).append(':').append(v).append('\n'));
    s.append('/').append(ACCOUNT).append(path);
    TreeMap<String, String> query = new TreeMap<>();
    if (q >= 0) {
      for (String pair : target.substring(q + 1).split("&")) {
        String[] kv = pair.split("=", 2);
        query.put(java.net.URLDecoder.decode(kv[0], UTF_8).toLowerCase(),
            java.net.URLDecoder.decode(kv.length > 1 ? kv[1] : "", UTF_8));
      }
    }
    query.forEach((k, v) -> s.append('\n').append(k).append(':').append(v));
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(Base64.getDecoder().decode(KEY), "HmacSHA256"));
    return "SharedKey " + ACCOUNT + ":"
        + Base64.getEncoder().encodeToString(mac.doFinal(s.toString().getBytes(UTF_8)));
  }

  @Test void everyRetryIsSignedAgainWithAFreshDate() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(503));
    server.enqueue(task());
    java.time.Clock[] clocks = {java.time.Clock.fixed(Instant.parse("2020-01-01T00:00:00Z"),
        java.time.ZoneOffset.UTC)};
    AtomicInteger ticks = new AtomicInteger();
    java.time.Clock moving = new java.time.Clock() {
      @Override public java.time.ZoneId getZone() {
        return java.time.ZoneOffset.UTC;
      }

      @Override public java.time.Clock withZone(java.time.ZoneId zone) {
        return this;
      }

      @Override public Instant instant() {
        return clocks[0].instant().plusSeconds(ticks.getAndIncrement());
      }
    };
    client().clock(moving).build().getTask("j", "t");
    RecordedRequest first = server.takeRequest();
    RecordedRequest second = server.takeRequest();
    assertFalse(first.getHeader("ocp-date").equals(second.getHeader("ocp-date")));
    assertFalse(first.getHeader("Authorization").equals(second.getHeader("Authorization")));
    assertEquals(independentAuthorization(second), second.getHeader("Authorization"));
  }

  @Test void bearerTokensAreAskedForOnEveryRequest() throws Exception {
    server.enqueue(task());
    server.enqueue(task());
    AtomicInteger n = new AtomicInteger();
    BatchTaskClient client = client()
        .credential(TokenCredential.of(() -> "secret-token-" + n.incrementAndGet())).build();
    client.getTask("j", "t");
    client.getTask("j", "t");
    assertEquals("Bearer secret-token-1", server.takeRequest().getHeader("Authorization"));
    assertEquals("Bearer secret-token-2", server.takeRequest().getHeader("Authorization"));
    assertFalse(client.toString().contains("secret-token"));
    assertEquals("https://batch.core.windows.net//.default", TokenCredential.BATCH_SCOPE);
  }

  @Test void credentialsAreRefusedOverPlainHttpExceptToLoopback() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> client().endpoint("http://myaccount.westus.batch.azure.com").build());
    assertTrue(e.getMessage().contains("https"), e.getMessage());
    client().endpoint("http://127.0.0.1:8080").build();
    client().endpoint("http://localhost:8080").build();
    client().endpoint("http://[::1]:8080").build();
    client().endpoint("https://myaccount.westus.batch.azure.com").build();
  }

  @Test void theDeadlineMustBePositive() {
    assertThrows(IllegalArgumentException.class, () -> client().deadline(Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> client().deadline(Duration.ofSeconds(-1)));
    assertThrows(NullPointerException.class, () -> client().deadline(null));
    assertEquals(60, BatchTaskClient.DEFAULT_DEADLINE_SECONDS);
  }

  @Test void builderNamesWhatIsMissing() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> BatchTaskClient.builder().endpoint("https://a.b.batch.azure.com").build());
    assertTrue(e.getMessage().contains("credential()"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> SharedKeyCredential.of("a", "not base64!"));
  }

  @Test void notModifiedIsANormalOutcomeWithoutATask() {
    server.enqueue(new MockResponse().setResponseCode(304).setHeader("ETag", "0x8D4F"));
    TaskResult result = client().build().getTask("j", "t",
        GetTaskOptions.builder().ifNoneMatch("0x8D4F").build());
    assertTrue(result.isNotModified());
    assertEquals(304, result.statusCode());
    assertEquals("0x8D4F", result.etag());
    IllegalStateException e = assertThrows(IllegalStateException.class, result::task);
    assertTrue(e.getMessage().contains("isNotModified"), e.getMessage());
  }

  @Test void anUnaskedFor304IsAProtocolErrorNotNotModified() {
    server.enqueue(new MockResponse().setResponseCode(304).setHeader("request-id", "rid-304"));
    BatchResponseException e = assertThrows(BatchResponseException.class,
        () -> client().build().getTask("j", "t"));
    assertEquals(304, e.statusCode());
    assertEquals("rid-304", e.requestId());
    assertEquals("HTTP 304 Not Modified answered a read that was not conditional"
        + " (request-id: rid-304)", e.getMessage());
    // A condition of the other kind does not make a 304 right either.
    server.enqueue(new MockResponse().setResponseCode(304));
    assertThrows(BatchResponseException.class, () -> client().build()
        .getTask("j", "t", GetTaskOptions.builder().ifMatch("0x1").build()));
    server.enqueue(new MockResponse().setResponseCode(304));
    assertTrue(client().build().getTask("j", "t", GetTaskOptions.builder()
        .ifModifiedSince(Instant.EPOCH).build()).isNotModified());
  }

  @Test void redirectsAreNotFollowedAndNameTheirStatusAndLocation() {
    String[][] redirects = {{"301", "Moved Permanently"}, {"302", "Found"},
        {"307", "Temporary Redirect"}, {"308", "Permanent Redirect"}};
    BatchTaskClient client = client().build();
    for (String[] redirect : redirects) {
      server.enqueue(new MockResponse().setResponseCode(Integer.parseInt(redirect[0]))
          .setHeader("Location", "https://elsewhere.example/c?sv=1&sig=SECRETSIG1&se=2"));
      BatchServiceException e =
          assertThrows(BatchServiceException.class, () -> client.getTask("j", "t"));
      assertEquals(Integer.parseInt(redirect[0]), e.statusCode());
      assertNull(e.errorCode());
      assertEquals("HTTP " + redirect[0] + ": " + redirect[1] + ", redirect to"
          + " https://elsewhere.example/c?sv=1&sig=REDACTED&se=2 not followed (no body)"
          + " (request-id: none)", e.getMessage());
    }
    assertEquals(redirects.length, server.getRequestCount());
  }

  @Test void errorsWithoutABatchBodyNameTheirStatusAndReason() {
    BatchTaskClient client = client().retryPolicy(RetryPolicy.none()).build();
    server.enqueue(new MockResponse().setResponseCode(401)
        .setHeader("WWW-Authenticate", "Bearer"));
    assertEquals("HTTP 401: Unauthorized (no body) (request-id: none)",
        assertThrows(BatchServiceException.class, () -> client.getTask("j", "t")).getMessage());
    server.enqueue(new MockResponse().setResponseCode(502));
    assertEquals("HTTP 502: Bad Gateway (no body) (request-id: none)",
        assertThrows(BatchServiceException.class, () -> client.getTask("j", "t")).getMessage());
    server.enqueue(new MockResponse().setResponseCode(418));
    assertEquals("HTTP 418: Unknown Status (no body) (request-id: none)",
        assertThrows(BatchServiceException.class, () -> client.getTask("j", "t")).getMessage());
  }

  @Test void hugeErrorCodesMessagesAndValuesAreBounded() {
    server.enqueue(new MockResponse().setResponseCode(400).setBody("{\"code\":\""
        + "C".repeat(5000) + "\",\"message\":{\"value\":\"" + "m".repeat(50_000) + "\"},"
        + "\"values\":[{\"key\":\"" + "k".repeat(500) + "\",\"value\":\"" + "v".repeat(50_000)
        + "\"}]}"));
    BatchServiceException e = assertThrows(BatchServiceException.class,
        () -> client().build().getTask("j", "t"));
    assertEquals("C".repeat(100) + "...", e.errorCode());
    assertEquals("m".repeat(1000) + "...", e.errorMessage());
    assertEquals(Map.of("k".repeat(100) + "...", "v".repeat(4000) + "..."), e.values());
    assertTrue(e.getMessage().length() < 1300, "" + e.getMessage().length());
  }

  @Test void controlCharactersFromTheNetworkAreEscapedInExceptionMessages() {
    server.enqueue(new MockResponse().setResponseCode(404)
        .addHeaderLenient("request-id", "rid\u001b[2J")
        .setBody("{\"code\":\"Task\\r\\nNotFound\u001b[31m\",\"message\":{\"value\":"
            + "\"gone\\u001b]0;pwned\\u0007 \\u202eevil\"}}"));
    BatchServiceException e = assertThrows(BatchServiceException.class,
        () -> client().build().getTask("j", "t"));
    assertEquals("Task\r\nNotFound\u001b[31m", e.errorCode(), "the accessor keeps the value");
    assertEquals("HTTP 404 Task\\r\\nNotFound\\u001b[31m: gone\\u001b]0;pwned\\u0007"
        + " \\u202eevil (request-id: rid\\u001b[2J)", e.getMessage());
    server.enqueue(new MockResponse().setBody("{\"executionInfo\":{\"exitCode\":\"\u001b[2J\"}}"));
    BatchResponseException parse = assertThrows(BatchResponseException.class,
        () -> client().build().getTask("j", "t"));
    assertFalse(parse.getMessage().chars().anyMatch(c -> c < 0x20), parse.getMessage());
    assertTrue(parse.getMessage().contains("\\u001b[2J"), parse.getMessage());
  }

  @Test void failedPreconditionIsAServiceErrorWithItsCode() {
    server.enqueue(new MockResponse().setResponseCode(412).setHeader("request-id", "rid-412")
        .setBody("{\"code\":\"ConditionNotMet\",\"message\":{\"lang\":\"en-US\",\"value\":"
            + "\"The condition specified using HTTP conditional header(s) is not met.\"}}"));
    BatchServiceException e = assertThrows(BatchServiceException.class, () -> client().build()
        .getTask("j", "t", GetTaskOptions.builder().ifMatch("0x1").build()));
    assertEquals(412, e.statusCode());
    assertEquals("ConditionNotMet", e.errorCode());
    assertEquals("rid-412", e.requestId());
  }

  @Test void batchErrorBodyGivesCodeMessageValuesAndIds() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(404).setHeader("request-id", "rid-404")
        .setBody(NOT_FOUND.replace("}\n}", "},\"values\":[{\"key\":\"k\",\"value\":\"v\"}]}")));
    BatchServiceException e = assertThrows(BatchServiceException.class,
        () -> client().build().getTask("j", "t"));
    assertEquals(404, e.statusCode());
    assertEquals("TaskNotFound", e.errorCode());
    assertEquals("The specified task does not exist.", e.errorMessage());
    assertEquals(Map.of("k", "v"), e.values());
    assertEquals("rid-404", e.requestId());
    assertEquals(server.takeRequest().getHeader("client-request-id"), e.clientRequestId());
    assertEquals("HTTP 404 TaskNotFound: The specified task does not exist. "
        + "(request-id: rid-404)", e.getMessage());
  }

  @Test void emptyHtmlAndCutOffErrorBodiesStillGiveAUsefulException() {
    BatchTaskClient client = client().retryPolicy(RetryPolicy.none()).build();
    server.enqueue(new MockResponse().setResponseCode(404).setHeader("request-id", "r1"));
    BatchServiceException empty =
        assertThrows(BatchServiceException.class, () -> client.getTask("j", "t"));
    assertEquals("HTTP 404: Not Found (no body) (request-id: r1)", empty.getMessage());

    server.enqueue(new MockResponse().setResponseCode(502)
        .setBody("<html><body><h1>502 Bad Gateway</h1>" + "x".repeat(2000) + "</body></html>"));
    BatchServiceException html =
        assertThrows(BatchServiceException.class, () -> client.getTask("j", "t"));
    assertEquals(502, html.statusCode());
    assertNull(html.errorCode());
    assertTrue(html.getMessage().contains("502 Bad Gateway"), html.getMessage());
    assertTrue(html.getMessage().length() < 700, "bounded: " + html.getMessage().length());

    server.enqueue(new MockResponse().setResponseCode(400).setBody("{\"code\":\"Invalid"));
    BatchServiceException cut =
        assertThrows(BatchServiceException.class, () -> client.getTask("j", "t"));
    assertTrue(cut.getMessage().contains("{\"code\":\"Invalid"), cut.getMessage());
  }

  @Test void malformedSuccessBodyIsAResponseErrorNamingThePath() {
    server.enqueue(new MockResponse().setBody("{\"executionInfo\":{\"exitCode\":\"zero\"}}"));
    BatchResponseException e = assertThrows(BatchResponseException.class,
        () -> client().build().getTask("j", "t"));
    assertTrue(e.getMessage().contains("$.executionInfo.exitCode"), e.getMessage());
  }

  @Test void aParserMessageQuotingASignatureIsRedacted() {
    server.enqueue(new MockResponse().setBody("{\"executionInfo\":{\"exitCode\":\"sig=SECRETSIG789\"}}"));
    BatchResponseException e = assertThrows(BatchResponseException.class,
        () -> client().build().getTask("j", "t"));
    assertFalse(e.getMessage().contains("SECRETSIG789"), e.getMessage());
    assertTrue(e.getMessage().contains("sig=REDACTED at path $.executionInfo.exitCode"),
        e.getMessage());
  }

  @Test void emptySuccessBodyIsAResponseErrorNotAnEmptyTask() {
    server.enqueue(new MockResponse().setBody(""));
    assertThrows(BatchResponseException.class, () -> client().build().getTask("j", "t"));
  }

  @Test void bodiesOverTheLimitAreRefused() {
    server.enqueue(new MockResponse().setBody(TASK));
    BatchResponseException e = assertThrows(BatchResponseException.class,
        () -> client().maxResponseBytes(1000).build().getTask("j", "t"));
    assertTrue(e.getMessage().contains("1000"), e.getMessage());
    assertEquals(1, server.getRequestCount(), "not retried");
  }

  @Test void retriesHonourRetryAfterInSecondsDatesAndMilliseconds() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(503).setHeader("Retry-After", "2"));
    server.enqueue(new MockResponse().setResponseCode(429).setHeader("retry-after-ms", "1500"));
    server.enqueue(new MockResponse().setResponseCode(500)
        .setHeader("Retry-After", HttpDates.format(Instant.now().plusSeconds(30))));
    server.enqueue(task());
    TaskResult result = client().build().getTask("j", "t");
    assertEquals("mytask1", result.task().id());
    assertEquals(4, server.getRequestCount());
    assertEquals(2_000_000_000L, (long) sleeps.get(0));
    assertEquals(1_500_000_000L, (long) sleeps.get(1));
    assertTrue(sleeps.get(2) > 25_000_000_000L && sleeps.get(2) <= 30_000_000_000L,
        "HTTP-date Retry-After: " + sleeps.get(2));
  }

  @Test void backoffIsExponentialWithJitterAndGivesUpAfterMaxRetries() {
    for (int i = 0; i < 5; i++) {
      server.enqueue(new MockResponse().setResponseCode(503).setHeader("request-id", "r" + i));
    }
    BatchServiceException e = assertThrows(BatchServiceException.class,
        () -> client().build().getTask("j", "t"));
    assertEquals(503, e.statusCode());
    assertEquals("r4", e.requestId());
    assertEquals(5, server.getRequestCount());
    long[] expected = {800, 1600, 3200, 6400};
    for (int i = 0; i < 4; i++) {
      long millis = sleeps.get(i) / 1_000_000;
      assertTrue(millis >= expected[i] * 0.8 && millis <= expected[i], i + ": " + millis);
    }
  }

  @Test void noRetryStartsPastTheTimeBudget() {
    server.enqueue(new MockResponse().setResponseCode(503).setHeader("Retry-After", "120"));
    server.enqueue(task());
    BatchServiceException e = assertThrows(BatchServiceException.class,
        () -> client().build().getTask("j", "t"));
    assertEquals(503, e.statusCode());
    assertEquals(1, server.getRequestCount());
    assertTrue(sleeps.isEmpty());
  }

  @Test void clientErrorsAreNotRetried() {
    server.enqueue(new MockResponse().setResponseCode(404).setBody(NOT_FOUND));
    server.enqueue(task());
    assertThrows(BatchServiceException.class, () -> client().build().getTask("j", "t"));
    assertEquals(1, server.getRequestCount());
  }

  @Test void connectionFailuresAreRetriedThenReportedAsTransportErrors() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));
    server.enqueue(task());
    assertEquals("mytask1", client().build().getTask("j", "t").task().id());
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));
    }
    BatchTransportException e = assertThrows(BatchTransportException.class, () -> client()
        .retryPolicy(RetryPolicy.builder().maxRetries(2).build()).build().getTask("j", "t"));
    assertTrue(e.getCause() instanceof IOException);
  }

  @Test void aStalledBodyTimesOut() {
    server.enqueue(task().throttleBody(10, 1, TimeUnit.SECONDS));
    long start = System.nanoTime();
    BatchTransportException e = assertThrows(BatchTransportException.class, () -> client()
        .readTimeout(Duration.ofMillis(300)).retryPolicy(RetryPolicy.none()).build()
        .getTask("j", "t"));
    assertTrue(System.nanoTime() - start < 5_000_000_000L, "took too long");
    assertTrue(e.getMessage().contains("timeout") || e.getMessage().contains("timed out"),
        e.getMessage());
  }

  @Test void concurrentCallsShareOneClient() throws Exception {
    server.setDispatcher(new Dispatcher() {
      @Override public MockResponse dispatch(RecordedRequest request) {
        return task();
      }
    });
    BatchTaskClient client = client().build();
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < 400; i++) {
        results.add(pool.submit(() -> client.getTask("j", "t").task().id()));
      }
      for (Future<String> result : results) {
        assertEquals("mytask1", result.get(30, TimeUnit.SECONDS));
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(400, server.getRequestCount());
  }

  @Test void asyncVariantSharesThePipeline() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(503).setHeader("Retry-After", "0"));
    server.enqueue(task());
    server.enqueue(new MockResponse().setResponseCode(404).setBody(NOT_FOUND));
    BatchTaskClient client = client().build();
    assertEquals("mytask1", client.getTaskAsync("j", "t").get(10, TimeUnit.SECONDS).task().id());
    ExecutionException e = assertThrows(ExecutionException.class,
        () -> client.getTaskAsync("j", "t").get(10, TimeUnit.SECONDS));
    assertTrue(e.getCause() instanceof BatchServiceException, e.getCause().toString());
    assertEquals(3, server.getRequestCount());
  }

  @Test void secretsStayOutOfExceptionsLogsAndToString() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(403).setBody(
        "{\"code\":\"AuthenticationFailed\",\"message\":{\"value\":\"Server failed to "
            + "authenticate the request.\"},\"values\":[{\"key\":\"AuthenticationErrorDetail\","
            + "\"value\":\"see https://s.blob.core.windows.net/c?sig=%2bSzBm0wi8xECuGkKw97wnkSZ\"}]}"));
    BatchTaskClient client = client().build();
    BatchServiceException e =
        assertThrows(BatchServiceException.class, () -> client.getTask("j", "t"));
    assertSecretFree(e.toString() + e.values() + e.bodySnippet());
    server.enqueue(task());
    assertSecretFree(client.getTask("j", "t").task().toString());
    assertSecretFree(client.toString());
    assertSecretFree(SharedKeyCredential.of(ACCOUNT, KEY).toString());
    assertTrue(logLines.stream().anyMatch(l -> l.contains("Authorization: REDACTED")), "" + logLines);
    assertTrue(logLines.stream().anyMatch(l -> l.contains("-> 200")), "" + logLines);
  }
}

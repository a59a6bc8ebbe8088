package io.github.batchtask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.batchtask.auth.SharedKeyCredential;
import io.github.batchtask.testing.DripServer;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Faults a real network and real proxies produce, one per test: the outcome (success after a
 * retry, or which error), within the time budget, never a partial task returned as success, and
 * no connection or thread left behind.
 */
class FaultInjectionTest {
  private final MockWebServer server = new MockWebServer();
  private final OkHttpClient shared = new OkHttpClient();
  private final List<Long> sleeps = new CopyOnWriteArrayList<>();
  private int threadsBefore;

  @BeforeEach void start() throws IOException {
    server.start();
    threadsBefore = liveThreads();
  }

  @AfterEach void noLeaks() throws Exception {
    server.shutdown();
    shared.connectionPool().evictAll();
    assertEquals(0, shared.connectionPool().connectionCount(), "connections left open");
    shared.dispatcher().executorService().shutdown();
    assertTrue(shared.dispatcher().executorService().awaitTermination(5, TimeUnit.SECONDS));
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (liveThreads() > threadsBefore && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertTrue(liveThreads() <= threadsBefore,
        "non-daemon threads grew from " + threadsBefore + " to " + liveThreads());
  }

  /** Threads that would keep a JVM alive, such as OkHttp's dispatcher threads. */
  private static int liveThreads() {
    return (int) Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.isAlive() && !t.isDaemon()).count();
  }

  private BatchTaskClient client() {
    return BatchTaskClient.builder()
        .endpoint(server.url("/").toString())
        .credential(SharedKeyCredential.of("a", BatchTaskClientTest.KEY))
        .okHttpClient(shared)
        .readTimeout(Duration.ofMillis(500))
        .sleeper(sleeps::add)
        .build();
  }

  @Test void connectionResetBeforeTheAnswerIsRetried() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    server.enqueue(BatchTaskClientTest.task());
    assertEquals("mytask1", client().getTask("j", "t").task().id());
    assertEquals(2, server.getRequestCount());
  }

  @Test void connectionResetInTheMiddleOfTheBodyIsRetriedNeverAPartialTask() {
    server.enqueue(BatchTaskClientTest.task()
        .setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));
    server.enqueue(BatchTaskClientTest.task());
    assertEquals("myprogram.exe", client().getTask("j", "t").task().commandLine());
    assertEquals(2, server.getRequestCount());
  }

  @Test void aBodyCutOffEveryTimeEndsAsATransportErrorNotATask() {
    for (int i = 0; i < 5; i++) {
      server.enqueue(BatchTaskClientTest.task()
          .setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));
    }
    assertThrows(BatchTransportException.class, () -> client().getTask("j", "t"));
    assertEquals(5, server.getRequestCount());
  }

  @Test void aTruncatedBodyWithAHonestLengthIsAResponseErrorWithThePath() {
    String cut = BatchTaskClientTest.TASK.substring(0, 700);
    server.enqueue(new MockResponse().setBody(cut));
    BatchResponseException e =
        assertThrows(BatchResponseException.class, () -> client().getTask("j", "t"));
    assertTrue(e.getMessage().contains("malformed"), e.getMessage());
  }

  @Test void aStalledBodyTimesOutAndIsRetriedWithinTheBudget() {
    server.enqueue(BatchTaskClientTest.task().throttleBody(64, 2, TimeUnit.SECONDS));
    server.enqueue(BatchTaskClientTest.task());
    long start = System.nanoTime();
    assertEquals("mytask1", client().getTask("j", "t").task().id());
    assertTrue(System.nanoTime() - start < 4_000_000_000L);
  }

  @Test void aServerDrippingHeadersOrBodyEndsAtTheDeadlineWithTheDefaultReadTimeout()
      throws Exception {
    for (DripServer drip : new DripServer[] {DripServer.headers(100), DripServer.body(100)}) {
      try (drip) {
        BatchTaskClient client = BatchTaskClient.builder()
            .endpoint(drip.url())
            .credential(SharedKeyCredential.of("a", BatchTaskClientTest.KEY))
            .okHttpClient(shared)
            .deadline(Duration.ofMillis(1500))
            .build();
        long start = System.nanoTime();
        BatchTransportException e =
            assertThrows(BatchTransportException.class, () -> client.getTask("j", "t"));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis >= 1400 && millis < 3000, "ended after " + millis + " ms");
        assertTrue(e.deadlineExceeded(), e.toString());
        assertTrue(e.getMessage().startsWith("no answer within the deadline of 1500 ms, retries"
            + " included (client-request-id: "), e.getMessage());
        assertEquals(1, drip.requests());
      }
    }
  }

  @Test void theDeadlineAlsoEndsAnAsyncCall() throws Exception {
    try (DripServer drip = DripServer.body(100)) {
      BatchTaskClient client = BatchTaskClient.builder()
          .endpoint(drip.url())
          .credential(SharedKeyCredential.of("a", BatchTaskClientTest.KEY))
          .okHttpClient(shared)
          .deadline(Duration.ofMillis(800))
          .build();
      java.util.concurrent.ExecutionException e =
          assertThrows(java.util.concurrent.ExecutionException.class,
              () -> client.getTaskAsync("j", "t").get(10, TimeUnit.SECONDS));
      assertTrue(e.getCause() instanceof BatchTransportException, e.getCause().toString());
      assertTrue(((BatchTransportException) e.getCause()).deadlineExceeded());
    }
  }

  @Test void noRetryWaitStartsThatWouldEndPastTheDeadline() {
    server.enqueue(new MockResponse().setResponseCode(503).setHeader("Retry-After", "5"));
    server.enqueue(BatchTaskClientTest.task());
    BatchServiceException e = assertThrows(BatchServiceException.class, () -> BatchTaskClient
        .builder().endpoint(server.url("/").toString())
        .credential(SharedKeyCredential.of("a", BatchTaskClientTest.KEY))
        .okHttpClient(shared).sleeper(sleeps::add).deadline(Duration.ofSeconds(4)).build()
        .getTask("j", "t"));
    assertEquals(503, e.statusCode());
    assertTrue(sleeps.isEmpty(), "" + sleeps);
  }

  @Test void wrongOrMissingContentTypeDoesNotMatterForAJsonTask() {
    server.enqueue(BatchTaskClientTest.task().setHeader("Content-Type", "text/plain"));
    server.enqueue(BatchTaskClientTest.task().removeHeader("Content-Type"));
    assertEquals("mytask1", client().getTask("j", "t").task().id());
    assertEquals("mytask1", client().getTask("j", "t").task().id());
  }

  @Test void anHtmlPageWithStatus200IsAResponseError() {
    server.enqueue(new MockResponse().setHeader("Content-Type", "text/html")
        .setBody("<html><body>Sign in to the Wi-Fi</body></html>"));
    assertThrows(BatchResponseException.class, () -> client().getTask("j", "t"));
  }

  @Test void anHtml502FromAProxyIsRetriedThenReported() {
    for (int i = 0; i < 5; i++) {
      server.enqueue(new MockResponse().setResponseCode(502).setHeader("Content-Type", "text/html")
          .setBody("<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"));
    }
    BatchServiceException e =
        assertThrows(BatchServiceException.class, () -> client().getTask("j", "t"));
    assertEquals(502, e.statusCode());
    assertTrue(e.getMessage().contains("502 Bad Gateway"), e.getMessage());
    assertEquals(5, server.getRequestCount());
  }

  @Test void a429StormWithRetryAfterIsWaitedOutThenSucceeds() {
    for (int i = 0; i < 4; i++) {
      server.enqueue(new MockResponse().setResponseCode(i % 2 == 0 ? 429 : 503)
          .setHeader("Retry-After", "3"));
    }
    server.enqueue(BatchTaskClientTest.task());
    assertEquals("mytask1", client().getTask("j", "t").task().id());
    assertEquals(List.of(3_000_000_000L, 3_000_000_000L, 3_000_000_000L, 3_000_000_000L), sleeps);
  }

  @Test void aStormLongerThanTheBudgetStopsAtTheBudget() {
    for (int i = 0; i < 5; i++) {
      server.enqueue(new MockResponse().setResponseCode(503).setHeader("Retry-After", "25"));
    }
    BatchServiceException e =
        assertThrows(BatchServiceException.class, () -> client().getTask("j", "t"));
    assertEquals(503, e.statusCode());
    assertEquals(2, sleeps.size(), "two waits of 25 s fit in 60 s, a third does not");
    assertEquals(3, server.getRequestCount());
  }

  @Test void anEmptyBodyWithStatus200IsAResponseError() {
    server.enqueue(new MockResponse().setBody(""));
    assertThrows(BatchResponseException.class, () -> client().getTask("j", "t"));
  }

  @Test void deepNestingWhereAnObjectIsExpectedIsAClearResponseError() {
    String deep = "[".repeat(300) + "]".repeat(300);
    server.enqueue(new MockResponse().setBody("{\"id\":\"t\",\"constraints\":" + deep + "}"));
    BatchResponseException e =
        assertThrows(BatchResponseException.class, () -> client().getTask("j", "t"));
    assertTrue(e.getMessage().contains("$.constraints"), e.getMessage());
  }

  @Test void deepNestingInAnUnknownPropertyIsRefusedWithThePath() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    server.enqueue(new MockResponse().setBody("{\"id\":\"t\",\"future\":" + deep + "}"));
    BatchResponseException e =
        assertThrows(BatchResponseException.class, () -> client().getTask("j", "t"));
    assertTrue(e.getMessage().contains("Nesting too deep") && e.getMessage().contains("$.future"),
        e.getMessage());
  }

  @Test void nestingWithinTheLimitInAnUnknownPropertyIsKept() {
    String nested = "[".repeat(200) + "\"]]\"" + "]".repeat(200);
    server.enqueue(new MockResponse().setBody("{\"id\":\"t\",\"future\":" + nested + "}"));
    assertEquals(nested, client().getTask("j", "t").task().unknownProperties().get("future"));
  }

  @Test void aHugeStreamedBodyIsRefusedBeforeItFillsMemory() {
    Buffer huge = new Buffer().writeUtf8("{\"id\":\"");
    for (int i = 0; i < 20 * 1024; i++) {
      huge.writeUtf8("x".repeat(1024));
    }
    huge.writeUtf8("\"}");
    server.enqueue(new MockResponse().setChunkedBody(huge, 64 * 1024));
    BatchResponseException e = assertThrows(BatchResponseException.class, () -> client()
        .getTask("j", "t"));
    assertTrue(e.getMessage().contains("limit"), e.getMessage());
  }

  @Test void hostileIdsNeverReachAnotherPath() throws Exception {
    String[] hostile = {"../jobs", "..%2F..", "a/../../b", "%2e%2e", "x?y=z#w", "a\\b",
        "line\r\nbreak", "\u202e\u0000", "a b%20c", "jobs/j/tasks/t"};
    for (String id : hostile) {
      server.enqueue(BatchTaskClientTest.task());
      client().getTask(id, id);
      String path = server.takeRequest().getRequestUrl().encodedPath();
      String[] segments = path.split("/", -1);
      assertEquals(5, segments.length, path);
      assertEquals("jobs", segments[1], path);
      assertEquals("tasks", segments[3], path);
      assertEquals(id, URLDecoder.decode(segments[2].replace("+", "%2B"), StandardCharsets.UTF_8));
      assertEquals(id, URLDecoder.decode(segments[4].replace("+", "%2B"), StandardCharsets.UTF_8));
    }
  }
}

package io.github.batchtask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.batchtask.auth.SharedKeyCredential;
import io.github.batchtask.model.BatchTask;
import io.github.batchtask.model.TaskState;
import io.github.batchtask.sandbox.BatchSandbox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** waitForTask against MockWebServer (what is sent, how often) and against the sandbox. */
class TaskWaiterTest {
  private static final String KEY = BatchTaskClientTest.KEY;
  private static final long MS = 1_000_000L;

  private final MockWebServer server = new MockWebServer();
  /** Delays the waiter asked for between polls, run at once instead of waited for. */
  private final List<Long> delays = new CopyOnWriteArrayList<>();

  @BeforeEach void start() throws Exception {
    server.start();
  }

  @AfterEach void stop() throws Exception {
    server.shutdown();
  }

  private BatchTaskClient.Builder client() {
    return BatchTaskClient.builder()
        .endpoint(server.url("/").toString())
        .credential(SharedKeyCredential.of("myaccount", KEY))
        .sleeper(nanos -> { })
        .waitScheduler((task, nanos) -> {
          delays.add(nanos / MS);
          ForkJoinPool.commonPool().execute(task);
        });
  }

  private static MockResponse task(String state, String etag) {
    return new MockResponse()
        .setBody("{\"id\":\"t\",\"state\":\"" + state + "\",\"eTag\":\"" + etag + "\"}")
        .setHeader("ETag", etag);
  }

  private static MockResponse notModified() {
    return new MockResponse().setResponseCode(304);
  }

  private static WaitOptions.Builder fast() {
    return WaitOptions.builder().pollInterval(Duration.ofMillis(20))
        .maxPollInterval(Duration.ofMillis(80));
  }

  @Test void pollsWithTheLastEtagBacksOffWhileUnchangedAndReturnsTheCompletedTask()
      throws Exception {
    server.enqueue(task("active", "0xA"));
    server.enqueue(notModified());
    server.enqueue(notModified());
    server.enqueue(notModified());
    server.enqueue(task("running", "0xB"));
    server.enqueue(notModified());
    server.enqueue(task("completed", "0xC"));
    List<String> states = new CopyOnWriteArrayList<>();
    List<Boolean> polls = new CopyOnWriteArrayList<>();
    BatchTask done = client().build().waitForTask("job", "t", fast()
        .listener(new TaskWaitListener() {
          @Override public void stateChanged(BatchTask task) {
            states.add(task.stateValue());
          }

          @Override public void polled(boolean notModified, Duration nextPoll) {
            polls.add(notModified);
          }
        }).build());

    assertEquals(TaskState.COMPLETED, done.state());
    assertEquals("0xC", done.eTag());
    List<String> conditions = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
      conditions.add(request.getHeader("If-None-Match"));
      assertNull(request.getHeader("If-Match"));
    }
    assertEquals(java.util.Arrays.asList(null, "0xA", "0xA", "0xA", "0xA", "0xB", "0xB"),
        conditions);
    assertEquals(List.of(20L, 40L, 80L, 80L, 20L, 40L), delays, "doubling to the cap, reset");
    assertEquals(List.of("active", "running", "completed"), states);
    assertEquals(List.of(false, true, true, true, false, true), polls);
  }

  @Test void waitingForRunningEndsOnATaskAlreadyCompleted() {
    server.enqueue(task("completed", "0xC"));
    BatchTask done = client().build().waitForTask("job", "t",
        fast().state(TaskState.RUNNING).build());
    assertEquals(TaskState.COMPLETED, done.state());
    assertEquals(1, server.getRequestCount());
  }

  @Test void anUnknownStateIsWaitedThrough() {
    server.enqueue(task("suspended", "0xA"));
    server.enqueue(task("completed", "0xB"));
    assertEquals(TaskState.COMPLETED,
        client().build().waitForTask("job", "t", fast().build()).state());
  }

  @Test void retryAfterOnAnAnswerStretchesTheNextInterval() {
    server.enqueue(task("active", "0xA"));
    server.enqueue(notModified().setHeader("Retry-After", "3"));
    server.enqueue(task("completed", "0xB"));
    client().build().waitForTask("job", "t", fast().build());
    assertEquals(List.of(20L, 3000L), delays);
  }

  @Test void throttlingAndTransientFaultsWithinTheRetryPolicyAreSurvived() {
    List<Long> sleeps = new CopyOnWriteArrayList<>();
    server.enqueue(task("active", "0xA"));
    server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "2"));
    server.enqueue(new MockResponse().setResponseCode(503));
    server.enqueue(task("completed", "0xB"));
    BatchTask done = client().sleeper(sleeps::add).build()
        .waitForTask("job", "t", fast().build());
    assertEquals(TaskState.COMPLETED, done.state());
    assertEquals(2_000_000_000L, sleeps.get(0), "Retry-After of the 429");
    assertEquals(2, sleeps.size());
  }

  @Test void aMissingTaskEndsTheWaitWithTheServiceError() {
    server.enqueue(new MockResponse().setResponseCode(404)
        .setBody(BatchTaskClientTest.NOT_FOUND));
    BatchServiceException e = assertThrows(BatchServiceException.class,
        () -> client().build().waitForTask("job", "t", fast().build()));
    assertEquals(404, e.statusCode());
    assertEquals("TaskNotFound", e.errorCode());
  }

  @Test void theTimeoutEndsTheWaitOnTimeWithTheLastTaskSeen() {
    server.setDispatcher(new Dispatcher() {
      @Override public MockResponse dispatch(RecordedRequest request) {
        return request.getHeader("If-None-Match") == null ? task("running", "0xA")
            : notModified();
      }
    });
    BatchTaskClient client = BatchTaskClient.builder()
        .endpoint(server.url("/").toString())
        .credential(SharedKeyCredential.of("myaccount", KEY))
        .build();
    long start = System.nanoTime();
    TaskWaitTimeoutException e = assertThrows(TaskWaitTimeoutException.class,
        () -> client.waitForTask("job", "t", WaitOptions.builder()
            .pollInterval(Duration.ofMillis(30)).maxPollInterval(Duration.ofSeconds(10))
            .timeout(Duration.ofMillis(400)).build()));
    long elapsed = (System.nanoTime() - start) / MS;
    assertTrue(elapsed >= 400 && elapsed < 1500, "ended after " + elapsed + " ms");
    assertEquals(TaskState.RUNNING, e.lastTask().state());
    assertTrue(e.getMessage().contains("did not reach state completed within 0.4s"),
        e.getMessage());
    // 30, 60, 120, 240 ms: the interval grows past what is left, and is cut to it.
    int requests = server.getRequestCount();
    assertTrue(requests >= 4 && requests <= 7, requests + " requests");
  }

  @Test void cancellingTheFutureStopsThePolls() throws Exception {
    server.setDispatcher(new Dispatcher() {
      @Override public MockResponse dispatch(RecordedRequest request) {
        return request.getHeader("If-None-Match") == null ? task("active", "0xA")
            : notModified();
      }
    });
    BatchTaskClient client = BatchTaskClient.builder()
        .endpoint(server.url("/").toString())
        .credential(SharedKeyCredential.of("myaccount", KEY))
        .build();
    CompletableFuture<BatchTask> wait = client.waitForTaskAsync("job", "t",
        WaitOptions.builder().pollInterval(Duration.ofMillis(20))
            .maxPollInterval(Duration.ofMillis(20)).build());
    Thread.sleep(200);
    assertTrue(wait.cancel(true));
    Thread.sleep(50);
    int after = server.getRequestCount();
    Thread.sleep(300);
    assertEquals(after, server.getRequestCount(), "no poll after cancel");
    assertTrue(after >= 3, after + " polls before");
  }

  @Test void optionsRefuseWhatCannotBeWaitedFor() {
    assertThrows(IllegalArgumentException.class,
        () -> WaitOptions.builder().state(TaskState.UNRECOGNIZED));
    assertThrows(IllegalArgumentException.class,
        () -> WaitOptions.builder().timeout(Duration.ZERO));
    assertThrows(IllegalArgumentException.class,
        () -> WaitOptions.builder().pollInterval(Duration.ofSeconds(-1)));
    assertThrows(IllegalStateException.class, () -> WaitOptions.builder()
        .pollInterval(Duration.ofSeconds(10)).maxPollInterval(Duration.ofSeconds(5)).build());
    assertEquals(Duration.ofSeconds(40), WaitOptions.defaults().maxPollInterval());
    assertFalse(WaitOptions.defaults().reached(TaskState.RUNNING));
    assertTrue(WaitOptions.defaults().reached(TaskState.COMPLETED));
  }

  @Test void aTaskChangedOnDiskIsSeenAndUnchangedPollsCostA304(@TempDir Path dir)
      throws Exception {
    Path file = Files.createDirectories(dir.resolve("job-w")).resolve("t1.json");
    Files.writeString(file, "{\"id\":\"t1\",\"state\":\"active\"}");
    try (BatchSandbox sandbox = BatchSandbox.builder().tasksDirectory(dir)
        .account("acct", KEY).start()) {
      BatchTaskClient client = BatchTaskClient.builder().endpoint(sandbox.url())
          .credential(SharedKeyCredential.of("acct", KEY)).build();
      List<String> states = new CopyOnWriteArrayList<>();
      CompletableFuture<BatchTask> wait = client.waitForTaskAsync("job-w", "t1",
          WaitOptions.builder().pollInterval(Duration.ofMillis(25))
              .maxPollInterval(Duration.ofMillis(100)).timeout(Duration.ofSeconds(20))
              .listener(new TaskWaitListener() {
                @Override public void stateChanged(BatchTask task) {
                  states.add(task.stateValue());
                }
              }).build());
      Thread.sleep(400);
      Files.writeString(file, "{\"id\":\"t1\",\"state\":\"running\"}");
      Thread.sleep(400);
      Files.writeString(file, "{\"id\":\"t1\",\"state\":\"completed\","
          + "\"executionInfo\":{\"exitCode\":0,\"result\":\"success\"}}");
      BatchTask done = wait.get(20, TimeUnit.SECONDS);
      assertEquals(0, done.executionInfo().exitCode());
      assertEquals(List.of("active", "running", "completed"), states);
      assertEquals(3, sandbox.answered(200), "one full read per change");
      assertTrue(sandbox.answered(304) >= 4, sandbox.answered(304) + " not modified");
    }
  }
}

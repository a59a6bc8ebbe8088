package io.github.batchtask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.batchtask.auth.SharedKeyCredential;
import io.github.batchtask.sandbox.BatchSandbox;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/**
 * One client shared by 64 threads making 10,000 signed calls against the sandbox, which checks
 * every signature: no error, and threads and connections stay bounded.
 */
class LoadTest {
  static final int THREADS = 64;
  static final int CALLS = 10_000;

  @Test void sixtyFourThreadsShareOneClientForTenThousandSignedCalls() throws Exception {
    String key = BatchTaskClientTest.KEY;
    OkHttpClient shared = new OkHttpClient();
    try (BatchSandbox sandbox = BatchSandbox.builder().account("loadtest", key).start()) {
      BatchTaskClient client = BatchTaskClient.builder()
          .endpoint(sandbox.url())
          .credential(SharedKeyCredential.of("loadtest", key))
          .okHttpClient(shared)
          .retryPolicy(RetryPolicy.none())
          .build();
      int threadsBefore = Thread.activeCount();
      AtomicInteger peakThreads = new AtomicInteger();
      AtomicInteger peakConnections = new AtomicInteger();
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      List<Future<String>> results = new ArrayList<>(CALLS);
      long start = System.nanoTime();
      for (int i = 0; i < CALLS; i++) {
        results.add(pool.submit(() -> {
          peakThreads.accumulateAndGet(Thread.activeCount(), Math::max);
          peakConnections.accumulateAndGet(shared.connectionPool().connectionCount(), Math::max);
          return client.getTask("job-0000000001", "mytask1").task().id();
        }));
      }
      int errors = 0;
      for (Future<String> result : results) {
        try {
          assertEquals("mytask1", result.get(120, TimeUnit.SECONDS));
        } catch (java.util.concurrent.ExecutionException e) {
          errors++;
        }
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      pool.shutdown();
      assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
      System.out.printf("LoadTest: %d calls from %d threads in %.2f s = %.0f calls/s; "
          + "peak threads %d (before %d), peak pooled connections %d%n", CALLS, THREADS, seconds,
          CALLS / seconds, peakThreads.get(), threadsBefore, peakConnections.get());
      assertEquals(0, errors, "errors");
      assertTrue(peakConnections.get() <= THREADS, "connections: " + peakConnections.get());
      assertTrue(peakThreads.get() <= threadsBefore + 2 * THREADS + 32,
          "threads: " + peakThreads.get());
    } finally {
      shared.connectionPool().evictAll();
      shared.dispatcher().executorService().shutdown();
    }
  }
}

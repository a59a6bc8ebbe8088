package io.github.batchtask.internal;

import io.github.batchtask.RetryPolicy;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongSupplier;
import okhttp3.Interceptor;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import okio.ForwardingSource;
import okio.Okio;
import okio.Source;

/**
 * Retries by the {@link RetryPolicy}, and reads each body whole (up to a limit) before handing
 * it on, so that a body cut off or stalled is a failed attempt, retried like the others, and
 * never a partial task. Not public API.
 */
public final class RetryInterceptor implements Interceptor {
  /** Waits between attempts; tests replace it. */
  @FunctionalInterface
  public interface Sleeper {
    void sleep(long nanos) throws InterruptedException;
  }

  private final RetryPolicy policy;
  private final long deadline;
  private final long maxResponseBytes;
  private final Sleeper sleeper;
  private final LongSupplier nanoTime;
  private final java.time.Clock clock;

  /** {@code deadline} is the whole call's: no wait starts that would end past it. */
  public RetryInterceptor(RetryPolicy policy, java.time.Duration deadline, long maxResponseBytes,
      Sleeper sleeper, LongSupplier nanoTime, java.time.Clock clock) {
    this.policy = policy;
    this.deadline = deadline.toNanos();
    this.maxResponseBytes = maxResponseBytes;
    this.sleeper = sleeper;
    this.nanoTime = nanoTime;
    this.clock = clock;
  }

  @Override public Response intercept(Chain chain) throws IOException {
    long start = nanoTime.getAsLong();
    long budget = policy.timeBudget().toNanos();
    long waited = 0;
    for (int attempt = 0; ; attempt++) {
      boolean last = attempt >= policy.maxRetries();
      Response response;
      try {
        response = buffered(chain.proceed(chain.request()));
      } catch (ResponseTooLargeException e) {
        throw e;
      } catch (IOException e) {
        if (last || chain.call().isCanceled()) {
          throw e;
        }
        long delay = backoff(attempt);
        if (!fits(start, waited, budget, delay)) {
          throw e;
        }
        pause(delay);
        waited += delay;
        continue;
      }
      if (last || !RetryPolicy.isRetryable(response.code())) {
        return response;
      }
      long delay = requestedDelay(response);
      if (delay < 0) {
        delay = backoff(attempt);
      }
      if (!fits(start, waited, budget, delay)) {
        return response;
      }
      response.close();
      pause(delay);
      waited += delay;
    }
  }

  /**
   * Whether waiting {@code delay} more stays within the budget (time spent, or waited if more)
   * and ends before the deadline.
   */
  private boolean fits(long start, long waited, long budget, long delay) {
    long spent = Math.max(nanoTime.getAsLong() - start, waited);
    return spent + delay <= budget && spent + delay < deadline;
  }

  private void pause(long nanos) throws IOException {
    try {
      sleeper.sleep(nanos);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting to retry");
    }
  }

  /** Exponential from the base delay, capped, with jitter between 80% and 100%. */
  private long backoff(int attempt) {
    long base = policy.baseDelay().toNanos();
    long cap = policy.maxDelay().toNanos();
    long delay = attempt >= 30 ? cap : Math.min(cap, base << attempt);
    return (long) (delay * (0.8 + 0.2 * ThreadLocalRandom.current().nextDouble()));
  }

  /** The delay the service asks for, in nanoseconds, or -1. */
  long requestedDelay(Response response) {
    return requestedDelay(response, clock);
  }

  /**
   * The delay {@code response} asks for before the next request, in nanoseconds, or -1: from
   * {@code retry-after-ms}, {@code x-ms-retry-after-ms} or {@code Retry-After} (seconds or a date).
   */
  public static long requestedDelay(Response response, java.time.Clock clock) {
    for (String name : new String[] {"retry-after-ms", "x-ms-retry-after-ms"}) {
      String value = response.header(name);
      if (value != null) {
        try {
          return Math.max(0, Long.parseLong(value.trim())) * 1_000_000L;
        } catch (NumberFormatException ignored) {
          // Try the next header.
        }
      }
    }
    String retryAfter = response.header("Retry-After");
    if (retryAfter == null) {
      return -1;
    }
    try {
      return Math.max(0, Long.parseLong(retryAfter.trim())) * 1_000_000_000L;
    } catch (NumberFormatException e) {
      Instant at = HttpDates.parse(retryAfter);
      if (at == null) {
        return -1;
      }
      return Math.max(0, java.time.Duration.between(clock.instant(), at).toNanos());
    }
  }

  /**
   * A source over {@code buffer} whose close hands its segments back to okio's pool, which a
   * plain buffer's close does not; JSON readers leave trailing whitespace unread.
   */
  private static Source releasingOnClose(Buffer buffer) {
    return new ForwardingSource(buffer) {
      @Override public void close() {
        buffer.clear();
      }
    };
  }

  /** The response with its body read whole into memory, refusing more than the limit. */
  private Response buffered(Response response) throws IOException {
    ResponseBody body = response.body();
    if (body == null) {
      return response;
    }
    try {
      if (body.contentLength() > maxResponseBytes) {
        throw new ResponseTooLargeException(maxResponseBytes);
      }
      BufferedSource source = body.source();
      Buffer buffer = new Buffer();
      while (source.read(buffer, 8192) != -1) {
        if (buffer.size() > maxResponseBytes) {
          throw new ResponseTooLargeException(maxResponseBytes);
        }
      }
      return response.newBuilder()
          .body(ResponseBody.create(Okio.buffer(releasingOnClose(buffer)), body.contentType(),
              buffer.size()))
          .build();
    } finally {
      body.close();
    }
  }
}

package io.github.batchtask;

import io.github.batchtask.model.BatchTask;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * One wait for a task's state: polls through the client's pipeline (signing, retries with
 * {@code Retry-After}) with {@code If-None-Match}, so an unchanged task costs a 304 and no body;
 * doubles the interval while nothing changes, up to the longest; never waits past the timeout.
 */
final class TaskWaiter {
  /** Runs a task after a delay; tests replace it. */
  interface Scheduler {
    void schedule(Runnable task, long delayNanos);
  }

  static final Scheduler DEFAULT_SCHEDULER = (task, nanos) -> delayed(nanos).execute(task);

  private final BatchTaskClient client;
  private final String jobId;
  private final String taskId;
  private final WaitOptions options;
  private final Scheduler scheduler;
  private final LongSupplier nanoTime;
  private final long start;
  private final long timeout;
  private final CompletableFuture<BatchTask> result = new CompletableFuture<>() {
    @Override public boolean cancel(boolean mayInterruptIfRunning) {
      boolean cancelled = super.cancel(mayInterruptIfRunning);
      cancelPoll();
      return cancelled;
    }
  };

  // Written by one poll's callback at a time: each poll is started by the previous one's.
  private volatile CompletableFuture<TaskResult> poll;
  private volatile BatchTask last;
  private String etag;
  private long interval;

  private TaskWaiter(BatchTaskClient client, String jobId, String taskId, WaitOptions options,
      Scheduler scheduler, LongSupplier nanoTime) {
    this.client = client;
    this.jobId = jobId;
    this.taskId = taskId;
    this.options = options;
    this.scheduler = scheduler;
    this.nanoTime = nanoTime;
    this.interval = nanos(options.pollInterval());
    this.timeout = options.timeout() == null ? Long.MAX_VALUE : nanos(options.timeout());
    this.start = nanoTime.getAsLong();
  }

  static CompletableFuture<BatchTask> start(BatchTaskClient client, String jobId, String taskId,
      WaitOptions options, Scheduler scheduler, LongSupplier nanoTime) {
    Objects.requireNonNull(options, "options == null");
    TaskWaiter waiter = new TaskWaiter(client, jobId, taskId, options, scheduler, nanoTime);
    if (options.timeout() != null) {
      scheduler.schedule(waiter::timeOut, nanos(options.timeout()));
    }
    waiter.poll();
    return waiter.result;
  }

  /** Blocks for {@code future}, with the exceptions of the blocking calls. */
  static BatchTask await(CompletableFuture<BatchTask> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new BatchTransportException("interrupted while waiting for the task",
          new InterruptedIOException("interrupted"), false);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof BatchException) {
        // Rethrown on this thread: its stack says where the caller waited, the cause where.
        throw (BatchException) cause;
      }
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw new IllegalStateException(cause);
    }
  }

  private void poll() {
    if (result.isDone()) {
      return;
    }
    GetTaskOptions request = etag == null ? GetTaskOptions.defaults()
        : GetTaskOptions.builder().ifNoneMatch(etag).build();
    CompletableFuture<TaskResult> call;
    try {
      call = client.getTaskAsync(jobId, taskId, request);
    } catch (RuntimeException e) {
      result.completeExceptionally(e);
      return;
    }
    poll = call;
    if (result.isDone()) {
      call.cancel(true);
      return;
    }
    call.whenComplete((answer, failure) -> {
      if (failure != null) {
        result.completeExceptionally(unwrap(failure));
        return;
      }
      try {
        answered(answer);
      } catch (RuntimeException e) {
        result.completeExceptionally(e);
      }
    });
  }

  private void answered(TaskResult answer) {
    if (result.isDone()) {
      return;
    }
    if (answer.isNotModified()) {
      interval = Math.min(nanos(options.maxPollInterval()), saturatedDouble(interval));
    } else {
      BatchTask task = answer.task();
      BatchTask previous = last;
      last = task;
      etag = answer.etag() != null ? answer.etag() : task.eTag();
      if (previous == null || !Objects.equals(previous.stateValue(), task.stateValue())) {
        options.listener().stateChanged(task);
      }
      if (options.reached(task.state())) {
        result.complete(task);
        return;
      }
      interval = nanos(options.pollInterval());
    }
    long delay = interval;
    Duration retryAfter = answer.retryAfter();
    if (retryAfter != null) {
      delay = Math.max(delay, nanos(retryAfter));
    }
    long remaining = timeout - (nanoTime.getAsLong() - start);
    if (remaining <= 0) {
      timeOut();
      return;
    }
    delay = Math.min(delay, remaining);
    options.listener().polled(answer.isNotModified(), Duration.ofNanos(delay));
    scheduler.schedule(this::poll, delay);
  }

  private void timeOut() {
    if (result.completeExceptionally(
        new TaskWaitTimeoutException(jobId, taskId, options, last))) {
      cancelPoll();
    }
  }

  private void cancelPoll() {
    CompletableFuture<TaskResult> current = poll;
    if (current != null) {
      current.cancel(true);
    }
  }

  private static Throwable unwrap(Throwable failure) {
    Throwable cause = failure;
    while ((cause instanceof CompletionException || cause instanceof ExecutionException)
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause instanceof CancellationException ? failure : cause;
  }

  /** The duration in nanoseconds, at most Long.MAX_VALUE (292 years). */
  private static long nanos(Duration duration) {
    try {
      return duration.toNanos();
    } catch (ArithmeticException e) {
      return Long.MAX_VALUE;
    }
  }

  private static long saturatedDouble(long nanos) {
    return nanos > Long.MAX_VALUE / 2 ? Long.MAX_VALUE : nanos * 2;
  }

  private static Executor delayed(long nanos) {
    return CompletableFuture.delayedExecutor(nanos, TimeUnit.NANOSECONDS);
  }
}

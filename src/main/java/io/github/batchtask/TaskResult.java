package io.github.batchtask;

import io.github.batchtask.model.BatchTask;
import java.time.Duration;
import java.time.Instant;

/**
 * The answer to a task read: the task, or "not modified" for a conditional read whose condition
 * the task did not meet, and the response's metadata.
 */
public final class TaskResult {
  private final int statusCode;
  private final BatchTask task;
  private final String etag;
  private final Instant lastModified;
  private final String requestId;
  private final String clientRequestId;
  private final Duration retryAfter;

  TaskResult(int statusCode, BatchTask task, String etag, Instant lastModified, String requestId,
      String clientRequestId, Duration retryAfter) {
    this.statusCode = statusCode;
    this.task = task;
    this.etag = etag;
    this.lastModified = lastModified;
    this.requestId = requestId;
    this.clientRequestId = clientRequestId;
    this.retryAfter = retryAfter;
  }

  /** True for a 304: the task has not changed since the ETag or date the read was based on. */
  public boolean isNotModified() {
    return task == null;
  }

  /**
   * The task.
   *
   * @throws IllegalStateException if the service answered "not modified" (check
   *     {@link #isNotModified()}).
   */
  public BatchTask task() {
    if (task == null) {
      throw new IllegalStateException(
          "the task was not modified (HTTP 304), so none was returned; check isNotModified()");
    }
    return task;
  }

  public int statusCode() {
    return statusCode;
  }

  /** The {@code ETag} header: pass it to {@code ifNoneMatch} or {@code ifMatch} later. */
  public String etag() {
    return etag;
  }

  /** The {@code Last-Modified} header, or null. */
  public Instant lastModified() {
    return lastModified;
  }

  /** The service's {@code request-id}, to quote when asking Azure support. */
  public String requestId() {
    return requestId;
  }

  /** The {@code client-request-id} this request was sent with. */
  public String clientRequestId() {
    return clientRequestId;
  }

  /** The delay the answer asked for before the next request ({@code Retry-After}), or null. */
  Duration retryAfter() {
    return retryAfter;
  }

  @Override public String toString() {
    return "TaskResult{status=" + statusCode + ", etag=" + etag + ", requestId=" + requestId
        + (task == null ? ", not modified" : ", task=" + task.id()) + "}";
  }
}

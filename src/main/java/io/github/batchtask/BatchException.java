package io.github.batchtask;

/**
 * Why {@link BatchTaskClient} could not return a task: the service answered with an error
 * ({@link BatchServiceException}), it could not be reached ({@link BatchTransportException}), or
 * its answer could not be read ({@link BatchResponseException}).
 */
public abstract class BatchException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  BatchException(String message, Throwable cause) {
    super(message, cause);
  }
}

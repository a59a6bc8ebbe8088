package io.github.batchtask.internal;

import java.io.IOException;

/** A response body over the client's limit; never retried. Not public API. */
public final class ResponseTooLargeException extends IOException {
  private static final long serialVersionUID = 1L;

  public ResponseTooLargeException(long limit) {
    super("the response body is larger than the limit of " + limit
        + " bytes (BatchTaskClient.Builder.maxResponseBytes)");
  }
}

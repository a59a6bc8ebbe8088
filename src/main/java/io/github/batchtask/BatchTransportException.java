package io.github.batchtask;

import java.io.IOException;

/**
 * The service could not be reached, or stopped answering: connection, TLS, timeout, or the
 * call's deadline passed ({@link #deadlineExceeded()}).
 */
public final class BatchTransportException extends BatchException {
  private static final long serialVersionUID = 1L;

  private final boolean deadlineExceeded;

  BatchTransportException(String message, IOException cause, boolean deadlineExceeded) {
    super(message, cause);
    this.deadlineExceeded = deadlineExceeded;
  }

  /** True when the call ended because its deadline ({@code Builder.deadline}) passed. */
  public boolean deadlineExceeded() {
    return deadlineExceeded;
  }
}

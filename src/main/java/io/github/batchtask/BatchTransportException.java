package io.github.batchtask;

import java.io.IOException;

/** The service could not be reached, or stopped answering: connection, TLS, timeout. */
public final class BatchTransportException extends BatchException {
  private static final long serialVersionUID = 1L;

  BatchTransportException(String message, IOException cause) {
    super(message, cause);
  }
}

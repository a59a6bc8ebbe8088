package io.github.batchtask;

/**
 * The answer could not be used: a success whose body is malformed or cut-off JSON (the message
 * names the JSON path) or over the size limit, or an answer the request did not ask for (a 304
 * to a read that was not conditional).
 */
public final class BatchResponseException extends BatchException {
  private static final long serialVersionUID = 1L;

  private final int statusCode;
  private final String requestId;

  BatchResponseException(String message, int statusCode, String requestId, Throwable cause) {
    super(message, cause);
    this.statusCode = statusCode;
    this.requestId = requestId;
  }

  /** The HTTP status of the answer, or 0 when no answer was read. */
  public int statusCode() {
    return statusCode;
  }

  /** The service's {@code request-id}, or null. */
  public String requestId() {
    return requestId;
  }
}

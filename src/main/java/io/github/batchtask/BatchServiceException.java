package io.github.batchtask;

import io.github.batchtask.internal.Printable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The service, or something in front of it, answered with an error status. The message reads
 * like {@code HTTP 404 TaskNotFound: The specified task does not exist. (request-id: ...)}; when
 * the body is not a Batch error (empty, an HTML page from a proxy, cut off, a redirect), it names
 * the status's reason, a redirect's {@code Location} and a short, redacted snippet of the body
 * instead. Control characters from the network are escaped in the message (not in the
 * accessors): {@code \r}, {@code \u001b}.
 */
public final class BatchServiceException extends BatchException {
  private static final long serialVersionUID = 1L;

  private final int statusCode;
  private final String errorCode;
  private final String errorMessage;
  private final Map<String, String> values;
  private final String requestId;
  private final String clientRequestId;
  private final String bodySnippet;
  private final String stringToSign;

  BatchServiceException(int statusCode, String errorCode, String errorMessage,
      Map<String, String> values, String requestId, String clientRequestId, String bodySnippet) {
    this(statusCode, errorCode, errorMessage, values, requestId, clientRequestId, bodySnippet,
        null);
  }

  private BatchServiceException(int statusCode, String errorCode, String errorMessage,
      Map<String, String> values, String requestId, String clientRequestId, String bodySnippet,
      String stringToSign) {
    super(message(statusCode, errorCode, errorMessage, requestId), null);
    this.statusCode = statusCode;
    this.errorCode = errorCode;
    this.errorMessage = errorMessage;
    this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    this.requestId = requestId;
    this.clientRequestId = clientRequestId;
    this.bodySnippet = bodySnippet;
    this.stringToSign = stringToSign;
  }

  /** This exception, carrying the string the client signed. */
  BatchServiceException withStringToSign(String stringToSign) {
    return stringToSign == null ? this : new BatchServiceException(statusCode, errorCode,
        errorMessage, values, requestId, clientRequestId, bodySnippet, stringToSign);
  }

  /** The message quotes the network with control characters escaped; the accessors do not. */
  private static String message(int status, String code, String text, String requestId) {
    return "HTTP " + status + (code == null ? "" : " " + quote(code, 100)) + ": "
        + quote(text, 1000)
        + " (request-id: " + (requestId == null ? "none" : quote(requestId, 100)) + ")";
  }

  /** {@code text} escaped, then cut to {@code max} characters. */
  private static String quote(String text, int max) {
    return ErrorBodies.bounded(Printable.escape(text), max);
  }

  /** The HTTP status, such as 404. */
  public int statusCode() {
    return statusCode;
  }

  /** The Batch error code, such as {@code TaskNotFound}, or null if the body had none. */
  public String errorCode() {
    return errorCode;
  }

  /** The error's message (without the RequestId and Time lines), or a description of the body. */
  public String errorMessage() {
    return errorMessage;
  }

  /** The error's additional key/value details, such as {@code AuthenticationErrorDetail}. */
  public Map<String, String> values() {
    return values;
  }

  /** The service's {@code request-id} header, or null. */
  public String requestId() {
    return requestId;
  }

  /** The {@code client-request-id} this request was sent with. */
  public String clientRequestId() {
    return clientRequestId;
  }

  /**
   * The Shared Key string-to-sign of the refused request (it holds no secret), to compare with
   * the one the service quotes in {@code AuthenticationErrorDetail}; null unless the answer was a
   * 403 to a request signed with Shared Key.
   */
  public String stringToSign() {
    return stringToSign;
  }

  /** The first characters of the body, with SAS signatures removed; empty if there was none. */
  public String bodySnippet() {
    return bodySnippet;
  }
}

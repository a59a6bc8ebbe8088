package io.github.batchtask;

import com.squareup.moshi.JsonAdapter;
import io.github.batchtask.json.Redaction;
import io.github.batchtask.model.BatchError;
import io.github.batchtask.model.BatchErrorDetail;
import io.github.batchtask.model.BatchTaskJson;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import okhttp3.ResponseBody;

/** Turns an error answer, whatever its body, into a {@link BatchServiceException}. */
final class ErrorBodies {
  static final int SNIPPET_CHARS = 512;
  private static final JsonAdapter<BatchError> ERRORS =
      BatchTaskJson.moshi().adapter(BatchError.class);

  private ErrorBodies() {
  }

  static BatchServiceException exception(int status, ResponseBody body, String location,
      String requestId, String clientRequestId) {
    String text = "";
    if (body != null) {
      try (ResponseBody closing = body) {
        text = closing.string();
      } catch (IOException e) {
        text = "";
      }
    }
    return exception(status, text, location, requestId, clientRequestId);
  }

  /**
   * Never throws: a body that is not a Batch error becomes the status's reason, the redirect's
   * {@code location} (redacted, may be null) and a snippet.
   */
  static BatchServiceException exception(int status, String body, String location,
      String requestId, String clientRequestId) {
    String snippet = snippet(body);
    BatchError error = parse(body);
    Map<String, String> values = new LinkedHashMap<>();
    if (error != null && error.code() != null) {
      if (error.values() != null) {
        for (BatchErrorDetail detail : error.values()) {
          if (detail != null && detail.key() != null) {
            values.put(bounded(detail.key(), 100), bounded(Redaction.sas(detail.value()), 4000));
          }
        }
      }
      String message = error.message() == null || error.message().value() == null
          ? "(no message)" : firstLine(error.message().value());
      return new BatchServiceException(status, bounded(error.code(), 100),
          bounded(Redaction.sas(message), 1000), values, requestId, clientRequestId, snippet);
    }
    String description = reason(status)
        + (location == null ? "" : ", redirect to " + bounded(Redaction.sas(location), 500)
            + " not followed")
        + (snippet.isEmpty() ? " (no body)" : ": " + snippet);
    return new BatchServiceException(status, null, description, values, requestId,
        clientRequestId, snippet);
  }

  private static BatchError parse(String body) {
    if (body.isBlank()) {
      return null;
    }
    try {
      return ERRORS.fromJson(body);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** The message without the service's "RequestId:" and "Time:" lines. */
  private static String firstLine(String message) {
    int end = message.indexOf("\nRequestId:");
    return (end >= 0 ? message.substring(0, end) : message).strip();
  }

  /** {@code text} cut to {@code max} characters and "...", or null. */
  static String bounded(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max) + "...";
  }

  private static String snippet(String body) {
    String collapsed = Redaction.sas(body).replaceAll("\\s+", " ").strip();
    return collapsed.length() <= SNIPPET_CHARS ? collapsed
        : collapsed.substring(0, SNIPPET_CHARS) + "...";
  }

  private static String reason(int status) {
    switch (status) {
      case 300: return "Multiple Choices";
      case 301: return "Moved Permanently";
      case 302: return "Found";
      case 303: return "See Other";
      case 305: return "Use Proxy";
      case 307: return "Temporary Redirect";
      case 308: return "Permanent Redirect";
      case 400: return "Bad Request";
      case 401: return "Unauthorized";
      case 403: return "Forbidden";
      case 404: return "Not Found";
      case 405: return "Method Not Allowed";
      case 406: return "Not Acceptable";
      case 407: return "Proxy Authentication Required";
      case 408: return "Request Timeout";
      case 409: return "Conflict";
      case 410: return "Gone";
      case 412: return "Precondition Failed";
      case 414: return "URI Too Long";
      case 429: return "Too Many Requests";
      case 431: return "Request Header Fields Too Large";
      case 500: return "Internal Server Error";
      case 502: return "Bad Gateway";
      case 503: return "Service Unavailable";
      case 504: return "Gateway Timeout";
      case 505: return "HTTP Version Not Supported";
      case 511: return "Network Authentication Required";
      default: return "Unknown Status";
    }
  }
}

package io.github.batchtask.sandbox;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.squareup.moshi.JsonWriter;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import okio.Buffer;

/** Answers every request to the sandbox as the Batch service answers Get Task. */
final class SandboxHandler implements HttpHandler {
  static final String CONTENT_TYPE = "application/json;odata=minimalmetadata";

  /**
   * The api-version values accepted: every published version of the Batch data plane, oldest
   * first; the sandbox answers each with the same task bodies.
   */
  static final List<String> API_VERSIONS = List.of(
      "2015-12-01.2.2", "2016-02-01.3.0", "2016-07-01.3.1", "2017-01-01.4.0", "2017-05-01.5.0",
      "2017-06-01.5.1", "2017-09-01.6.0", "2018-03-01.6.1", "2018-08-01.7.0", "2018-12-01.8.0",
      "2019-06-01.9.0", "2019-08-01.10.0", "2020-03-01.11.0", "2020-09-01.12.0",
      "2021-06-01.14.0", "2022-01-01.15.0", "2022-10-01.16.0", "2023-05-01.17.0",
      "2023-11-01.18.0", "2024-02-01.19.0", "2024-07-01.20.0", "2025-06-01");

  /** What an api-version that is shown back in an error message may contain. */
  private static final Pattern PRINTABLE_VERSION = Pattern.compile("[0-9A-Za-z.-]{1,40}");

  private static final Set<String> QUERY_PARAMETERS =
      Set.of("api-version", "$select", "$expand", "timeout");

  /** The service's error timestamps: UTC with seven fractional digits. */
  private static final DateTimeFormatter ERROR_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSS'Z'").withZone(ZoneOffset.UTC);

  private static final Pattern UUID_TEXT = Pattern.compile(
      "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  /** A BatchError answer. */
  static final class Failure extends Exception {
    private static final long serialVersionUID = 1L;
    final int status;
    final String code;
    final Map<String, String> values = new LinkedHashMap<>();

    Failure(int status, String code, String message) {
      super(message, null, false, false);
      this.status = status;
      this.code = code;
    }

    Failure value(String key, String value) {
      values.put(key, value);
      return this;
    }
  }

  /** An answer about to be sent; body is null when there is none. */
  private record Reply(int status, Map<String, String> headers, byte[] body) {
  }

  private final String baseUrl;
  private final Tasks tasks;
  private final SharedKey sharedKey;
  private final Clock clock;
  /** How many answers were sent, by status code (100 to 599). */
  private final AtomicIntegerArray answered = new AtomicIntegerArray(600);

  /** {@code sharedKey} is null when requests are not authenticated. */
  SandboxHandler(String baseUrl, Tasks tasks, SharedKey sharedKey, Clock clock) {
    this.baseUrl = baseUrl;
    this.tasks = tasks;
    this.sharedKey = sharedKey;
    this.clock = clock;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String requestId = UUID.randomUUID().toString();
      Reply reply;
      try {
        reply = respond(exchange);
      } catch (Failure failure) {
        reply = error(failure, requestId);
      } catch (IOException | RuntimeException e) {
        // The exception's class only: its message may name local paths.
        reply = error(new Failure(500, "InternalError",
            "The sandbox failed: " + e.getClass().getSimpleName() + "."), requestId);
      }
      send(exchange, requestId, reply);
    }
  }

  private Reply respond(HttpExchange exchange) throws Failure, IOException {
    Headers headers = exchange.getRequestHeaders();
    String method = exchange.getRequestMethod();
    String rawPath = exchange.getRequestURI().getRawPath();
    String rawQuery = exchange.getRequestURI().getRawQuery();

    if (sharedKey != null) {
      String problem = sharedKey.verify(method, headers, rawPath, rawQuery, clock.instant());
      if (problem != null) {
        throw new Failure(403, "AuthenticationFailed",
            "The request could not be authenticated: check its Authorization and date headers.")
            .value("AuthenticationErrorDetail", problem);
      }
    }

    Map<String, String> query = query(rawQuery);
    String apiVersion = query.get("api-version");
    if (apiVersion == null) {
      throw new Failure(400, "MissingRequiredQueryParameter",
          "A query parameter that's mandatory for this request is not specified.")
          .value("QueryParameterName", "api-version");
    }
    if (!API_VERSIONS.contains(apiVersion)) {
      throw new Failure(400, "UnsupportedRequestVersion",
          (PRINTABLE_VERSION.matcher(apiVersion).matches() ? "The api-version " + apiVersion
              : "The specified api-version") + " is not a published Batch API version; the"
              + " published versions are " + API_VERSIONS.get(0) + " to "
              + API_VERSIONS.get(API_VERSIONS.size() - 1) + ".")
          .value("QueryParameterName", "api-version")
          .value("QueryParameterValue", apiVersion);
    }

    String[] segments = rawPath.split("/", -1);
    if (segments.length != 5 || !segments[0].isEmpty() || !segments[1].equals("jobs")
        || segments[2].isEmpty() || !segments[3].equals("tasks") || segments[4].isEmpty()) {
      throw resourceNotFound();
    }
    String jobId;
    String taskId;
    try {
      jobId = SharedKey.decodePathSegment(segments[2]);
      taskId = SharedKey.decodePathSegment(segments[4]);
    } catch (IllegalArgumentException e) {
      throw resourceNotFound();
    }
    if (!method.equals("GET")) {
      throw new Failure(405, "UnsupportedHttpVerb",
          "The resource doesn't support the specified HTTP verb " + method + "; use GET.");
    }

    for (String name : query.keySet()) {
      if (!QUERY_PARAMETERS.contains(name)) {
        throw new Failure(400, "UnsupportedQueryParameter",
            "One of the query parameters specified in the request URI is not supported.")
            .value("QueryParameterName", name);
      }
    }
    Set<String> select = query.containsKey("$select") ? list(query, "$select") : null;
    boolean expandStats = false;
    if (query.containsKey("$expand")) {
      for (String expansion : list(query, "$expand")) {
        if (!expansion.equals("stats")) {
          throw invalidQuery("$expand", query.get("$expand"), "Only 'stats' can be expanded.");
        }
        expandStats = true;
      }
    }
    if (query.containsKey("timeout")) {
      try {
        Integer.parseInt(query.get("timeout").trim());
      } catch (NumberFormatException e) {
        throw invalidQuery("timeout", query.get("timeout"), "It is not a 32-bit integer.");
      }
    }
    String clientRequestId = headers.getFirst("client-request-id");
    if (clientRequestId != null && !UUID_TEXT.matcher(clientRequestId.trim()).matches()) {
      throw invalidHeader("client-request-id", clientRequestId);
    }
    String returnClientRequestId = headers.getFirst("return-client-request-id");
    if (returnClientRequestId != null
        && !returnClientRequestId.trim().matches("(?i)true|false")) {
      throw invalidHeader("return-client-request-id", returnClientRequestId);
    }
    Conditions conditions = Conditions.of(headers);

    Tasks.Task task;
    Tasks.Scan scan;
    try {
      task = tasks.find(jobId, taskId);
      scan = Tasks.scan(task);
    } catch (Tasks.NotServed e) {
      throw new Failure(e.status, e.code, e.getMessage());
    }

    String etag = Tasks.etag(task.body());
    Instant lastModified = (scan.lastModified() != null ? scan.lastModified() : task.fileTime())
        .truncatedTo(ChronoUnit.SECONDS);
    Map<String, String> replyHeaders = new LinkedHashMap<>();
    replyHeaders.put("ETag", etag);
    replyHeaders.put("Last-Modified", SharedKey.HTTP_DATE.format(lastModified));
    replyHeaders.put("DataServiceId",
        baseUrl + "/jobs/" + encodeSegment(jobId) + "/tasks/" + encodeSegment(taskId));

    if (!conditions.ifMatch(etag) || !conditions.ifUnmodifiedSince(lastModified)) {
      throw new Failure(412, "ConditionNotMet",
          "The condition specified using HTTP conditional header(s) is not met.");
    }
    if (!conditions.ifNoneMatch(etag) || !conditions.ifModifiedSince(lastModified)) {
      return new Reply(304, replyHeaders, null);
    }

    boolean stats = expandStats && (select == null || select.contains("stats"));
    Predicate<String> keep = name -> name.equals("stats")
        ? stats
        : select == null || select.contains(name) || name.equals("odata.metadata");
    byte[] body = scan.names().stream().allMatch(keep)
        ? task.body()
        : Tasks.filter(task.body(), keep);
    replyHeaders.put("Content-Type", CONTENT_TYPE);
    return new Reply(200, replyHeaders, body);
  }

  /** The request's conditional headers, parsed, in one of the combinations the service allows. */
  private record Conditions(String ifMatch, String ifNoneMatch, Instant ifModifiedSince,
      Instant ifUnmodifiedSince) {

    static Conditions of(Headers headers) throws Failure {
      String ifMatch = headers.getFirst("If-Match");
      String ifNoneMatch = headers.getFirst("If-None-Match");
      String ifModifiedSince = headers.getFirst("If-Modified-Since");
      String ifUnmodifiedSince = headers.getFirst("If-Unmodified-Since");
      boolean notModifiedKind = ifNoneMatch != null || ifModifiedSince != null;
      boolean preconditionKind = ifMatch != null || ifUnmodifiedSince != null;
      if (notModifiedKind && preconditionKind) {
        throw new Failure(400, "MultipleConditionHeadersNotSupported",
            "Only If-None-Match with If-Modified-Since, or If-Match with If-Unmodified-Since,"
                + " may be combined.");
      }
      return new Conditions(ifMatch, ifNoneMatch, date("If-Modified-Since", ifModifiedSince),
          date("If-Unmodified-Since", ifUnmodifiedSince));
    }

    boolean ifMatch(String etag) {
      return ifMatch == null || matches(ifMatch, etag);
    }

    boolean ifNoneMatch(String etag) {
      return ifNoneMatch == null || !matches(ifNoneMatch, etag);
    }

    boolean ifModifiedSince(Instant lastModified) {
      return ifModifiedSince == null || lastModified.isAfter(ifModifiedSince);
    }

    boolean ifUnmodifiedSince(Instant lastModified) {
      return ifUnmodifiedSince == null || !lastModified.isAfter(ifUnmodifiedSince);
    }

    /** True when the header lists {@code etag} (quoted or not) or is {@code *}. */
    private static boolean matches(String header, String etag) {
      for (String candidate : header.split(",")) {
        String tag = candidate.trim();
        if (tag.startsWith("W/")) {
          tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
          tag = tag.substring(1, tag.length() - 1);
        }
        if (tag.equals("*") || tag.equals(etag)) {
          return true;
        }
      }
      return false;
    }

    private static Instant date(String name, String text) throws Failure {
      if (text == null) {
        return null;
      }
      Instant date = SharedKey.parseHttpDate(text);
      if (date == null) {
        throw invalidHeader(name, text);
      }
      return date;
    }
  }

  /** Decoded query parameters; a parameter sent twice is refused. */
  private static Map<String, String> query(String rawQuery) throws Failure {
    List<String[]> parameters;
    try {
      parameters = SharedKey.decodeQuery(rawQuery);
    } catch (IllegalArgumentException e) {
      throw new Failure(400, "InvalidQueryParameterValue",
          "The query string is not correctly percent-encoded.");
    }
    Map<String, String> query = new LinkedHashMap<>();
    for (String[] parameter : parameters) {
      String name = parameter[0].toLowerCase(Locale.ROOT);
      if (query.putIfAbsent(name, parameter[1]) != null) {
        throw invalidQuery(parameter[0], parameter[1], "The parameter is given more than once.");
      }
    }
    return query;
  }

  /** A comma-separated OData list; an empty item is refused. */
  private static Set<String> list(Map<String, String> query, String name) throws Failure {
    Set<String> items = new LinkedHashSet<>();
    for (String item : query.get(name).split(",", -1)) {
      if (item.isBlank()) {
        throw invalidQuery(name, query.get(name), "The list has an empty item.");
      }
      items.add(item.trim());
    }
    return items;
  }

  private static Failure invalidQuery(String name, String value, String reason) {
    return new Failure(400, "InvalidQueryParameterValue",
        "Value for one of the query parameters specified in the request URI is invalid.")
        .value("QueryParameterName", name)
        .value("QueryParameterValue", value)
        .value("Reason", reason);
  }

  private static Failure invalidHeader(String name, String value) {
    return new Failure(400, "InvalidHeaderValue",
        "The value for one of the HTTP headers is not in the correct format.")
        .value("HeaderName", name)
        .value("HeaderValue", value);
  }

  private static Failure resourceNotFound() {
    return new Failure(404, "ResourceNotFound", "The specified resource does not exist.");
  }

  /** Percent-encodes everything in an id but unreserved characters. */
  static String encodeSegment(String id) {
    StringBuilder out = new StringBuilder();
    for (byte b : id.getBytes(UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '-' || c == '_' || c == '.' || c == '~') {
        out.append(c);
      } else {
        out.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
      }
    }
    return out.toString();
  }

  private Reply error(Failure failure, String requestId) {
    Buffer buffer = new Buffer();
    try (JsonWriter writer = JsonWriter.of(buffer)) {
      writer.beginObject();
      writer.name("odata.metadata").value(
          baseUrl + "/$metadata#Microsoft.Azure.Batch.Protocol.Entities.Container.errors/@Element");
      writer.name("code").value(failure.code);
      writer.name("message").beginObject();
      writer.name("lang").value("en-US");
      writer.name("value").value(failure.getMessage() + "\nRequestId:" + requestId
          + "\nTime:" + ERROR_TIME.format(clock.instant()));
      writer.endObject();
      if (!failure.values.isEmpty()) {
        writer.name("values").beginArray();
        for (Map.Entry<String, String> value : failure.values.entrySet()) {
          writer.beginObject();
          writer.name("key").value(value.getKey());
          writer.name("value").value(value.getValue());
          writer.endObject();
        }
        writer.endArray();
      }
      writer.endObject();
    } catch (IOException e) {
      throw new AssertionError(e); // A Buffer does not fail.
    }
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", CONTENT_TYPE);
    if (failure.status == 405) {
      headers.put("Allow", "GET");
    }
    return new Reply(failure.status, headers, buffer.readByteArray());
  }

  /** How many answers with {@code status} were sent so far. */
  int answered(int status) {
    return status >= 0 && status < answered.length() ? answered.get(status) : 0;
  }

  private void send(HttpExchange exchange, String requestId, Reply reply) throws IOException {
    answered.incrementAndGet(reply.status());
    Headers out = exchange.getResponseHeaders();
    reply.headers().forEach(out::set);
    out.set("request-id", requestId);
    out.set("DataServiceVersion", "3.0");
    String clientRequestId = exchange.getRequestHeaders().getFirst("client-request-id");
    String returnIt = exchange.getRequestHeaders().getFirst("return-client-request-id");
    if (clientRequestId != null && UUID_TEXT.matcher(clientRequestId.trim()).matches()
        && "true".equalsIgnoreCase(returnIt == null ? null : returnIt.trim())) {
      out.set("client-request-id", clientRequestId.trim());
    }
    byte[] body = reply.body();
    if (body == null || body.length == 0 || exchange.getRequestMethod().equals("HEAD")) {
      exchange.sendResponseHeaders(reply.status(), -1);
      return;
    }
    exchange.sendResponseHeaders(reply.status(), body.length);
    try (OutputStream stream = exchange.getResponseBody()) {
      stream.write(body);
    }
  }
}

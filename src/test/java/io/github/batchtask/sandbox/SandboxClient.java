package io.github.batchtask.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.squareup.moshi.JsonReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import okio.Buffer;

/** Calls a sandbox with the JDK's HTTP client and reads its JSON answers. */
final class SandboxClient {
  static final String API_VERSION = "api-version=2017-05-01.5.0";

  private static final HttpClient CLIENT = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5))
      .build();

  private final String baseUrl;

  SandboxClient(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** GETs {@code pathAndQuery} with headers given as name, value, name, value... */
  HttpResponse<byte[]> get(String pathAndQuery, String... headers) {
    return send("GET", pathAndQuery, headers);
  }

  HttpResponse<byte[]> send(String method, String pathAndQuery, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery))
        .timeout(Duration.ofSeconds(5))
        .method(method, HttpRequest.BodyPublishers.noBody());
    if (headers.length > 0) {
      request.headers(headers);
    }
    try {
      return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  static Map<String, Object> json(byte[] body) {
    try (JsonReader reader = JsonReader.of(new Buffer().write(body))) {
      @SuppressWarnings("unchecked")
      Map<String, Object> value = (Map<String, Object>) reader.readJsonValue();
      return value;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Asserts a BatchError answer: status, code, a message whose request id is the header's, and
   * the same Content-Type as tasks. Returns the body.
   */
  @SuppressWarnings("unchecked")
  static Map<String, Object> assertError(HttpResponse<byte[]> response, int status, String code) {
    assertEquals(status, response.statusCode(), () -> new String(response.body()));
    assertEquals("application/json;odata=minimalmetadata",
        response.headers().firstValue("Content-Type").orElse(null));
    String requestId = response.headers().firstValue("request-id").orElseThrow();
    Map<String, Object> error = json(response.body());
    assertEquals(code, error.get("code"));
    assertTrue(((String) error.get("odata.metadata")).contains("$metadata#"));
    Map<String, Object> message = (Map<String, Object>) error.get("message");
    assertEquals("en-US", message.get("lang"));
    String[] lines = ((String) message.get("value")).split("\n");
    assertEquals(3, lines.length, () -> String.valueOf(message.get("value")));
    assertEquals("RequestId:" + requestId, lines[1]);
    assertTrue(lines[2].matches("Time:\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{7}Z"), lines[2]);
    return error;
  }

  /** The {@code values} of a BatchError as a map. */
  @SuppressWarnings("unchecked")
  static Map<String, String> values(Map<String, Object> error) {
    Map<String, String> values = new java.util.LinkedHashMap<>();
    for (Object entry : (List<Object>) error.getOrDefault("values", List.of())) {
      Map<String, Object> pair = (Map<String, Object>) entry;
      values.put((String) pair.get("key"), (String) pair.get("value"));
    }
    return values;
  }
}

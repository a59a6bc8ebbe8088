package io.github.batchtask.sandbox;

import static io.github.batchtask.sandbox.SandboxClient.API_VERSION;
import static io.github.batchtask.sandbox.SandboxClient.assertError;
import static io.github.batchtask.sandbox.SandboxClient.values;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Shared Key checks, anchored on the test vector of service-facts.md. */
class SharedKeyTest {
  // The test vector: a dummy key, a fixed request and what signing it must give.
  private static final String ACCOUNT = "myaccount";
  private static final String KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";
  private static final String PATH = "/jobs/job-1/tasks/task-1";
  private static final String QUERY =
      "api-version=2017-05-01.5.0&$select=id,state,executionInfo&$expand=stats&timeout=30";
  private static final String DATE = "Fri, 17 Feb 2017 00:00:00 GMT";
  private static final String STRING_TO_SIGN = "GET\n\n\n\n\n\n\n\n\n\n\n\n"
      + "ocp-date:Fri, 17 Feb 2017 00:00:00 GMT\n"
      + "/myaccount/jobs/job-1/tasks/task-1\n$expand:stats\n$select:id,state,executionInfo\n"
      + "api-version:2017-05-01.5.0\ntimeout:30";
  private static final String AUTHORIZATION =
      "SharedKey myaccount:BlNHkQquT47OygcbbopS9LmryDwGuNsj6CSXBp9PpXQ=";
  private static final Instant VECTOR_TIME = Instant.parse("2017-02-17T00:00:00Z");

  @TempDir
  Path tasksDirectory;

  private BatchSandbox sandbox;

  @AfterEach
  void stop() {
    if (sandbox != null) {
      sandbox.close();
    }
  }

  @Test
  void testSignerReproducesTheVector() {
    assertEquals(STRING_TO_SIGN, testStringToSign("GET", PATH, QUERY, DATE, Map.of()));
    assertEquals(AUTHORIZATION, "SharedKey " + ACCOUNT + ":" + hmac(KEY, STRING_TO_SIGN));
  }

  @Test
  void verifierSignsTheVectorsStringToSign() {
    Map<String, String> headers = new TreeMap<>(Map.of("ocp-date", DATE, "host", "127.0.0.1:1"));
    assertEquals(STRING_TO_SIGN, SharedKey.stringToSign(ACCOUNT, "GET", headers, PATH, QUERY));
    assertEquals(AUTHORIZATION.substring(AUTHORIZATION.indexOf(':') + 1),
        new SharedKey(ACCOUNT, KEY).sign(STRING_TO_SIGN));
  }

  @Test
  void verifierAcceptsTheVectorAndRefusesAnyChange() {
    SharedKey sharedKey = new SharedKey(ACCOUNT, KEY);
    Map<String, List<String>> headers =
        Map.of("Ocp-date", List.of(DATE), "Authorization", List.of(AUTHORIZATION));

    assertNull(sharedKey.verify("GET", headers, PATH, QUERY, VECTOR_TIME));
    assertFalse(sharedKey.verify("GET", headers, PATH, QUERY + "&x=1", VECTOR_TIME) == null);
    assertFalse(sharedKey.verify("GET", headers, "/jobs/job-1/tasks/task-2", QUERY, VECTOR_TIME)
        == null);
    assertFalse(sharedKey.verify("DELETE", headers, PATH, QUERY, VECTOR_TIME) == null);
  }

  @Test
  void dateHeaderIsSignedWhenThereIsNoOcpDate() {
    String stringToSign = SharedKey.stringToSign(ACCOUNT, "GET",
        new TreeMap<>(Map.of("date", DATE)), PATH, "api-version=2017-05-01.5.0");
    assertEquals("GET\n\n\n\n\n\n" + DATE + "\n\n\n\n\n\n/myaccount" + PATH
        + "\napi-version:2017-05-01.5.0", stringToSign);
    assertEquals(stringToSign, testStringToSign("GET", PATH, "api-version=2017-05-01.5.0", null,
        Map.of("Date", DATE)));

    SharedKey sharedKey = new SharedKey(ACCOUNT, KEY);
    Map<String, List<String>> headers = Map.of("Date", List.of(DATE),
        "Authorization", List.of("SharedKey myaccount:" + hmac(KEY, stringToSign)));
    assertNull(sharedKey.verify("GET", headers, PATH, "api-version=2017-05-01.5.0", VECTOR_TIME));
  }

  @Test
  void zeroContentLengthMayBeSignedEmptyOrAsSent() {
    SharedKey sharedKey = new SharedKey(ACCOUNT, KEY);
    String asSent = STRING_TO_SIGN.replaceFirst("^GET\n\n\n\n", "GET\n\n\n0\n");
    for (String stringToSign : List.of(STRING_TO_SIGN, asSent)) {
      Map<String, List<String>> headers = Map.of("Ocp-date", List.of(DATE),
          "Content-Length", List.of("0"),
          "Authorization", List.of("SharedKey myaccount:" + hmac(KEY, stringToSign)));
      assertNull(sharedKey.verify("GET", headers, PATH, QUERY, VECTOR_TIME), stringToSign);
    }
    // Any other length is signed as sent.
    Map<String, String> withLength = new TreeMap<>(Map.of("ocp-date", DATE, "content-length", "5"));
    assertEquals(STRING_TO_SIGN.replaceFirst("^GET\n\n\n\n", "GET\n\n\n5\n"),
        SharedKey.stringToSign(ACCOUNT, "GET", withLength, PATH, QUERY));
  }

  @Test
  void vectorRequestIsAcceptedByTheSandbox() throws IOException {
    Files.createDirectories(tasksDirectory.resolve("job-1"));
    Files.writeString(tasksDirectory.resolve("job-1/task-1.json"),
        "{\"id\":\"task-1\",\"state\":\"active\",\"commandLine\":\"x\"}");
    start(VECTOR_TIME.plusSeconds(14 * 60));

    HttpResponse<byte[]> response = client().get(PATH + "?" + QUERY,
        "ocp-date", DATE, "Authorization", AUTHORIZATION);

    assertEquals(200, response.statusCode(), () -> new String(response.body(), UTF_8));
    assertEquals("{\"id\":\"task-1\",\"state\":\"active\"}", new String(response.body(), UTF_8));
  }

  @Test
  void requestSignedByTheTestSignerIsAcceptedWithConditionsAndOcpHeaders() {
    start(VECTOR_TIME);
    String path = "/jobs/job-0000000001/tasks/mytask1";
    // As OkHttp sends it: $ and , percent-encoded; the signature uses the decoded form.
    String query = API_VERSION + "&%24select=id%2Cstate";
    String requestId = "9c4fa6a1-0f3b-4c2e-9d7a-1b2c3d4e5f60";
    Map<String, String> signed = Map.of("If-None-Match", "0x8D0000000000000",
        "ocp-client", "sandbox test", "client-request-id", requestId);
    String stringToSign = testStringToSign("GET", path, query, DATE, signed);
    assertTrue(stringToSign.contains("\n$select:id,state\n"), stringToSign);
    assertTrue(stringToSign.contains("\nocp-client:sandbox test\nocp-date:" + DATE + "\n"),
        stringToSign);

    HttpResponse<byte[]> response = client().get(path + "?" + query,
        "ocp-date", DATE, "If-None-Match", "0x8D0000000000000", "ocp-client", "sandbox test",
        "client-request-id", requestId,
        "Authorization", "SharedKey myaccount:" + hmac(KEY, stringToSign));

    assertEquals(200, response.statusCode(), () -> new String(response.body(), UTF_8));
  }

  @Test
  void wrongKeyIsRefusedWithTheStringToSign() {
    start(VECTOR_TIME);
    String otherKey = Base64.getEncoder().encodeToString("another dummy key, 32 bytes long"
        .getBytes(UTF_8));

    HttpResponse<byte[]> response = client().get(PATH + "?" + QUERY,
        "ocp-date", DATE, "Authorization", "SharedKey myaccount:" + hmac(otherKey, STRING_TO_SIGN));

    Map<String, Object> error = assertError(response, 403, "AuthenticationFailed");
    String detail = values(error).get("AuthenticationErrorDetail");
    assertTrue(detail.contains("'" + STRING_TO_SIGN + "'"), detail);
    assertFalse(new String(response.body(), UTF_8).contains(KEY));
  }

  @Test
  void missingOrMalformedAuthorizationIsRefusedWithTheStringToSign() {
    start(VECTOR_TIME);
    for (String[] headers : List.of(new String[] {"ocp-date", DATE},
        new String[] {"ocp-date", DATE, "Authorization", "Bearer eyJ0eXAiOiJKV1Qi"},
        new String[] {"ocp-date", DATE, "Authorization", "SharedKey otheraccount:"
            + AUTHORIZATION.substring(AUTHORIZATION.indexOf(':') + 1)},
        new String[] {"ocp-date", DATE, "Authorization", "SharedKey myaccount:not-base64!"})) {
      Map<String, Object> error =
          assertError(client().get(PATH + "?" + QUERY, headers), 403, "AuthenticationFailed");
      String detail = values(error).get("AuthenticationErrorDetail");
      assertTrue(detail.contains(STRING_TO_SIGN), detail);
    }
  }

  @Test
  void staleDateIsRefused() {
    start(VECTOR_TIME.plusSeconds(15 * 60 + 1));

    Map<String, Object> error = assertError(client().get(PATH + "?" + QUERY,
        "ocp-date", DATE, "Authorization", AUTHORIZATION), 403, "AuthenticationFailed");

    String detail = values(error).get("AuthenticationErrorDetail");
    assertTrue(detail.contains("more than 15 minutes"), detail);
  }

  @Test
  void futureDateIsRefusedToo() {
    start(VECTOR_TIME.minusSeconds(15 * 60 + 1));
    assertError(client().get(PATH + "?" + QUERY, "ocp-date", DATE, "Authorization",
        AUTHORIZATION), 403, "AuthenticationFailed");
  }

  @Test
  void missingOrUnparseableDateIsRefused() {
    start(VECTOR_TIME);
    String oneDigitDay = "Tue, 7 Feb 2017 00:00:00 GMT";
    String signedWithOneDigitDay = hmac(KEY, STRING_TO_SIGN.replace(DATE, oneDigitDay));

    Map<String, Object> unparseable = assertError(client().get(PATH + "?" + QUERY,
        "ocp-date", oneDigitDay, "Authorization", "SharedKey myaccount:" + signedWithOneDigitDay),
        403, "AuthenticationFailed");
    assertTrue(values(unparseable).get("AuthenticationErrorDetail").contains("RFC 1123"));

    String withoutDate = STRING_TO_SIGN.replace("ocp-date:" + DATE + "\n", "");
    Map<String, Object> missing = assertError(client().get(PATH + "?" + QUERY,
        "Authorization", "SharedKey myaccount:" + hmac(KEY, withoutDate)),
        403, "AuthenticationFailed");
    assertTrue(values(missing).get("AuthenticationErrorDetail").contains("neither"));
  }

  @Test
  void unauthenticatedSandboxIgnoresAuthorization() {
    sandbox = startUnchecked(BatchSandbox.builder());
    assertEquals(200, client().get("/jobs/job-0000000001/tasks/mytask1?" + API_VERSION,
        "Authorization", "SharedKey myaccount:bogus").statusCode());
  }

  private void start(Instant now) {
    sandbox = startUnchecked(BatchSandbox.builder()
        .tasksDirectory(tasksDirectory)
        .account(ACCOUNT, KEY)
        .clock(Clock.fixed(now, ZoneOffset.UTC)));
  }

  private static BatchSandbox startUnchecked(BatchSandbox.Builder builder) {
    try {
      return builder.start();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private SandboxClient client() {
    return new SandboxClient(sandbox.url());
  }

  /**
   * The test's own string-to-sign, written from service-facts.md for requests without a body.
   * {@code ocpDate} may be null; {@code headers} are the other headers sent.
   */
  private static String testStringToSign(String verb, String path, String rawQuery, String ocpDate,
      Map<String, String> headers) {
    Map<String, String> lower = new TreeMap<>();
    headers.forEach((name, value) -> lower.put(name.toLowerCase(), value));
    if (ocpDate != null) {
      lower.put("ocp-date", ocpDate);
    }
    StringBuilder s = new StringBuilder(verb).append('\n');
    for (String name : new String[] {"content-encoding", "content-language", "content-length",
        "content-md5", "content-type", "date", "if-modified-since", "if-match", "if-none-match",
        "if-unmodified-since", "range"}) {
      String value = name.equals("date") && ocpDate != null ? null : lower.get(name);
      s.append(value == null ? "" : value).append('\n');
    }
    lower.forEach((name, value) -> {
      if (name.startsWith("ocp-")) {
        s.append(name).append(':').append(value.trim()).append('\n');
      }
    });
    s.append('/').append(ACCOUNT).append(path);
    Map<String, String> parameters = new TreeMap<>();
    for (String pair : rawQuery.split("&")) {
      String[] nameAndValue = pair.split("=", 2);
      parameters.put(java.net.URLDecoder.decode(nameAndValue[0], UTF_8).toLowerCase(),
          java.net.URLDecoder.decode(nameAndValue[1], UTF_8));
    }
    parameters.forEach((name, value) -> s.append('\n').append(name).append(':').append(value));
    return s.toString();
  }

  private static String hmac(String base64Key, String stringToSign) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(Base64.getDecoder().decode(base64Key), "HmacSHA256"));
      return Base64.getEncoder().encodeToString(mac.doFinal(stringToSign.getBytes(UTF_8)));
    } catch (java.security.GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }
}

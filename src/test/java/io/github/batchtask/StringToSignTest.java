package io.github.batchtask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.batchtask.auth.SharedKeyCredential;
import io.github.batchtask.auth.TokenCredential;
import io.github.batchtask.sandbox.BatchSandbox;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** After AuthenticationFailed, the exception holds the string the client signed, and no secret. */
class StringToSignTest {
  private static final String KEY = BatchTaskClientTest.KEY;
  private static final String WRONG = "d3Jvbmcta2V5LXdyb25nLWtleS13cm9uZy1rZXkhIQ==";

  @Test void theStringTheClientSignedIsTheOneTheSandboxSignedWhenOnlyTheKeyIsWrong()
      throws Exception {
    try (BatchSandbox sandbox = BatchSandbox.builder().account("acct", KEY).start()) {
      BatchTaskClient client = BatchTaskClient.builder().endpoint(sandbox.url())
          .credential(SharedKeyCredential.of("acct", WRONG)).build();
      BatchServiceException e = assertThrows(BatchServiceException.class,
          () -> client.getTask("job-0000000001", "mytask1", GetTaskOptions.builder()
              .ifUnmodifiedSince(Instant.parse("2030-01-01T00:00:00Z")).build()));
      assertEquals("AuthenticationFailed", e.errorCode());
      String detail = e.values().get("AuthenticationErrorDetail");
      Matcher quoted = Pattern.compile("(?s)signed this string: '(.*)'\\.$").matcher(detail);
      assertTrue(quoted.find(), detail);
      assertEquals(quoted.group(1), e.stringToSign());
      assertTrue(e.stringToSign().startsWith("GET\n"), e.stringToSign());
      assertTrue(e.stringToSign().contains("\nocp-date:"), e.stringToSign());
      assertTrue(e.stringToSign().contains("Tue, 01 Jan 2030 00:00:00 GMT"), e.stringToSign());
      assertTrue(e.stringToSign().endsWith("/acct/jobs/job-0000000001/tasks/mytask1"
          + "\napi-version:" + BatchTaskClient.DEFAULT_API_VERSION), e.stringToSign());
      assertFalse(e.stringToSign().contains(WRONG));
      assertFalse(e.stringToSign().contains("SharedKey"));
      assertFalse(e.toString().contains(e.stringToSign()), "not in the message");
    }
  }

  @Test void noStringForOtherErrorsOrBearerTokens() throws Exception {
    try (BatchSandbox sandbox = BatchSandbox.builder().account("acct", KEY).start()) {
      BatchTaskClient shared = BatchTaskClient.builder().endpoint(sandbox.url())
          .credential(SharedKeyCredential.of("acct", KEY)).build();
      BatchServiceException notFound = assertThrows(BatchServiceException.class,
          () -> shared.getTask("job-0000000001", "nope"));
      assertNull(notFound.stringToSign());
      BatchTaskClient bearer = BatchTaskClient.builder().endpoint(sandbox.url())
          .credential(TokenCredential.of(() -> "secret-token")).build();
      BatchServiceException refused = assertThrows(BatchServiceException.class,
          () -> bearer.getTask("job-0000000001", "mytask1"));
      assertEquals(403, refused.statusCode());
      assertNull(refused.stringToSign());
    }
  }
}

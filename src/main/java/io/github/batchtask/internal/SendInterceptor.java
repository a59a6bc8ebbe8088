package io.github.batchtask.internal;

import io.github.batchtask.auth.BatchCredential;
import io.github.batchtask.auth.SharedKeyCredential;
import io.github.batchtask.auth.TokenCredential;
import io.github.batchtask.json.Redaction;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The last step before the wire, run again for every retry: stamps {@code ocp-date} and the
 * user agent, signs the request as it is sent, and logs it with secrets redacted. Not public
 * API.
 */
public final class SendInterceptor implements Interceptor {
  private static final Logger LOG = System.getLogger("io.github.batchtask");

  private final BatchCredential credential;
  private final String userAgent;
  private final Clock clock;

  public SendInterceptor(BatchCredential credential, String userAgent, Clock clock) {
    this.credential = credential;
    this.userAgent = userAgent;
    this.clock = clock;
  }

  @Override public Response intercept(Chain chain) throws IOException {
    Request request = chain.request().newBuilder()
        .header("User-Agent", userAgent)
        .header("ocp-date", HttpDates.format(clock.instant()))
        .build();
    String authorization;
    if (credential instanceof SharedKeyCredential) {
      authorization = SharedKeySigner.authorization((SharedKeyCredential) credential, request);
    } else {
      String token;
      try {
        token = ((TokenCredential) credential).token();
      } catch (RuntimeException e) {
        throw new IOException("the bearer token source failed: " + e.getMessage(), e);
      }
      authorization = "Bearer " + token;
    }
    request = request.newBuilder().header("Authorization", authorization).build();
    long start = System.nanoTime();
    if (LOG.isLoggable(Level.TRACE)) {
      LOG.log(Level.TRACE, "--> " + request.method() + " " + Redaction.sas(request.url().toString())
          + "\n" + Redaction.headers(request.headers()));
    }
    Response response;
    try {
      response = chain.proceed(request);
    } catch (IOException e) {
      if (LOG.isLoggable(Level.DEBUG)) {
        LOG.log(Level.DEBUG, request.method() + " " + Redaction.sas(request.url().toString())
            + " failed: " + e);
      }
      throw e;
    }
    if (LOG.isLoggable(Level.DEBUG)) {
      LOG.log(Level.DEBUG, request.method() + " " + Redaction.sas(request.url().toString())
          + " -> " + response.code() + " (" + (System.nanoTime() - start) / 1_000_000 + " ms, "
          + "request-id " + response.header("request-id") + ")");
    }
    if (LOG.isLoggable(Level.TRACE)) {
      LOG.log(Level.TRACE, "<-- " + response.code() + "\n" + Redaction.headers(response.headers()));
    }
    return response;
  }
}

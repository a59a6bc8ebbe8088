package io.github.batchtask.bench;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.batchtask.auth.SharedKeyCredential;
import io.github.batchtask.internal.HttpDates;
import io.github.batchtask.internal.SharedKeySigner;
import java.time.Instant;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The same job as {@link ColdStart} with Jackson parsing: OkHttp, the same signing, and Jackson
 * databind into plain classes.
 */
public final class ColdStartJackson {
  private ColdStartJackson() {
  }

  public static void main(String[] args) throws Exception {
    SharedKeyCredential credential = SharedKeyCredential.of(args[1], args[2]);
    ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    OkHttpClient http = new OkHttpClient();
    Request request = new Request.Builder()
        .url(args[0] + "/jobs/job-0000000001/tasks/mytask1?api-version=2017-05-01.5.0")
        .header("ocp-date", HttpDates.format(Instant.now()))
        .build();
    request = request.newBuilder()
        .header("Authorization", SharedKeySigner.authorization(credential, request)).build();
    try (Response response = http.newCall(request).execute()) {
      TaskPojo task = mapper.readValue(response.body().bytes(), TaskPojo.class);
      System.out.println(task.state);
    }
    System.exit(0);
  }
}

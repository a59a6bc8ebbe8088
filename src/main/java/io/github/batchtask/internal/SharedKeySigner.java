package io.github.batchtask.internal;

import io.github.batchtask.auth.SharedKeyCredential;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.RequestBody;

/** The Batch flavour of Shared Key, over the request exactly as it is sent. Not public API. */
public final class SharedKeySigner {
  private static final String[] STANDARD_HEADERS = {
      "Content-Encoding", "Content-Language", "Content-Length", "Content-MD5", "Content-Type",
      "Date", "If-Modified-Since", "If-Match", "If-None-Match", "If-Unmodified-Since", "Range"
  };

  private SharedKeySigner() {
  }

  /** The Authorization header value for {@code request}. */
  public static String authorization(SharedKeyCredential credential, Request request)
      throws IOException {
    return "SharedKey " + credential.accountName() + ":"
        + credential.sign(stringToSign(credential.accountName(), request));
  }

  /**
   * The verb; the standard headers (Content-Length of a GET without body and Date beside
   * ocp-date are empty); the {@code ocp-*} headers sorted; {@code /account/path} and each query
   * parameter, sorted by lower-cased name, name and value decoded once.
   */
  public static String stringToSign(String account, Request request) throws IOException {
    StringBuilder out = new StringBuilder(request.method()).append('\n');
    RequestBody body = request.body();
    boolean ocpDate = request.header("ocp-date") != null;
    for (String name : STANDARD_HEADERS) {
      String value = request.header(name);
      if (name.equals("Content-Length")) {
        long length = body == null ? -1 : body.contentLength();
        value = length > 0 ? Long.toString(length) : "";
      } else if (name.equals("Content-Type") && value == null && body != null
          && body.contentType() != null) {
        value = body.contentType().toString();
      } else if (name.equals("Date") && ocpDate) {
        value = "";
      }
      out.append(value == null ? "" : value).append('\n');
    }
    Map<String, String> ocp = new TreeMap<>();
    for (String name : request.headers().names()) {
      String lower = name.toLowerCase(Locale.ROOT);
      if (lower.startsWith("ocp-")) {
        ocp.put(lower, String.join(",", request.headers(name)).trim()
            .replace("\r\n", " ").replace('\n', ' '));
      }
    }
    for (Map.Entry<String, String> header : ocp.entrySet()) {
      out.append(header.getKey()).append(':').append(header.getValue()).append('\n');
    }
    HttpUrl url = request.url();
    out.append('/').append(account.toLowerCase(Locale.ROOT)).append(url.encodedPath());
    TreeMap<String, List<String>> query = new TreeMap<>();
    for (int i = 0; i < url.querySize(); i++) {
      String value = url.queryParameterValue(i);
      query.computeIfAbsent(url.queryParameterName(i).toLowerCase(Locale.ROOT),
          k -> new ArrayList<>()).add(value == null ? "" : value);
    }
    for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
      out.append('\n').append(parameter.getKey()).append(':')
          .append(String.join(",", parameter.getValue()));
    }
    return out.toString();
  }
}

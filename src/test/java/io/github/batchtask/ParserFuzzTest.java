package io.github.batchtask;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.JsonReader;
import io.github.batchtask.json.JsonByteReader;
import io.github.batchtask.model.BatchError;
import io.github.batchtask.model.BatchTask;
import io.github.batchtask.model.BatchTaskJson;
import io.github.batchtask.model.BatchTaskJsonAdapter;
import io.github.batchtask.testing.JsonTree;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import okio.Buffer;
import okio.ByteString;

/**
 * Coverage-guided fuzzing of what reads service responses (the generated adapters and the
 * error-body reader), seeded with the page's examples.
 * Bad input may only fail with Moshi's documented exceptions (JsonDataException and
 * JsonEncodingException name the JSON path; EOFException is a cut-off body); the error reader
 * never fails and stays bounded. Whatever parses must write back and parse again to an equal
 * value: nothing read is lost; and the compact (fast) and indented (general) writes must be the
 * same document. The Retrofit converter's byte reader must read every input as the Moshi
 * adapter does: the same task or the same exception, message and JSON path included.
 */
class ParserFuzzTest {
  private static final JsonAdapter<BatchTask> TASKS =
      BatchTaskJson.moshi().adapter(BatchTask.class);
  private static final JsonAdapter<BatchError> ERRORS =
      BatchTaskJson.moshi().adapter(BatchError.class);

  /** The bounded run of the normal test suite; {@link ParserLongFuzz} is the long one. */
  @FuzzTest(maxDuration = "30s")
  void parsersFailOnlyWithDocumentedErrors(byte[] input) throws IOException {
    check(input);
  }

  static void check(byte[] input) throws IOException {
    check(TASKS, input);
    check(ERRORS, input);
    sameOnBothReadPaths(input);
    String body = new String(input, StandardCharsets.UTF_8);
    BatchServiceException error = ErrorBodies.exception(503, body, null, "rid", "cid");
    if (error.getMessage().length() > 1300
        || error.bodySnippet().length() > ErrorBodies.SNIPPET_CHARS + 3) {
      throw new AssertionError("unbounded error message: " + error.getMessage().length());
    }
  }

  /**
   * The Retrofit converter's byte reader and the Moshi adapter, each reading {@code input} as a
   * whole response body: the same task, or the same exception (type and message, path included).
   */
  static void sameOnBothReadPaths(byte[] input) {
    Object moshi = outcome(() -> {
      Buffer body = new Buffer().write(input);
      if (body.rangeEquals(0, ByteString.decodeHex("efbbbf"))) {
        body.skip(3); // as Retrofit's Moshi converter does
      }
      JsonReader reader = JsonReader.of(body);
      BatchTask task = TASKS.fromJson(reader);
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        throw new JsonDataException("JSON document was not fully consumed.");
      }
      return task;
    });
    Object bytes = outcome(() -> JsonByteReader.readDocument(input, BatchTaskJsonAdapter::read));
    if (!Objects.equals(moshi, bytes)) {
      throw new AssertionError("the read paths differ:\nmoshi: " + moshi + "\nbytes: " + bytes);
    }
  }

  private interface Read {
    BatchTask read() throws IOException;
  }

  /** The task read (equal tasks hold equal values, unknown properties included), or the error. */
  private static Object outcome(Read read) {
    try {
      return read.read();
    } catch (IOException | RuntimeException e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }

  private static <T> void check(JsonAdapter<T> adapter, byte[] input) throws IOException {
    T value;
    try {
      value = adapter.fromJson(new Buffer().write(input));
    } catch (JsonDataException | JsonEncodingException | EOFException expected) {
      return;
    }
    if (value == null) {
      return;
    }
    String written = adapter.toJson(value);
    T again = adapter.fromJson(written);
    if (!value.equals(again)) {
      throw new AssertionError("lost in a round trip:\n" + value + "\n" + again);
    }
    // The general path writes a lone surrogate in a property name as '?', like Moshi.
    if (!written.toLowerCase(Locale.ROOT).contains("\\ud")) {
      String indented = JsonTree.withoutWhitespace(adapter.indent(" ").toJson(value));
      if (!indented.equals(JsonTree.withoutWhitespace(written))) {
        throw new AssertionError("the write paths differ:\n" + written + "\n" + indented);
      }
    }
    value.toString();
  }
}

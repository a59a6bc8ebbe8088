package io.github.batchtask;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import io.github.batchtask.model.BatchError;
import io.github.batchtask.model.BatchTask;
import io.github.batchtask.model.BatchTaskJson;
import io.github.batchtask.testing.JsonTree;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import okio.Buffer;

/**
 * Coverage-guided fuzzing of what reads service responses (the generated adapters and the
 * error-body reader), seeded with the page's examples.
 * Bad input may only fail with Moshi's documented exceptions (JsonDataException and
 * JsonEncodingException name the JSON path; EOFException is a cut-off body); the error reader
 * never fails and stays bounded. Whatever parses must write back and parse again to an equal
 * value: nothing read is lost; and the compact (fast) and indented (general) writes must be the
 * same document.
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
    String body = new String(input, StandardCharsets.UTF_8);
    BatchServiceException error = ErrorBodies.exception(503, body, null, "rid", "cid");
    if (error.getMessage().length() > 1300
        || error.bodySnippet().length() > ErrorBodies.SNIPPET_CHARS + 3) {
      throw new AssertionError("unbounded error message: " + error.getMessage().length());
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

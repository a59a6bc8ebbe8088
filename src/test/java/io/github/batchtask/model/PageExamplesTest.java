package io.github.batchtask.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.squareup.moshi.JsonAdapter;
import io.github.batchtask.testing.JsonTree;
import io.github.batchtask.testing.ModelListing;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.approvaltests.Approvals;
import org.junit.jupiter.api.Test;

/** The page's documented examples, parsed by the generated adapters: what a user will see. */
class PageExamplesTest {
  private static final JsonAdapter<BatchTask> TASKS = BatchTaskJson.moshi().adapter(BatchTask.class);

  static String read(String relativePath) throws IOException {
    Path base = Path.of(System.getProperty("project.basedir", "."));
    return Files.readString(base.resolve(relativePath), StandardCharsets.UTF_8);
  }

  @Test void completedTaskAsSeenByUsers() throws IOException {
    Approvals.verify(ModelListing.render(TASKS.fromJson(read("spec/examples/completed-task.json"))));
  }

  @Test void multiInstanceTaskAsSeenByUsers() throws IOException {
    Approvals.verify(
        ModelListing.render(TASKS.fromJson(read("spec/examples/multi-instance-task.json"))));
  }

  @Test void taskNotFoundErrorAsSeenByUsers() throws IOException {
    JsonAdapter<BatchError> errors = BatchTaskJson.moshi().adapter(BatchError.class);
    Approvals.verify(
        ModelListing.render(errors.fromJson(read("spec/examples/task-not-found-error.json"))));
  }

  @Test void completedTaskRoundTripsValueForValue() throws IOException {
    assertRoundTrip(read("spec/examples/completed-task.json"));
  }

  @Test void multiInstanceTaskRoundTripsValueForValue() throws IOException {
    assertRoundTrip(read("spec/examples/multi-instance-task.json"));
  }

  @Test void serviceStylePayloadRoundTripsValueForValue() throws IOException {
    assertRoundTrip(read("src/test/resources/payloads/service-style-task.json"));
  }

  @Test void serviceStylePayloadAsSeenByUsers() throws IOException {
    Approvals.verify(ModelListing.render(
        TASKS.fromJson(read("src/test/resources/payloads/service-style-task.json"))));
  }

  @Test void errorRoundTripsValueForValue() throws IOException {
    String json = read("spec/examples/task-not-found-error.json");
    JsonAdapter<BatchError> errors = BatchTaskJson.moshi().adapter(BatchError.class);
    String written = errors.toJson(errors.fromJson(json));
    assertTrue(JsonTree.same(json, written), () -> "expected\n" + json + "\nbut wrote\n" + written);
  }

  @Test void reparsedTaskEqualsTheFirstParse() throws IOException {
    BatchTask first = TASKS.fromJson(read("src/test/resources/payloads/service-style-task.json"));
    BatchTask second = TASKS.fromJson(TASKS.toJson(first));
    assertEquals(first, second);
    assertEquals(first.hashCode(), second.hashCode());
  }

  static void assertRoundTrip(String json) throws IOException {
    String written = TASKS.toJson(TASKS.fromJson(json));
    assertTrue(JsonTree.same(json, written), () -> "expected\n" + json + "\nbut wrote\n" + written);
  }
}

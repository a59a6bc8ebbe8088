package io.github.batchtask.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import io.github.batchtask.testing.JsonTree;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generated adapters write compact JSON through a fast path and everything else (indented
 * output, value trees, overridden nested adapters) through Moshi's JsonWriter; both must write
 * the same document.
 */
class WritePathsTest {
  private final JsonAdapter<BatchTask> tasks = BatchTaskJson.moshi().adapter(BatchTask.class);

  @ParameterizedTest
  @ValueSource(strings = {
      "spec/examples/completed-task.json", "spec/examples/multi-instance-task.json",
      "src/test/resources/payloads/service-style-task.json"})
  void compactOutputIsTheIndentedOutputWithoutWhitespace(String file) throws IOException {
    BatchTask task = tasks.fromJson(PageExamplesTest.read(file));
    String compact = tasks.toJson(task);
    String indented = tasks.indent("  ").toJson(task);
    assertTrue(indented.contains("\n  \""), "the indented write must take the other path");
    // Unknown properties keep the whitespace they came with on both paths.
    assertEquals(JsonTree.withoutWhitespace(indented), JsonTree.withoutWhitespace(compact));
    if (task.unknownProperties().isEmpty()) {
      assertEquals(JsonTree.withoutWhitespace(indented), compact);
    }
  }

  @Test void valueTreesKeepEveryDigitOfAnInt64() throws IOException {
    BatchTask task = BatchTask.builder()
        .stats(TaskStatistics.builder().readIOps(Long.MAX_VALUE).build())
        .build();
    Map<?, ?> tree = (Map<?, ?>) tasks.toJsonValue(task);
    Map<?, ?> stats = (Map<?, ?>) tree.get("stats");
    assertEquals("9223372036854775807", stats.get("readIOps"), "2025-06-01 declares a string");
    BatchTask read = tasks.fromJson("{\"stats\":{\"readIOps\":9223372036854775807}}");
    Map<?, ?> readStats = (Map<?, ?>) ((Map<?, ?>) tasks.toJsonValue(read)).get("stats");
    assertEquals(Long.MAX_VALUE, readStats.get("readIOps"), "a number read stays a number");
  }

  @Test void anOverriddenNestedAdapterIsUsedOnEveryPath() throws IOException {
    JsonAdapter<TaskConstraints> constraints = new JsonAdapter<TaskConstraints>() {
      @Override public TaskConstraints fromJson(JsonReader reader) throws IOException {
        reader.skipValue();
        return TaskConstraints.builder().build();
      }

      @Override public void toJson(JsonWriter writer, TaskConstraints value) throws IOException {
        writer.value("overridden");
      }
    };
    Moshi moshi = new Moshi.Builder()
        .add(TaskConstraints.class, constraints)
        .add(BatchTaskJson.FACTORY)
        .build();
    BatchTask task = BatchTask.builder().id("t")
        .constraints(TaskConstraints.builder().maxTaskRetryCount(3).build())
        .userIdentity(UserIdentity.builder().username("u").build())
        .build();
    String expected = "{\"id\":\"t\",\"constraints\":\"overridden\",\"userIdentity\":{\"username\":\"u\"}}";
    assertEquals(expected, moshi.adapter(BatchTask.class).toJson(task));
    assertEquals(expected, JsonTree.withoutWhitespace(
        moshi.adapter(BatchTask.class).indent(" ").toJson(task)));
  }

  @Test void modelsInsideListsAndMapsAreSeparatedAsMoshiSeparatesValues() throws IOException {
    BatchTask a = BatchTask.builder().id("a").build();
    BatchTask b = BatchTask.builder().id("b").putUnknownProperty("x", "[]").build();
    JsonAdapter<List<BatchTask>> list = BatchTaskJson.moshi().adapter(
        Types.newParameterizedType(List.class, BatchTask.class));
    assertEquals("[{\"id\":\"a\"},null,{\"id\":\"b\",\"x\":[]}]",
        list.toJson(java.util.Arrays.asList(a, null, b)));
    JsonAdapter<Map<String, BatchTask>> map = BatchTaskJson.moshi().adapter(
        Types.newParameterizedType(Map.class, String.class, BatchTask.class));
    Map<String, BatchTask> byName = new LinkedHashMap<>();
    byName.put("first", a);
    byName.put("second", BatchTask.builder().build());
    assertEquals("{\"first\":{\"id\":\"a\"},\"second\":{}}", map.toJson(byName));
  }

  @Test void loneSurrogatesReadFromTheServiceAreWrittenBackOnEveryPath() throws IOException {
    String json = "{\"displayName\":\"a\\ud800b\",\"dependsOn\":{\"taskIds\":[\"\\udfff\"]},"
        + "\"x\":[\"\\ud800\"]}";
    BatchTask task = tasks.fromJson(json);
    assertEquals("a\ud800b", task.displayName());
    assertEquals(json, tasks.toJson(task));
    assertEquals(task, tasks.fromJson(tasks.indent("  ").toJson(task)));
    assertEquals("a\ud800b", ((Map<?, ?>) tasks.toJsonValue(task)).get("displayName"));
  }

  @Test void nonFiniteNumberIsRefusedBeforeAnyByteIsWrittenUnlessLenient() throws IOException {
    BatchTask task = BatchTask.builder().id("t")
        .stats(TaskStatistics.builder().readIOGiB(Double.NaN).build())
        .build();
    Buffer buffer = new Buffer();
    JsonWriter writer = JsonWriter.of(buffer);
    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
        () -> tasks.toJson(writer, task));
    assertEquals("Numeric values must be finite, but was NaN", refused.getMessage());
    assertEquals(0, buffer.size());
    assertThrows(IllegalArgumentException.class, () -> tasks.indent(" ").toJson(task));
    assertEquals("{\"id\":\"t\",\"stats\":{\"readIOGiB\":NaN}}", tasks.lenient().toJson(task));
  }
}

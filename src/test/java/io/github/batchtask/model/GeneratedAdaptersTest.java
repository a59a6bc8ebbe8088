package io.github.batchtask.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.Moshi;
import io.github.batchtask.testing.JsonTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Behaviour of the generated models and adapters on what the real service sends. */
class GeneratedAdaptersTest {
  private final JsonAdapter<BatchTask> tasks = BatchTaskJson.moshi().adapter(BatchTask.class);

  @Test void everyModelIsServedByItsGeneratedAdapterAndEveryEnumByTheRuntimes() throws IOException {
    List<Class<?>> models = modelClasses();
    assertTrue(models.size() >= 37, "found only " + models);
    Moshi plain = new Moshi.Builder().build();
    for (Class<?> model : models) {
      if (model.isEnum()) {
        assertEquals("OpenEnumJsonAdapter(" + model.getSimpleName() + ")",
            BatchTaskJson.moshi().adapter(model).toString(), model.getName());
        continue;
      }
      String expected = "GeneratedJsonAdapter(" + model.getSimpleName() + ")";
      assertEquals(expected, BatchTaskJson.moshi().adapter(model).toString(), model.getName());
      // A plain Moshi finds the same generated adapter through @JsonClass, not ClassJsonAdapter.
      assertTrue(plain.adapter(model).toString().startsWith(expected), model.getName());
    }
  }

  @Test void enumValuesParseIgnoringCase() throws IOException {
    for (String wire : List.of("nonAdmin", "nonadmin", "NonAdmin", "NONADMIN")) {
      BatchTask task = tasks.fromJson(
          "{\"userIdentity\":{\"autoUser\":{\"elevationLevel\":\"" + wire + "\"}}}");
      AutoUserSpecification autoUser = task.userIdentity().autoUser();
      assertEquals(ElevationLevel.NON_ADMIN, autoUser.elevationLevel(), wire);
      assertEquals(wire, autoUser.elevationLevelValue());
    }
  }

  @Test void unknownEnumValueIsKeptAndWrittenBackUnchanged() throws IOException {
    String json = "{\"state\":\"reticulating\",\"previousState\":\"Running\"}";
    BatchTask task = tasks.fromJson(json);
    assertEquals(TaskState.UNRECOGNIZED, task.state());
    assertEquals("reticulating", task.stateValue());
    assertEquals(TaskState.RUNNING, task.previousState());
    assertEquals(json, tasks.toJson(task));
  }

  @Test void unknownEnumInAListIsKept() throws IOException {
    BatchTask task = tasks.fromJson(
        "{\"authenticationTokenSettings\":{\"access\":[\"JOB\",\"reticulating\"]}}");
    assertEquals(List.of(AccessScope.JOB, AccessScope.UNRECOGNIZED),
        task.authenticationTokenSettings().access());
    assertEquals(List.of("JOB", "reticulating"), task.authenticationTokenSettings().accessValues());
    assertEquals("{\"authenticationTokenSettings\":{\"access\":[\"JOB\",\"reticulating\"]}}",
        tasks.toJson(task));
  }

  @Test void unknownPropertiesAreKeptReadOnlyAndWrittenBack() throws IOException {
    String json = "{\"id\":\"t\",\"slotsOfTomorrow\":2,"
        + "\"sidecarSettings\":{\"imageName\":\"ubuntu\",\"opts\":[1,2.50,null,true]}}";
    BatchTask task = tasks.fromJson(json);
    assertEquals("2", task.unknownProperties().get("slotsOfTomorrow"));
    assertEquals("{\"imageName\":\"ubuntu\",\"opts\":[1,2.50,null,true]}",
        task.unknownProperties().get("sidecarSettings"));
    assertThrows(UnsupportedOperationException.class,
        () -> task.unknownProperties().put("x", "1"));
    assertEquals(json, tasks.toJson(task));
  }

  @Test void explicitNullReadsAsAbsent() throws IOException {
    BatchTask task = tasks.fromJson(
        "{\"id\":null,\"creationTime\":null,\"resourceFiles\":null,\"constraints\":null,"
            + "\"state\":null}");
    assertEquals(BatchTask.builder().build(), task);
    assertNull(task.state());
    assertEquals("{}", tasks.toJson(task));
  }

  @Test void emptyObjectParsesWithEverythingAbsent() throws IOException {
    BatchTask task = tasks.fromJson("{}");
    assertNull(task.id());
    assertNull(task.executionInfo());
    assertNull(task.resourceFiles());
    assertTrue(task.unknownProperties().isEmpty());
    assertEquals("{}", tasks.toJson(task));
  }

  @Test void listsAreUnmodifiable() throws IOException {
    BatchTask task = tasks.fromJson("{\"dependsOn\":{\"taskIds\":[\"a\",\"b\"]}}");
    assertThrows(UnsupportedOperationException.class, () -> task.dependsOn().taskIds().add("c"));
    List<String> mine = new java.util.ArrayList<>(List.of("x"));
    TaskDependencies built = TaskDependencies.builder().taskIds(mine).build();
    mine.add("y");
    assertEquals(List.of("x"), built.taskIds());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "2014-09-18T05:06:45Z", "2014-09-18T05:06:45.4Z", "2014-09-18T05:06:45.4878775Z",
      "2014-09-18T05:06:45.123456789Z", "2016-02-29T23:59:59.000000001Z"})
  void dateTimesKeepFullPrecisionAndAreWrittenAsTheServiceWritesThem(String wire)
      throws IOException {
    BatchTask task = tasks.fromJson("{\"creationTime\":\"" + wire + "\"}");
    assertEquals(Instant.parse(wire), task.creationTime());
    assertEquals("{\"creationTime\":\"" + wire + "\"}", tasks.toJson(task));
  }

  @Test void dateTimeWithOffsetIsConvertedToUtc() throws IOException {
    BatchTask task = tasks.fromJson("{\"creationTime\":\"2014-09-18T07:06:45.5+02:00\"}");
    assertEquals(Instant.parse("2014-09-18T05:06:45.5Z"), task.creationTime());
    assertEquals("{\"creationTime\":\"2014-09-18T05:06:45.5Z\"}", tasks.toJson(task));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "PT0S", "PT1H", "P1D", "P1DT2H", "PT4M12.5S", "PT0.0000001S", "-PT1H30M", "-P2DT3M",
      "P10675199DT2H48M5.4775807S"})
  void durationsAreWrittenAsTheServiceWritesThem(String wire) throws IOException {
    BatchTask task = tasks.fromJson("{\"constraints\":{\"retentionTime\":\"" + wire + "\"}}");
    assertEquals(Duration.parse(wire), task.constraints().retentionTime());
    assertEquals("{\"constraints\":{\"retentionTime\":\"" + wire + "\"}}", tasks.toJson(task));
  }

  @Test void dotNetMaximumDurationMeansUnlimited() throws IOException {
    BatchTask task = tasks.fromJson(
        "{\"constraints\":{\"maxWallClockTime\":\"P10675199DT2H48M5.4775807S\"}}");
    assertEquals(Duration.ofSeconds(922_337_203_685L, 477_580_700L),
        task.constraints().maxWallClockTime());
  }

  @Test void malformedDateTimeNamesTheJsonPath() {
    JsonDataException e = assertThrows(JsonDataException.class, () -> tasks.fromJson(
        "{\"executionInfo\":{\"startTime\":\"2014-02-30T00:00:00Z\"}}"));
    assertTrue(e.getMessage().contains("$.executionInfo.startTime"), e.getMessage());
    assertTrue(e.getMessage().contains("2014-02-30T00:00:00Z"), e.getMessage());
  }

  @Test void malformedDurationNamesTheJsonPath() {
    JsonDataException e = assertThrows(JsonDataException.class, () -> tasks.fromJson(
        "{\"stats\":{\"waitTime\":\"one hour\"}}"));
    assertTrue(e.getMessage().contains("$.stats.waitTime"), e.getMessage());
  }

  @Test void int32OverflowIsAnErrorNamingThePath() {
    JsonDataException e = assertThrows(JsonDataException.class, () -> tasks.fromJson(
        "{\"executionInfo\":{\"exitCode\":2147483648}}"));
    assertTrue(e.getMessage().contains("$.executionInfo.exitCode"), e.getMessage());
  }

  @Test void int64KeepsEveryDigit() throws IOException {
    String json = "{\"stats\":{\"readIOps\":9007199254740993}}";
    BatchTask task = tasks.fromJson(json);
    assertEquals(9_007_199_254_740_993L, task.stats().readIOps());
    assertEquals(json, tasks.toJson(task));
  }

  @Test void wrongShapeIsADataErrorWithPath() {
    JsonDataException e = assertThrows(JsonDataException.class,
        () -> tasks.fromJson("{\"resourceFiles\":{\"blobSource\":\"x\"}}"));
    assertTrue(e.getMessage().contains("$.resourceFiles"), e.getMessage());
  }

  @Test void cutOffBodyIsAnEncodingOrEofError() {
    Exception e = assertThrows(Exception.class, () -> tasks.fromJson("{\"id\":\"mytask1\",\"url"));
    assertTrue(e instanceof JsonEncodingException || e instanceof java.io.EOFException,
        e.toString());
  }

  @Test void javaKeywordPropertyKeepsItsWireName() throws IOException {
    String json = "{\"exitConditions\":{\"default\":{\"jobAction\":\"terminate\"}}}";
    BatchTask task = tasks.fromJson(json);
    assertEquals(JobAction.TERMINATE, task.exitConditions().defaultExitOptions().jobAction());
    assertEquals(json, tasks.toJson(task));
  }

  @Test void toStringRedactsSasSignaturesEverywhere() throws IOException {
    BatchTask task = tasks.fromJson(PageExamplesTest.read(
        "src/test/resources/payloads/service-style-task.json"));
    String text = task.toString();
    for (String secret : List.of("c2VjcmV0LXNpZ25hdHVyZQ", "d3JpdGUtc2ln", "YW5vdGhlcg")) {
      assertFalse(text.contains(secret), secret + " leaked in " + text);
    }
    assertTrue(text.contains("sig=REDACTED"), text);
    BatchTask page = tasks.fromJson(PageExamplesTest.read("spec/examples/completed-task.json"));
    assertFalse(page.toString().contains("SzBm0wi8xECuGkKw97wnkSZ"), page.toString());
  }

  @Test void builderSettingUnrecognizedEnumIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> BatchTask.builder().state(TaskState.UNRECOGNIZED));
    assertTrue(e.getMessage().contains("state"), e.getMessage());
  }

  @Test void toBuilderCopiesEverythingIncludingUnknownProperties() throws IOException {
    BatchTask task = tasks.fromJson("{\"id\":\"a\",\"x-new\":[1]}");
    BatchTask copy = task.toBuilder().displayName("b").build();
    assertEquals("a", copy.id());
    assertEquals("b", copy.displayName());
    assertEquals("[1]", copy.unknownProperties().get("x-new"));
    assertFalse(task.equals(copy));
  }

  @Test void malformedUnknownPropertyIsRefusedWithItsPath() throws IOException {
    // Moshi's nextSource() finds where a value ends without checking what is inside it.
    String json = "{\"future\":[{\"a\":\"x\" \"b\":1}],\"id\":\"t\"}";
    JsonEncodingException e = assertThrows(JsonEncodingException.class, () -> tasks.fromJson(json));
    assertEquals("Malformed JSON at path $.future", e.getMessage());
    // A lenient reader keeps what Moshi accepts leniently, and refuses what it does not.
    assertThrows(JsonEncodingException.class, () -> tasks.lenient().fromJson(json));
    BatchTask lenient = tasks.lenient().fromJson("{\"future\":[{'a':'x'; b=1}],\"id\":\"t\"}");
    assertEquals("[{'a':'x'; b=1}]", lenient.unknownProperties().get("future"));
  }

  @Test void deepUnknownPropertyIsRefusedByALenientReaderToo() {
    // A single-quoted string holding a double quote once hid the nesting from the depth count.
    String json = "{\"x\":['\"', " + "[".repeat(400) + "]".repeat(400) + "]}";
    JsonDataException e = assertThrows(JsonDataException.class,
        () -> tasks.lenient().fromJson(json));
    assertTrue(e.getMessage().contains("Nesting too deep") && e.getMessage().contains("$.x"),
        e.getMessage());
  }

  @Test void putUnknownPropertyRefusesInvalidJson() {
    assertThrows(IllegalArgumentException.class,
        () -> BatchTask.builder().putUnknownProperty("x", "{not json"));
    assertThrows(IllegalArgumentException.class,
        () -> BatchTask.builder().putUnknownProperty("x", "1 2"));
    assertThrows(IllegalArgumentException.class,
        () -> BatchTask.builder().putUnknownProperty("x", "\"bad \\x escape\""));
    assertThrows(IllegalArgumentException.class,
        () -> BatchTask.builder().putUnknownProperty("x", "[".repeat(300) + "]".repeat(300)));
  }

  @Test void writtenJsonOfTheServicePayloadIsTheSameDocument() throws IOException {
    String json = PageExamplesTest.read("src/test/resources/payloads/service-style-task.json");
    assertTrue(JsonTree.same(json, tasks.toJson(tasks.fromJson(json))));
    assertFalse(JsonTree.same(json, json.replace("9007199254740993", "9007199254740992")),
        "the comparison must see a change in the last digit of an int64");
  }

  private static List<Class<?>> modelClasses() throws IOException {
    Path dir = Path.of(System.getProperty("project.basedir", "."))
        .resolve("generated-client/src/main/java/io/github/batchtask/model");
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".java") && !n.endsWith("JsonAdapter.java"))
          .filter(n -> !n.equals("BatchTaskJson.java"))
          .sorted()
          .map(n -> load("io.github.batchtask.model." + n.substring(0, n.length() - 5)))
          .collect(java.util.stream.Collectors.toList());
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }
}

package io.github.batchtask.bench;

import com.alibaba.fastjson2.JSON;
import com.dslplatform.json.DslJson;
import com.dslplatform.json.runtime.Settings;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;
import com.microsoft.azure.batch.protocol.models.CloudTask;
import com.microsoft.rest.serializer.JacksonAdapter;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import io.github.batchtask.model.BatchTask;
import io.github.batchtask.json.JsonByteReader;
import io.github.batchtask.model.BatchTaskJson;
import io.github.batchtask.model.BatchTaskJsonAdapter;
import io.github.batchtask.model.ResourceFile;
import io.github.batchtask.testing.JsonTree;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import okio.Buffer;

/**
 * The contenders, each set up once at its best, and the checks that they all read (and write)
 * the same values: a projection through our typed accessors, and for the peers' objects the whole
 * tree of values they hold.
 */
final class Contenders {
  final byte[] payload;
  final JsonAdapter<BatchTask> ours = BatchTaskJson.moshi().adapter(BatchTask.class);
  final ObjectMapper jackson = new ObjectMapper().registerModule(new JavaTimeModule())
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .setSerializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL);
  final JsonAdapter<TaskPojo> moshiReflective = new Moshi.Builder()
      .add(Instant.class, new JsonAdapter<Instant>() {
        @Override public Instant fromJson(JsonReader reader) throws IOException {
          return Instant.parse(reader.nextString());
        }

        @Override public void toJson(JsonWriter writer, Instant value) throws IOException {
          writer.value(value.toString());
        }
      }.nullSafe())
      .add(Duration.class, new JsonAdapter<Duration>() {
        @Override public Duration fromJson(JsonReader reader) throws IOException {
          return Duration.parse(reader.nextString());
        }

        @Override public void toJson(JsonWriter writer, Duration value) throws IOException {
          writer.value(value.toString());
        }
      }.nullSafe())
      .build().adapter(TaskPojo.class);
  /** Jackson with Blackbird, which replaces reflection with generated lambdas. */
  final ObjectMapper jacksonBlackbird = jackson.copy().registerModule(new BlackbirdModule());
  /** dsl-json, reflective (its runtime analysis of {@link TaskPojo}). */
  final DslJson<Object> dslJson = new DslJson<>(Settings.withRuntime().includeServiceLoader());
  /** dsl-json with only the converters its annotation processor wrote for DslTaskPojo. */
  final DslJson<Object> dslJsonCompiled = new DslJson<>(new DslJson.Settings<>()
      .includeServiceLoader().skipDefaultValues(true));
  /** dsl-json's reader and writer, reused from call to call as its documentation advises. */
  private final com.dslplatform.json.JsonReader<Object> dslReader = dslJsonCompiled.newReader();
  private final com.dslplatform.json.JsonWriter dslWriter = dslJsonCompiled.newWriter();
  final ObjectMapper legacy = new JacksonAdapter().serializer();

  /**
   * The page's completed-task example, or the file {@code -Dbench.payload} names; without its
   * whitespace with {@code -Dbench.compact=true}.
   */
  Contenders() {
    this(pageExample());
  }

  Contenders(byte[] payload) {
    this.payload = payload;
    dslJson.registerReader(Instant.class, r -> r.wasNull() ? null : Instant.parse(r.readString()));
    dslJson.registerWriter(Instant.class, (w, v) -> {
      if (v == null) {
        w.writeNull();
      } else {
        w.writeString(v.toString());
      }
    });
    dslJson.registerReader(Duration.class,
        r -> r.wasNull() ? null : Duration.parse(r.readString()));
    dslJson.registerWriter(Duration.class, (w, v) -> {
      if (v == null) {
        w.writeNull();
      } else {
        w.writeString(v.toString());
      }
    });
  }

  private static byte[] pageExample() {
    String path = System.getProperty("bench.payload", "spec/examples/completed-task.json");
    byte[] json;
    try {
      json = Files.readAllBytes(Path.of(path));
    } catch (IOException e) {
      throw new UncheckedIOException("run from the repository root, or set -Dbench.payload", e);
    }
    if (!Boolean.getBoolean("bench.compact")) {
      return json;
    }
    // Without whitespace between tokens, as the service writes it.
    return JsonTree.withoutWhitespace(new String(json, StandardCharsets.UTF_8))
        .getBytes(StandardCharsets.UTF_8);
  }

  /**
   * As the client's Retrofit converter reads a task: the body's bytes straight into the model
   * (the converter first takes the bytes out of the buffered body; the peers, too, are handed
   * the byte array).
   */
  BatchTask ours() throws IOException {
    return JsonByteReader.readDocument(payload, BatchTaskJsonAdapter::read);
  }

  /**
   * The generated Moshi adapters, for users who compose with their own Moshi, as Retrofit's
   * Moshi converter runs them: the body buffered, read, checked to end, then closed.
   */
  BatchTask oursMoshi() throws IOException {
    Buffer body = new Buffer().write(payload);
    JsonReader reader = JsonReader.of(body);
    BatchTask task = ours.fromJson(reader);
    if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
      throw new IOException("JSON document was not fully consumed.");
    }
    body.clear();
    return task;
  }

  TaskPojo jackson() throws IOException {
    return jackson.readValue(payload, TaskPojo.class);
  }

  TaskPojo jacksonBlackbird() throws IOException {
    return jacksonBlackbird.readValue(payload, TaskPojo.class);
  }

  TaskPojo fastjson2() {
    return JSON.parseObject(payload, TaskPojo.class);
  }

  DslTaskPojo dslJsonCompiled() throws IOException {
    dslReader.process(payload, payload.length);
    return dslReader.next(DslTaskPojo.class);
  }

  TaskPojo moshiReflective() throws IOException {
    return moshiReflective.fromJson(new Buffer().write(payload));
  }

  TaskPojo dslJson() throws IOException {
    return dslJson.deserialize(TaskPojo.class, payload, payload.length);
  }

  CloudTask legacy() throws IOException {
    return legacy.readValue(payload, CloudTask.class);
  }

  byte[] writeOurs(BatchTask task) throws IOException {
    Buffer buffer = new Buffer();
    ours.toJson(buffer, task);
    return buffer.readByteArray();
  }

  byte[] writeJackson(TaskPojo task) throws IOException {
    return jackson.writeValueAsBytes(task);
  }

  byte[] writeJacksonBlackbird(TaskPojo task) throws IOException {
    return jacksonBlackbird.writeValueAsBytes(task);
  }

  byte[] writeFastjson2(TaskPojo task) {
    return JSON.toJSONBytes(task);
  }

  byte[] writeDslJsonCompiled(DslTaskPojo task) throws IOException {
    dslWriter.reset();
    dslJsonCompiled.serialize(dslWriter, task);
    return dslWriter.toByteArray();
  }

  byte[] writeMoshiReflective(TaskPojo task) throws IOException {
    Buffer buffer = new Buffer();
    moshiReflective.toJson(buffer, task);
    return buffer.readByteArray();
  }

  byte[] writeDslJson(TaskPojo task) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
    dslJson.serialize(task, out);
    return out.toByteArray();
  }

  byte[] writeLegacy(CloudTask task) throws IOException {
    return legacy.writeValueAsBytes(task);
  }

  /** What a user would look at, at full precision. */
  static String projection(BatchTask t) {
    return projection(t, false);
  }

  /** Instants and durations to milliseconds if {@code millis}, as the Joda-based SDK keeps them. */
  private static String projection(BatchTask t, boolean millis) {
    UnaryOperator<Instant> instant = millis ? i -> i.truncatedTo(ChronoUnit.MILLIS) : i -> i;
    UnaryOperator<Duration> duration = millis ? d -> d.truncatedTo(ChronoUnit.MILLIS) : d -> d;
    return String.join("|", t.id(), t.stateValue(), instant.apply(t.creationTime()).toString(),
        instant.apply(t.lastModified()).toString(),
        instant.apply(t.stateTransitionTime()).toString(),
        instant.apply(t.previousStateTransitionTime()).toString(),
        instant.apply(t.executionInfo().startTime()).toString(),
        instant.apply(t.executionInfo().endTime()).toString(),
        String.valueOf(t.executionInfo().exitCode()),
        duration.apply(t.constraints().maxWallClockTime()).toString(),
        duration.apply(t.constraints().retentionTime()).toString(),
        t.resourceFiles().stream().map(ResourceFile::filePath).collect(Collectors.joining(",")),
        t.nodeInfo().nodeId(), t.userIdentity().autoUser().elevationLevelValue());
  }

  static String projection(TaskPojo t) {
    return String.join("|", t.id, t.state, t.creationTime.toString(), t.lastModified.toString(),
        t.stateTransitionTime.toString(), t.previousStateTransitionTime.toString(),
        t.executionInfo.startTime.toString(), t.executionInfo.endTime.toString(),
        String.valueOf(t.executionInfo.exitCode), t.constraints.maxWallClockTime.toString(),
        t.constraints.retentionTime.toString(),
        t.resourceFiles.stream().map(f -> f.filePath).collect(Collectors.joining(",")),
        t.nodeInfo.nodeId, t.userIdentity.autoUser.elevationLevel);
  }

  /**
   * The legacy SDK keeps milliseconds (Joda date-times and periods, the periods compared as
   * durations of 24-hour days) and writes its enums in lower case: compared at that precision.
   */
  static String projection(CloudTask t) {
    return String.join("|", t.id(), t.state().toString(), instant(t.creationTime()),
        instant(t.lastModified()), instant(t.stateTransitionTime()),
        instant(t.previousStateTransitionTime()), instant(t.executionInfo().startTime()),
        instant(t.executionInfo().endTime()), String.valueOf(t.executionInfo().exitCode()),
        duration(t.constraints().maxWallClockTime()), duration(t.constraints().retentionTime()),
        t.resourceFiles().stream().map(f -> f.filePath()).collect(Collectors.joining(",")),
        t.nodeInfo().nodeId(), t.userIdentity().autoUser().elevationLevel().toString())
        .toLowerCase();
  }

  private static String instant(org.joda.time.DateTime time) {
    return Instant.ofEpochMilli(time.getMillis()).toString();
  }

  private static String duration(org.joda.time.Period period) {
    return Duration.ofMillis(period.toStandardDuration().getMillis()).toString();
  }

  static String legacyProjection(BatchTask t) {
    return projection(t, true).toLowerCase();
  }

  /** Every value a peer's objects hold, as Jackson sees them (Jackson reads the reference). */
  JsonNode tree(Object pojo) {
    return jackson.valueToTree(pojo);
  }

  /** What our model holds, typed or kept raw, as Jackson reads it back into the peers' shape. */
  JsonNode treeOfOurs(BatchTask task) throws IOException {
    return tree(jackson.readValue(writeOurs(task), TaskPojo.class));
  }

  /** Fails loudly unless every contender read the same values. */
  void checkAgreement() throws IOException {
    BatchTask ours = ours();
    check("batchTaskClient (byte reader and Moshi adapters)", oursMoshi(), ours);
    TaskPojo reference = jackson();
    check("batchTaskClient", projection(reference), projection(ours));
    JsonNode expected = tree(reference);
    check("batchTaskClient (all values)", expected, treeOfOurs(ours));
    check("jacksonBlackbird", expected, tree(jacksonBlackbird()));
    check("fastjson2", expected, tree(fastjson2()));
    check("dslJsonCompiled", expected, tree(dslJsonCompiled()));
    check("dslJson", expected, tree(dslJson()));
    check("moshiReflective", expected, tree(moshiReflective()));
    // The legacy SDK keeps milliseconds and writes its enums in lower case.
    check("azureBatchLegacy", legacyProjection(ours), projection(legacy()));
  }

  /** Each writer's output must read back to the same values. */
  void checkWrites(BatchTask task, TaskPojo pojo, DslTaskPojo dslPojo, CloudTask cloudTask)
      throws IOException {
    check("batchTaskClient write", task, ours.fromJson(new Buffer().write(writeOurs(task))));
    JsonNode expected = tree(pojo);
    check("batchTaskClient write (all values)", expected, treeOfOurs(task));
    check("jackson write", expected, readBack(writeJackson(pojo)));
    check("jacksonBlackbird write", expected, readBack(writeJacksonBlackbird(pojo)));
    check("fastjson2 write", expected, readBack(writeFastjson2(pojo)));
    check("dslJsonCompiled write", expected, readBack(writeDslJsonCompiled(dslPojo)));
    check("dslJson write", expected, readBack(writeDslJson(pojo)));
    check("moshiReflective write", expected, readBack(writeMoshiReflective(pojo)));
    check("azureBatchLegacy write", legacyProjection(task),
        projection(legacy.readValue(writeLegacy(cloudTask), CloudTask.class)));
  }

  private JsonNode readBack(byte[] json) throws IOException {
    return tree(jackson.readValue(json, TaskPojo.class));
  }

  private static void check(String who, Object expected, Object actual) {
    if (!expected.equals(actual)) {
      throw new IllegalStateException(who + " read other values:\n  " + actual + "\nexpected\n  "
          + expected);
    }
  }
}

package io.github.batchtask.bench;

import com.dslplatform.json.DslJson;
import com.dslplatform.json.runtime.Settings;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.microsoft.azure.batch.protocol.models.CloudTask;
import com.microsoft.rest.serializer.JacksonAdapter;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import io.github.batchtask.model.BatchTask;
import io.github.batchtask.model.BatchTaskJson;
import io.github.batchtask.model.ResourceFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Collectors;
import okio.Buffer;

/** The contenders, set up once, and a projection of what each read, to check they agree. */
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
  final DslJson<Object> dslJson = new DslJson<>(Settings.withRuntime().includeServiceLoader());
  final ObjectMapper legacy = new JacksonAdapter().serializer();

  Contenders() {
    String path = System.getProperty("bench.payload", "spec/examples/completed-task.json");
    try {
      payload = Files.readAllBytes(Path.of(path));
    } catch (IOException e) {
      throw new UncheckedIOException("run from the repository root, or set -Dbench.payload", e);
    }
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

  /**
   * As the client runs it: the body buffered whole, read by Retrofit's Moshi converter (which
   * also checks that the document ends), then closed, which hands the buffer's memory back.
   */
  BatchTask ours() throws IOException {
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

  /** What a user would look at, at full precision; {@code millis} for the Joda-based SDK. */
  static String projection(BatchTask t) {
    return String.join("|", t.id(), t.stateValue(), t.creationTime().toString(),
        t.lastModified().toString(), t.stateTransitionTime().toString(),
        t.previousStateTransitionTime().toString(), t.executionInfo().startTime().toString(),
        t.executionInfo().endTime().toString(), String.valueOf(t.executionInfo().exitCode()),
        t.constraints().maxWallClockTime().toString(), t.constraints().retentionTime().toString(),
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

  /** The legacy SDK keeps milliseconds (Joda) and periods: compared at that precision. */
  static String projection(CloudTask t) {
    return String.join("|", t.id(), t.state().toString(), t.creationTime().toString(),
        t.lastModified().toString(), t.stateTransitionTime().toString(),
        t.previousStateTransitionTime().toString(), t.executionInfo().startTime().toString(),
        t.executionInfo().endTime().toString(), String.valueOf(t.executionInfo().exitCode()),
        t.constraints().maxWallClockTime().toString(), t.constraints().retentionTime().toString(),
        t.resourceFiles().stream().map(f -> f.filePath()).collect(Collectors.joining(",")),
        t.nodeInfo().nodeId(), t.userIdentity().autoUser().elevationLevel().toString());
  }

  static String millis(String projection) {
    return projection.replaceAll("(\\.\\d{3})\\d*Z", "$1Z").replaceAll("T(\\d{2}:\\d{2}:\\d{2})Z",
        "T$1.000Z");
  }

  /** Fails loudly unless every contender read the same values. */
  void checkAgreement() throws IOException {
    String expected = projection(ours());
    check("jackson", expected, projection(jackson()));
    check("moshiReflective", expected, projection(moshiReflective()));
    check("dslJson", expected, projection(dslJson()));
    // The legacy SDK keeps milliseconds and writes its enums in lower case.
    check("azureBatchLegacy", millis(expected).toLowerCase(),
        millis(projection(legacy())).toLowerCase());
  }

  /** Each writer's output must read back to the same values. */
  void checkWrites(BatchTask task, TaskPojo pojo, CloudTask cloudTask) throws IOException {
    String expected = projection(task);
    check("batchTaskClient write", expected,
        projection(ours.fromJson(new Buffer().write(writeOurs(task)))));
    check("jackson write", expected,
        projection(jackson.readValue(writeJackson(pojo), TaskPojo.class)));
    check("moshiReflective write", expected,
        projection(moshiReflective.fromJson(new Buffer().write(writeMoshiReflective(pojo)))));
    byte[] dsl = writeDslJson(pojo);
    check("dslJson write", expected, projection(dslJson.deserialize(TaskPojo.class, dsl,
        dsl.length)));
    check("azureBatchLegacy write", millis(expected).toLowerCase(),
        millis(projection(legacy.readValue(writeLegacy(cloudTask), CloudTask.class)))
            .toLowerCase());
  }

  private static void check(String who, String expected, String actual) {
    if (!expected.equals(actual)) {
      throw new IllegalStateException(who + " read other values:\n  " + actual + "\nexpected\n  "
          + expected);
    }
  }
}

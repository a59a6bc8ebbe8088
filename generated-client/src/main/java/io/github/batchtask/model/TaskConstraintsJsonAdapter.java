// Generated from spec/batch-task.yaml by the templates in templates/. Do not edit.

package io.github.batchtask.model;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import io.github.batchtask.json.Json;
import io.github.batchtask.json.JsonByteReader;
import io.github.batchtask.json.JsonByteWriter;
import io.github.batchtask.json.JsonName;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;

/**
 * Streams {@link TaskConstraints} to and from JSON without reflection,
 * keeping the properties it does not know. Compact output to Moshi's UTF-8 writer takes a faster
 * path of pre-encoded names and byte-level escaping that writes the same bytes; {@link #read}
 * reads the same values straight from UTF-8 bytes.
 */
public final class TaskConstraintsJsonAdapter extends JsonAdapter<TaskConstraints> {
  /** The wire names of the properties; {@link #NAMES} matches them by their index here. */
  private static final String[] WIRE_NAMES = {
      "maxWallClockTime",
      "maxTaskRetryCount",
      "retentionTime",
  };
  private static final JsonReader.Options NAMES = JsonReader.Options.of(WIRE_NAMES);
  private static final JsonByteReader.Names READ_NAMES = JsonByteReader.Names.of(WIRE_NAMES);
  private static final JsonName MAX_WALL_CLOCK_TIME = JsonName.of("maxWallClockTime");
  private static final JsonName MAX_TASK_RETRY_COUNT = JsonName.of("maxTaskRetryCount");
  private static final JsonName RETENTION_TIME = JsonName.of("retentionTime");
  /** Whether every nested model is written by its generated adapter, so the fast path applies. */
  final boolean direct;

  public TaskConstraintsJsonAdapter(Moshi moshi) {
    this.direct = true;
  }

  @Override public TaskConstraints fromJson(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    TaskConstraints.Builder builder = TaskConstraints.builder();
    reader.beginObject();
    while (reader.hasNext()) {
      int index = reader.selectName(NAMES);
      // The very string instances of WIRE_NAMES: hash codes cached, equals by identity.
      switch (index < 0 ? "" : WIRE_NAMES[index]) {
        case "maxWallClockTime":
          builder.maxWallClockTime(Json.readDuration(reader));
          break;
        case "maxTaskRetryCount":
          builder.maxTaskRetryCount(Json.readInt(reader));
          break;
        case "retentionTime":
          builder.retentionTime(Json.readDuration(reader));
          break;
        default:
          builder.putReadUnknownProperty(reader.nextName(), Json.readRaw(reader));
      }
    }
    reader.endObject();
    return builder.build();
  }

  /**
   * Reads what {@link #fromJson} reads, with the same errors, straight from UTF-8 bytes: the
   * Retrofit converter's path. Nested models are read by their generated adapters.
   */
  public static TaskConstraints read(JsonByteReader in) throws IOException {
    if (in.nextNull()) {
      return null;
    }
    in.beginObject();
    // Each property is looked for first where the model puts it, its name compared in place;
    // the loop reads the rest (another order, unknown or escaped names) as it comes.
    Duration maxWallClockTime = in.nextNameIs(MAX_WALL_CLOCK_TIME) ? in.readDuration() : null;
    Integer maxTaskRetryCount = in.nextNameIs(MAX_TASK_RETRY_COUNT) ? in.readInt() : null;
    Duration retentionTime = in.nextNameIs(RETENTION_TIME) ? in.readDuration() : null;
    Map<String, String> unknownProperties = null;
    while (in.hasNext()) {
      // A known name comes back as its one JsonName, the constant above: compared by identity.
      JsonName next = in.nextKnownName(READ_NAMES);
      if (next == null) {
        unknownProperties = in.readUnknownProperty(unknownProperties);
      } else if (next == MAX_WALL_CLOCK_TIME) {
        maxWallClockTime = in.readDuration();
      } else if (next == MAX_TASK_RETRY_COUNT) {
        maxTaskRetryCount = in.readInt();
      } else if (next == RETENTION_TIME) {
        retentionTime = in.readDuration();
      }
    }
    in.endObject();
    return new TaskConstraints(
        maxWallClockTime,
        maxTaskRetryCount,
        retentionTime,
        unknownProperties);
  }

  @Override public void toJson(JsonWriter writer, TaskConstraints value) throws IOException {
    if (value == null) {
      writer.nullValue();
      return;
    }
    if (direct && JsonByteWriter.canStandIn(writer)) {
      JsonByteWriter out = new JsonByteWriter(writer.isLenient());
      write(out, value);
      out.writeTo(writer);
      return;
    }
    writer.beginObject();
    if (value.maxWallClockTime() != null) {
      writer.name("maxWallClockTime");
      Json.writeDuration(writer, value.maxWallClockTime());
    }
    if (value.maxTaskRetryCount() != null) {
      writer.name("maxTaskRetryCount");
      Json.writeInt(writer, value.maxTaskRetryCount());
    }
    if (value.retentionTime() != null) {
      writer.name("retentionTime");
      Json.writeDuration(writer, value.retentionTime());
    }
    Json.writeRaw(writer, value.unknownProperties());
    writer.endObject();
  }

  /** Writes {@code value} compactly; nested models go through their generated adapters. */
  static void write(JsonByteWriter out, TaskConstraints value) {
    out.beginObject();
    if (value.maxWallClockTime() != null) {
      out.name(MAX_WALL_CLOCK_TIME);
      out.writeDuration(value.maxWallClockTime());
    }
    if (value.maxTaskRetryCount() != null) {
      out.name(MAX_TASK_RETRY_COUNT);
      out.writeInt(value.maxTaskRetryCount());
    }
    if (value.retentionTime() != null) {
      out.name(RETENTION_TIME);
      out.writeDuration(value.retentionTime());
    }
    out.unknownProperties(value.unknownProperties());
    out.endObject();
  }

  @Override public String toString() {
    return "GeneratedJsonAdapter(TaskConstraints)";
  }
}

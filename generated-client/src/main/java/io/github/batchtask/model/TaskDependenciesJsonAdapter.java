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
import java.util.List;
import java.util.Map;

/**
 * Streams {@link TaskDependencies} to and from JSON without reflection,
 * keeping the properties it does not know. Compact output to Moshi's UTF-8 writer takes a faster
 * path of pre-encoded names and byte-level escaping that writes the same bytes; {@link #read}
 * reads the same values straight from UTF-8 bytes.
 */
public final class TaskDependenciesJsonAdapter extends JsonAdapter<TaskDependencies> {
  /** The wire names of the properties; {@link #NAMES} matches them by their index here. */
  private static final String[] WIRE_NAMES = {
      "taskIds",
      "taskIdRanges",
  };
  private static final JsonReader.Options NAMES = JsonReader.Options.of(WIRE_NAMES);
  private static final JsonByteReader.Names READ_NAMES = JsonByteReader.Names.of(WIRE_NAMES);
  private static final JsonName TASK_IDS = JsonName.of("taskIds");
  private static final JsonName TASK_ID_RANGES = JsonName.of("taskIdRanges");
  private final JsonAdapter<TaskIdRange> taskIdRangeAdapter;
  /** Whether every nested model is written by its generated adapter, so the fast path applies. */
  final boolean direct;

  public TaskDependenciesJsonAdapter(Moshi moshi) {
    this.taskIdRangeAdapter = moshi.adapter(TaskIdRange.class);
    boolean direct = true;
    direct &= taskIdRangeAdapter
        instanceof TaskIdRangeJsonAdapter generated && generated.direct;
    this.direct = direct;
  }

  @Override public TaskDependencies fromJson(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    TaskDependencies.Builder builder = TaskDependencies.builder();
    reader.beginObject();
    while (reader.hasNext()) {
      int index = reader.selectName(NAMES);
      // The very string instances of WIRE_NAMES: hash codes cached, equals by identity.
      switch (index < 0 ? "" : WIRE_NAMES[index]) {
        case "taskIds":
          builder.taskIds(Json.readList(reader,
              Json::readString));
          break;
        case "taskIdRanges":
          builder.taskIdRanges(Json.readList(reader,
              taskIdRangeAdapter::fromJson));
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
  public static TaskDependencies read(JsonByteReader in) throws IOException {
    if (in.nextNull()) {
      return null;
    }
    in.beginObject();
    // Each property is looked for first where the model puts it, its name compared in place;
    // the loop reads the rest (another order, unknown or escaped names) as it comes.
    List<String> taskIds = in.nextNameIs(TASK_IDS) ? in.readList(JsonByteReader::readString) : null;
    List<TaskIdRange> taskIdRanges =
        in.nextNameIs(TASK_ID_RANGES) ? in.readList(TaskIdRangeJsonAdapter::read) : null;
    Map<String, String> unknownProperties = null;
    while (in.hasNext()) {
      // A known name comes back as its one JsonName, the constant above: compared by identity.
      JsonName next = in.nextKnownName(READ_NAMES);
      if (next == null) {
        unknownProperties = in.readUnknownProperty(unknownProperties);
      } else if (next == TASK_IDS) {
        taskIds = in.readList(JsonByteReader::readString);
      } else if (next == TASK_ID_RANGES) {
        taskIdRanges = in.readList(TaskIdRangeJsonAdapter::read);
      }
    }
    in.endObject();
    return new TaskDependencies(
        taskIds,
        taskIdRanges,
        unknownProperties);
  }

  @Override public void toJson(JsonWriter writer, TaskDependencies value) throws IOException {
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
    if (value.taskIds() != null) {
      writer.name("taskIds");
      Json.writeList(writer, value.taskIds(),
          Json::writeString);
    }
    if (value.taskIdRanges() != null) {
      writer.name("taskIdRanges");
      Json.writeList(writer, value.taskIdRanges(),
          taskIdRangeAdapter::toJson);
    }
    Json.writeRaw(writer, value.unknownProperties());
    writer.endObject();
  }

  /** Writes {@code value} compactly; nested models go through their generated adapters. */
  static void write(JsonByteWriter out, TaskDependencies value) {
    out.beginObject();
    if (value.taskIds() != null) {
      out.name(TASK_IDS);
      out.beginArray();
      for (var v0 : value.taskIds()) {
        if (v0 == null) {
          out.nullValue();
        } else {
          out.writeString(v0);
        }
      }
      out.endArray();
    }
    if (value.taskIdRanges() != null) {
      out.name(TASK_ID_RANGES);
      out.beginArray();
      for (var v0 : value.taskIdRanges()) {
        if (v0 == null) {
          out.nullValue();
        } else {
          TaskIdRangeJsonAdapter.write(out, v0);
        }
      }
      out.endArray();
    }
    out.unknownProperties(value.unknownProperties());
    out.endObject();
  }

  @Override public String toString() {
    return "GeneratedJsonAdapter(TaskDependencies)";
  }
}

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
import io.github.batchtask.json.WireLong;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Streams {@link TaskStatistics} to and from JSON without reflection,
 * keeping the properties it does not know. Compact output to Moshi's UTF-8 writer takes a faster
 * path of pre-encoded names and byte-level escaping that writes the same bytes; {@link #read}
 * reads the same values straight from UTF-8 bytes.
 */
public final class TaskStatisticsJsonAdapter extends JsonAdapter<TaskStatistics> {
  /** The wire names of the properties; {@link #NAMES} matches them by their index here. */
  private static final String[] WIRE_NAMES = {
      "url",
      "startTime",
      "lastUpdateTime",
      "userCPUTime",
      "kernelCPUTime",
      "wallClockTime",
      "readIOps",
      "writeIOps",
      "readIOGiB",
      "writeIOGiB",
      "waitTime",
  };
  private static final JsonReader.Options NAMES = JsonReader.Options.of(WIRE_NAMES);
  private static final JsonByteReader.Names READ_NAMES = JsonByteReader.Names.of(WIRE_NAMES);
  private static final JsonName URL = JsonName.of("url");
  private static final JsonName START_TIME = JsonName.of("startTime");
  private static final JsonName LAST_UPDATE_TIME = JsonName.of("lastUpdateTime");
  private static final JsonName USER_CPU_TIME = JsonName.of("userCPUTime");
  private static final JsonName KERNEL_CPU_TIME = JsonName.of("kernelCPUTime");
  private static final JsonName WALL_CLOCK_TIME = JsonName.of("wallClockTime");
  private static final JsonName READ_I_OPS = JsonName.of("readIOps");
  private static final JsonName WRITE_I_OPS = JsonName.of("writeIOps");
  private static final JsonName READ_IOGI_B = JsonName.of("readIOGiB");
  private static final JsonName WRITE_IOGI_B = JsonName.of("writeIOGiB");
  private static final JsonName WAIT_TIME = JsonName.of("waitTime");
  /** Whether every nested model is written by its generated adapter, so the fast path applies. */
  final boolean direct;

  public TaskStatisticsJsonAdapter(Moshi moshi) {
    this.direct = true;
  }

  @Override public TaskStatistics fromJson(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    TaskStatistics.Builder builder = TaskStatistics.builder();
    reader.beginObject();
    while (reader.hasNext()) {
      int index = reader.selectName(NAMES);
      // The very string instances of WIRE_NAMES: hash codes cached, equals by identity.
      switch (index < 0 ? "" : WIRE_NAMES[index]) {
        case "url":
          builder.url(Json.readString(reader));
          break;
        case "startTime":
          builder.startTime(Json.readInstant(reader));
          break;
        case "lastUpdateTime":
          builder.lastUpdateTime(Json.readInstant(reader));
          break;
        case "userCPUTime":
          builder.userCPUTime(Json.readDuration(reader));
          break;
        case "kernelCPUTime":
          builder.kernelCPUTime(Json.readDuration(reader));
          break;
        case "wallClockTime":
          builder.wallClockTime(Json.readDuration(reader));
          break;
        case "readIOps":
          builder.readIOpsWire(Json.readWireLong(reader));
          break;
        case "writeIOps":
          builder.writeIOpsWire(Json.readWireLong(reader));
          break;
        case "readIOGiB":
          builder.readIOGiB(Json.readDouble(reader));
          break;
        case "writeIOGiB":
          builder.writeIOGiB(Json.readDouble(reader));
          break;
        case "waitTime":
          builder.waitTime(Json.readDuration(reader));
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
  public static TaskStatistics read(JsonByteReader in) throws IOException {
    if (in.nextNull()) {
      return null;
    }
    in.beginObject();
    // Each property is looked for first where the model puts it, its name compared in place;
    // the loop reads the rest (another order, unknown or escaped names) as it comes.
    String url = in.nextNameIs(URL) ? in.readString() : null;
    Instant startTime = in.nextNameIs(START_TIME) ? in.readInstant() : null;
    Instant lastUpdateTime = in.nextNameIs(LAST_UPDATE_TIME) ? in.readInstant() : null;
    Duration userCPUTime = in.nextNameIs(USER_CPU_TIME) ? in.readDuration() : null;
    Duration kernelCPUTime = in.nextNameIs(KERNEL_CPU_TIME) ? in.readDuration() : null;
    Duration wallClockTime = in.nextNameIs(WALL_CLOCK_TIME) ? in.readDuration() : null;
    WireLong readIOps = in.nextNameIs(READ_I_OPS) ? in.readWireLong() : null;
    WireLong writeIOps = in.nextNameIs(WRITE_I_OPS) ? in.readWireLong() : null;
    Double readIOGiB = in.nextNameIs(READ_IOGI_B) ? in.readDouble() : null;
    Double writeIOGiB = in.nextNameIs(WRITE_IOGI_B) ? in.readDouble() : null;
    Duration waitTime = in.nextNameIs(WAIT_TIME) ? in.readDuration() : null;
    Map<String, String> unknownProperties = null;
    while (in.hasNext()) {
      // A known name comes back as its one JsonName, the constant above: compared by identity.
      JsonName next = in.nextKnownName(READ_NAMES);
      if (next == null) {
        unknownProperties = in.readUnknownProperty(unknownProperties);
      } else if (next == URL) {
        url = in.readString();
      } else if (next == START_TIME) {
        startTime = in.readInstant();
      } else if (next == LAST_UPDATE_TIME) {
        lastUpdateTime = in.readInstant();
      } else if (next == USER_CPU_TIME) {
        userCPUTime = in.readDuration();
      } else if (next == KERNEL_CPU_TIME) {
        kernelCPUTime = in.readDuration();
      } else if (next == WALL_CLOCK_TIME) {
        wallClockTime = in.readDuration();
      } else if (next == READ_I_OPS) {
        readIOps = in.readWireLong();
      } else if (next == WRITE_I_OPS) {
        writeIOps = in.readWireLong();
      } else if (next == READ_IOGI_B) {
        readIOGiB = in.readDouble();
      } else if (next == WRITE_IOGI_B) {
        writeIOGiB = in.readDouble();
      } else if (next == WAIT_TIME) {
        waitTime = in.readDuration();
      }
    }
    in.endObject();
    return new TaskStatistics(
        url,
        startTime,
        lastUpdateTime,
        userCPUTime,
        kernelCPUTime,
        wallClockTime,
        readIOps,
        writeIOps,
        readIOGiB,
        writeIOGiB,
        waitTime,
        unknownProperties);
  }

  @Override public void toJson(JsonWriter writer, TaskStatistics value) throws IOException {
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
    if (value.url() != null) {
      writer.name("url");
      Json.writeString(writer, value.url());
    }
    if (value.startTime() != null) {
      writer.name("startTime");
      Json.writeInstant(writer, value.startTime());
    }
    if (value.lastUpdateTime() != null) {
      writer.name("lastUpdateTime");
      Json.writeInstant(writer, value.lastUpdateTime());
    }
    if (value.userCPUTime() != null) {
      writer.name("userCPUTime");
      Json.writeDuration(writer, value.userCPUTime());
    }
    if (value.kernelCPUTime() != null) {
      writer.name("kernelCPUTime");
      Json.writeDuration(writer, value.kernelCPUTime());
    }
    if (value.wallClockTime() != null) {
      writer.name("wallClockTime");
      Json.writeDuration(writer, value.wallClockTime());
    }
    if (value.readIOpsWire() != null) {
      writer.name("readIOps");
      Json.writeWireLong(writer, value.readIOpsWire());
    }
    if (value.writeIOpsWire() != null) {
      writer.name("writeIOps");
      Json.writeWireLong(writer, value.writeIOpsWire());
    }
    if (value.readIOGiB() != null) {
      writer.name("readIOGiB");
      Json.writeDouble(writer, value.readIOGiB());
    }
    if (value.writeIOGiB() != null) {
      writer.name("writeIOGiB");
      Json.writeDouble(writer, value.writeIOGiB());
    }
    if (value.waitTime() != null) {
      writer.name("waitTime");
      Json.writeDuration(writer, value.waitTime());
    }
    Json.writeRaw(writer, value.unknownProperties());
    writer.endObject();
  }

  /** Writes {@code value} compactly; nested models go through their generated adapters. */
  static void write(JsonByteWriter out, TaskStatistics value) {
    out.beginObject();
    if (value.url() != null) {
      out.name(URL);
      out.writeString(value.url());
    }
    if (value.startTime() != null) {
      out.name(START_TIME);
      out.writeInstant(value.startTime());
    }
    if (value.lastUpdateTime() != null) {
      out.name(LAST_UPDATE_TIME);
      out.writeInstant(value.lastUpdateTime());
    }
    if (value.userCPUTime() != null) {
      out.name(USER_CPU_TIME);
      out.writeDuration(value.userCPUTime());
    }
    if (value.kernelCPUTime() != null) {
      out.name(KERNEL_CPU_TIME);
      out.writeDuration(value.kernelCPUTime());
    }
    if (value.wallClockTime() != null) {
      out.name(WALL_CLOCK_TIME);
      out.writeDuration(value.wallClockTime());
    }
    if (value.readIOpsWire() != null) {
      out.name(READ_I_OPS);
      out.writeWireLong(value.readIOpsWire());
    }
    if (value.writeIOpsWire() != null) {
      out.name(WRITE_I_OPS);
      out.writeWireLong(value.writeIOpsWire());
    }
    if (value.readIOGiB() != null) {
      out.name(READ_IOGI_B);
      out.writeDouble(value.readIOGiB());
    }
    if (value.writeIOGiB() != null) {
      out.name(WRITE_IOGI_B);
      out.writeDouble(value.writeIOGiB());
    }
    if (value.waitTime() != null) {
      out.name(WAIT_TIME);
      out.writeDuration(value.waitTime());
    }
    out.unknownProperties(value.unknownProperties());
    out.endObject();
  }

  @Override public String toString() {
    return "GeneratedJsonAdapter(TaskStatistics)";
  }
}

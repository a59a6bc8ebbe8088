// Generated from spec/batch-task.yaml by the templates in templates/. Do not edit.

package io.github.batchtask.model;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import io.github.batchtask.internal.Json;
import io.github.batchtask.internal.JsonByteWriter;
import java.io.IOException;

/**
 * Streams {@link TaskStatistics} to and from JSON without reflection,
 * keeping the properties it does not know. Compact output to Moshi's UTF-8 writer takes a faster
 * path of pre-encoded names and byte-level escaping that writes the same bytes.
 */
public final class TaskStatisticsJsonAdapter extends JsonAdapter<TaskStatistics> {
  private static final JsonReader.Options NAMES = JsonReader.Options.of(
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
      "waitTime"
  );
  private static final byte[][] ENCODED_NAMES = JsonByteWriter.names(NAMES);
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
      switch (reader.selectName(NAMES)) {
        case 0:
          builder.url(Json.readString(reader));
          break;
        case 1:
          builder.startTime(Json.readInstant(reader));
          break;
        case 2:
          builder.lastUpdateTime(Json.readInstant(reader));
          break;
        case 3:
          builder.userCPUTime(Json.readDuration(reader));
          break;
        case 4:
          builder.kernelCPUTime(Json.readDuration(reader));
          break;
        case 5:
          builder.wallClockTime(Json.readDuration(reader));
          break;
        case 6:
          builder.readIOps(Json.readLong(reader));
          break;
        case 7:
          builder.writeIOps(Json.readLong(reader));
          break;
        case 8:
          builder.readIOGiB(Json.readDouble(reader));
          break;
        case 9:
          builder.writeIOGiB(Json.readDouble(reader));
          break;
        case 10:
          builder.waitTime(Json.readDuration(reader));
          break;
        default:
          builder.putReadUnknownProperty(reader.nextName(), Json.readRaw(reader));
      }
    }
    reader.endObject();
    return builder.build();
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
    if (value.readIOps() != null) {
      writer.name("readIOps");
      Json.writeNumber(writer, value.readIOps());
    }
    if (value.writeIOps() != null) {
      writer.name("writeIOps");
      Json.writeNumber(writer, value.writeIOps());
    }
    if (value.readIOGiB() != null) {
      writer.name("readIOGiB");
      Json.writeNumber(writer, value.readIOGiB());
    }
    if (value.writeIOGiB() != null) {
      writer.name("writeIOGiB");
      Json.writeNumber(writer, value.writeIOGiB());
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
      out.name(ENCODED_NAMES[0]);
      out.string(value.url());
    }
    if (value.startTime() != null) {
      out.name(ENCODED_NAMES[1]);
      out.instant(value.startTime());
    }
    if (value.lastUpdateTime() != null) {
      out.name(ENCODED_NAMES[2]);
      out.instant(value.lastUpdateTime());
    }
    if (value.userCPUTime() != null) {
      out.name(ENCODED_NAMES[3]);
      out.duration(value.userCPUTime());
    }
    if (value.kernelCPUTime() != null) {
      out.name(ENCODED_NAMES[4]);
      out.duration(value.kernelCPUTime());
    }
    if (value.wallClockTime() != null) {
      out.name(ENCODED_NAMES[5]);
      out.duration(value.wallClockTime());
    }
    if (value.readIOps() != null) {
      out.name(ENCODED_NAMES[6]);
      out.number(value.readIOps().longValue());
    }
    if (value.writeIOps() != null) {
      out.name(ENCODED_NAMES[7]);
      out.number(value.writeIOps().longValue());
    }
    if (value.readIOGiB() != null) {
      out.name(ENCODED_NAMES[8]);
      out.number(value.readIOGiB().doubleValue());
    }
    if (value.writeIOGiB() != null) {
      out.name(ENCODED_NAMES[9]);
      out.number(value.writeIOGiB().doubleValue());
    }
    if (value.waitTime() != null) {
      out.name(ENCODED_NAMES[10]);
      out.duration(value.waitTime());
    }
    out.unknownProperties(value.unknownProperties());
    out.endObject();
  }

  @Override public String toString() {
    return "GeneratedJsonAdapter(TaskStatistics)";
  }
}

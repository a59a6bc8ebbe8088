// Generated from spec/batch-task.yaml by the templates in templates/. Do not edit.

package io.github.batchtask.model;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import io.github.batchtask.internal.Json;
import java.io.IOException;

/**
 * Streams {@link TaskStatistics} to and from JSON without reflection, keeping the properties it
 * does not know.
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

  public TaskStatisticsJsonAdapter(Moshi moshi) {
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

  @Override public String toString() {
    return "GeneratedJsonAdapter(TaskStatistics)";
  }
}

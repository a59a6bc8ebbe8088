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
    Json.writeProperty(writer, "url", value.url(),
        Json::writeString);
    Json.writeProperty(writer, "startTime", value.startTime(),
        Json::writeInstant);
    Json.writeProperty(writer, "lastUpdateTime", value.lastUpdateTime(),
        Json::writeInstant);
    Json.writeProperty(writer, "userCPUTime", value.userCPUTime(),
        Json::writeDuration);
    Json.writeProperty(writer, "kernelCPUTime", value.kernelCPUTime(),
        Json::writeDuration);
    Json.writeProperty(writer, "wallClockTime", value.wallClockTime(),
        Json::writeDuration);
    Json.writeProperty(writer, "readIOps", value.readIOps(),
        Json::writeNumber);
    Json.writeProperty(writer, "writeIOps", value.writeIOps(),
        Json::writeNumber);
    Json.writeProperty(writer, "readIOGiB", value.readIOGiB(),
        Json::writeNumber);
    Json.writeProperty(writer, "writeIOGiB", value.writeIOGiB(),
        Json::writeNumber);
    Json.writeProperty(writer, "waitTime", value.waitTime(),
        Json::writeDuration);
    Json.writeRaw(writer, value.unknownProperties());
    writer.endObject();
  }

  @Override public String toString() {
    return "GeneratedJsonAdapter(TaskStatistics)";
  }
}

// Generated from spec/batch-task.yaml by the templates in templates/. Do not edit.

package io.github.batchtask.model;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import io.github.batchtask.internal.Json;
import java.io.IOException;

/**
 * Streams {@link TaskConstraints} to and from JSON without reflection, keeping the properties it
 * does not know.
 */
public final class TaskConstraintsJsonAdapter extends JsonAdapter<TaskConstraints> {
  private static final JsonReader.Options NAMES = JsonReader.Options.of(
      "maxWallClockTime",
      "maxTaskRetryCount",
      "retentionTime"
  );

  public TaskConstraintsJsonAdapter(Moshi moshi) {
  }

  @Override public TaskConstraints fromJson(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    TaskConstraints.Builder builder = TaskConstraints.builder();
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.selectName(NAMES)) {
        case 0:
          builder.maxWallClockTime(Json.readDuration(reader));
          break;
        case 1:
          builder.maxTaskRetryCount(Json.readInt(reader));
          break;
        case 2:
          builder.retentionTime(Json.readDuration(reader));
          break;
        default:
          builder.putReadUnknownProperty(reader.nextName(), Json.readRaw(reader));
      }
    }
    reader.endObject();
    return builder.build();
  }

  @Override public void toJson(JsonWriter writer, TaskConstraints value) throws IOException {
    if (value == null) {
      writer.nullValue();
      return;
    }
    writer.beginObject();
    if (value.maxWallClockTime() != null) {
      writer.name("maxWallClockTime");
      Json.writeDuration(writer, value.maxWallClockTime());
    }
    if (value.maxTaskRetryCount() != null) {
      writer.name("maxTaskRetryCount");
      Json.writeNumber(writer, value.maxTaskRetryCount());
    }
    if (value.retentionTime() != null) {
      writer.name("retentionTime");
      Json.writeDuration(writer, value.retentionTime());
    }
    Json.writeRaw(writer, value.unknownProperties());
    writer.endObject();
  }

  @Override public String toString() {
    return "GeneratedJsonAdapter(TaskConstraints)";
  }
}

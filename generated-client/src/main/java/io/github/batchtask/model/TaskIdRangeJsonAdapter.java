// Generated from spec/batch-task.yaml by the templates in templates/. Do not edit.

package io.github.batchtask.model;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import io.github.batchtask.internal.Json;
import java.io.IOException;

/**
 * Streams {@link TaskIdRange} to and from JSON without reflection, keeping the properties it
 * does not know.
 */
public final class TaskIdRangeJsonAdapter extends JsonAdapter<TaskIdRange> {
  private static final JsonReader.Options NAMES = JsonReader.Options.of(
      "start",
      "end"
  );

  public TaskIdRangeJsonAdapter(Moshi moshi) {
  }

  @Override public TaskIdRange fromJson(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    TaskIdRange.Builder builder = TaskIdRange.builder();
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.selectName(NAMES)) {
        case 0:
          builder.start(Json.readInt(reader));
          break;
        case 1:
          builder.end(Json.readInt(reader));
          break;
        default:
          builder.putReadUnknownProperty(reader.nextName(), Json.readRaw(reader));
      }
    }
    reader.endObject();
    return builder.build();
  }

  @Override public void toJson(JsonWriter writer, TaskIdRange value) throws IOException {
    if (value == null) {
      writer.nullValue();
      return;
    }
    writer.beginObject();
    if (value.start() != null) {
      writer.name("start");
      Json.writeNumber(writer, value.start());
    }
    if (value.end() != null) {
      writer.name("end");
      Json.writeNumber(writer, value.end());
    }
    Json.writeRaw(writer, value.unknownProperties());
    writer.endObject();
  }

  @Override public String toString() {
    return "GeneratedJsonAdapter(TaskIdRange)";
  }
}

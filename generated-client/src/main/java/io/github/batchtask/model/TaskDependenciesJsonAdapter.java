// Generated from spec/batch-task.yaml by the templates in templates/. Do not edit.

package io.github.batchtask.model;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import io.github.batchtask.internal.Json;
import java.io.IOException;

/**
 * Streams {@link TaskDependencies} to and from JSON without reflection, keeping the properties it
 * does not know.
 */
public final class TaskDependenciesJsonAdapter extends JsonAdapter<TaskDependencies> {
  private static final JsonReader.Options NAMES = JsonReader.Options.of(
      "taskIds",
      "taskIdRanges"
  );
  private final JsonAdapter<TaskIdRange> taskIdRangeAdapter;

  public TaskDependenciesJsonAdapter(Moshi moshi) {
    this.taskIdRangeAdapter = moshi.adapter(TaskIdRange.class);
  }

  @Override public TaskDependencies fromJson(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    TaskDependencies.Builder builder = TaskDependencies.builder();
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.selectName(NAMES)) {
        case 0:
          builder.taskIds(Json.readList(reader, r0 -> Json.readString(r0)));
          break;
        case 1:
          builder.taskIdRanges(Json.readList(reader, r0 -> taskIdRangeAdapter.fromJson(r0)));
          break;
        default:
          builder.putReadUnknownProperty(reader.nextName(), Json.readRaw(reader));
      }
    }
    reader.endObject();
    return builder.build();
  }

  @Override public void toJson(JsonWriter writer, TaskDependencies value) throws IOException {
    if (value == null) {
      writer.nullValue();
      return;
    }
    writer.beginObject();
    if (value.taskIds() != null) {
      writer.name("taskIds");
      Json.writeList(writer, value.taskIds(), Json::writeString);
    }
    if (value.taskIdRanges() != null) {
      writer.name("taskIdRanges");
      Json.writeList(writer, value.taskIdRanges(), taskIdRangeAdapter::toJson);
    }
    Json.writeRaw(writer, value.unknownProperties());
    writer.endObject();
  }

  @Override public String toString() {
    return "GeneratedJsonAdapter(TaskDependencies)";
  }
}

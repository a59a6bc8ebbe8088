// Generated from spec/batch-task.yaml by the templates in templates/. Do not edit.

package io.github.batchtask.model;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;

/**
 * Reads {@link TaskState} ignoring case; a value it does not know becomes
 * {@link TaskState#UNRECOGNIZED}, which cannot be written back.
 * Models keep the wire string and do not use this adapter.
 */
public final class TaskStateJsonAdapter extends JsonAdapter<TaskState> {
  @Override public TaskState fromJson(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    return TaskState.fromValue(reader.nextString());
  }

  @Override public void toJson(JsonWriter writer, TaskState value) throws IOException {
    if (value == null) {
      writer.nullValue();
    } else if (value == TaskState.UNRECOGNIZED) {
      throw new JsonDataException(
          "TaskState.UNRECOGNIZED has no wire value at path " + writer.getPath());
    } else {
      writer.value(value.value());
    }
  }

  @Override public String toString() {
    return "GeneratedJsonAdapter(TaskState)";
  }
}

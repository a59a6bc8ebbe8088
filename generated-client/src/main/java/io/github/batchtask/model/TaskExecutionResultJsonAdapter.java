// Generated from spec/batch-task.yaml by the templates in templates/. Do not edit.

package io.github.batchtask.model;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;

/**
 * Reads {@link TaskExecutionResult} ignoring case; a value it does not know becomes
 * {@link TaskExecutionResult#UNRECOGNIZED}, which cannot be written back.
 * Models keep the wire string and do not use this adapter.
 */
public final class TaskExecutionResultJsonAdapter extends JsonAdapter<TaskExecutionResult> {
  @Override public TaskExecutionResult fromJson(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    return TaskExecutionResult.fromValue(reader.nextString());
  }

  @Override public void toJson(JsonWriter writer, TaskExecutionResult value) throws IOException {
    if (value == null) {
      writer.nullValue();
    } else if (value == TaskExecutionResult.UNRECOGNIZED) {
      throw new JsonDataException(
          "TaskExecutionResult.UNRECOGNIZED has no wire value at path " + writer.getPath());
    } else {
      writer.value(value.value());
    }
  }

  @Override public String toString() {
    return "GeneratedJsonAdapter(TaskExecutionResult)";
  }
}

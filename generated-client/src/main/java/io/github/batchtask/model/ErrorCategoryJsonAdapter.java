// Generated from spec/batch-task.yaml by the templates in templates/. Do not edit.

package io.github.batchtask.model;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;

/**
 * Reads {@link ErrorCategory} ignoring case; a value it does not know becomes
 * {@link ErrorCategory#UNRECOGNIZED}, which cannot be written back.
 * Models keep the wire string and do not use this adapter.
 */
public final class ErrorCategoryJsonAdapter extends JsonAdapter<ErrorCategory> {
  @Override public ErrorCategory fromJson(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    return ErrorCategory.fromValue(reader.nextString());
  }

  @Override public void toJson(JsonWriter writer, ErrorCategory value) throws IOException {
    if (value == null) {
      writer.nullValue();
    } else if (value == ErrorCategory.UNRECOGNIZED) {
      throw new JsonDataException(
          "ErrorCategory.UNRECOGNIZED has no wire value at path " + writer.getPath());
    } else {
      writer.value(value.value());
    }
  }

  @Override public String toString() {
    return "GeneratedJsonAdapter(ErrorCategory)";
  }
}

// Generated from spec/batch-task.yaml by the templates in templates/. Do not edit.

package io.github.batchtask.model;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;

/**
 * Reads {@link ElevationLevel} ignoring case; a value it does not know becomes
 * {@link ElevationLevel#UNRECOGNIZED}, which cannot be written back.
 * Models keep the wire string and do not use this adapter.
 */
public final class ElevationLevelJsonAdapter extends JsonAdapter<ElevationLevel> {
  @Override public ElevationLevel fromJson(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    return ElevationLevel.fromValue(reader.nextString());
  }

  @Override public void toJson(JsonWriter writer, ElevationLevel value) throws IOException {
    if (value == null) {
      writer.nullValue();
    } else if (value == ElevationLevel.UNRECOGNIZED) {
      throw new JsonDataException(
          "ElevationLevel.UNRECOGNIZED has no wire value at path " + writer.getPath());
    } else {
      writer.value(value.value());
    }
  }

  @Override public String toString() {
    return "GeneratedJsonAdapter(ElevationLevel)";
  }
}

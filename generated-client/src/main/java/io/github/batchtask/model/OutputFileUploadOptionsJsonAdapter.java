// Generated from spec/batch-task.yaml by the templates in templates/. Do not edit.

package io.github.batchtask.model;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import io.github.batchtask.internal.Json;
import java.io.IOException;

/**
 * Streams {@link OutputFileUploadOptions} to and from JSON without reflection, keeping the properties it
 * does not know.
 */
public final class OutputFileUploadOptionsJsonAdapter extends JsonAdapter<OutputFileUploadOptions> {
  private static final JsonReader.Options NAMES = JsonReader.Options.of(
      "uploadCondition"
  );

  public OutputFileUploadOptionsJsonAdapter(Moshi moshi) {
  }

  @Override public OutputFileUploadOptions fromJson(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    OutputFileUploadOptions.Builder builder = OutputFileUploadOptions.builder();
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.selectName(NAMES)) {
        case 0:
          builder.uploadConditionValue(Json.readString(reader));
          break;
        default:
          builder.putReadUnknownProperty(reader.nextName(), Json.readRaw(reader));
      }
    }
    reader.endObject();
    return builder.build();
  }

  @Override public void toJson(JsonWriter writer, OutputFileUploadOptions value) throws IOException {
    if (value == null) {
      writer.nullValue();
      return;
    }
    writer.beginObject();
    if (value.uploadConditionValue() != null) {
      writer.name("uploadCondition");
      Json.writeString(writer, value.uploadConditionValue());
    }
    Json.writeRaw(writer, value.unknownProperties());
    writer.endObject();
  }

  @Override public String toString() {
    return "GeneratedJsonAdapter(OutputFileUploadOptions)";
  }
}

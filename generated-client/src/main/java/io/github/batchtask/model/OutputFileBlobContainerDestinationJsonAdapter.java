// Generated from spec/batch-task.yaml by the templates in templates/. Do not edit.

package io.github.batchtask.model;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import io.github.batchtask.internal.Json;
import java.io.IOException;

/**
 * Streams {@link OutputFileBlobContainerDestination} to and from JSON without reflection, keeping the properties it
 * does not know.
 */
public final class OutputFileBlobContainerDestinationJsonAdapter extends JsonAdapter<OutputFileBlobContainerDestination> {
  private static final JsonReader.Options NAMES = JsonReader.Options.of(
      "path",
      "containerUrl"
  );

  public OutputFileBlobContainerDestinationJsonAdapter(Moshi moshi) {
  }

  @Override public OutputFileBlobContainerDestination fromJson(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    OutputFileBlobContainerDestination.Builder builder = OutputFileBlobContainerDestination.builder();
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.selectName(NAMES)) {
        case 0:
          builder.path(Json.readString(reader));
          break;
        case 1:
          builder.containerUrl(Json.readString(reader));
          break;
        default:
          builder.putReadUnknownProperty(reader.nextName(), Json.readRaw(reader));
      }
    }
    reader.endObject();
    return builder.build();
  }

  @Override public void toJson(JsonWriter writer, OutputFileBlobContainerDestination value) throws IOException {
    if (value == null) {
      writer.nullValue();
      return;
    }
    writer.beginObject();
    if (value.path() != null) {
      writer.name("path");
      Json.writeString(writer, value.path());
    }
    if (value.containerUrl() != null) {
      writer.name("containerUrl");
      Json.writeString(writer, value.containerUrl());
    }
    Json.writeRaw(writer, value.unknownProperties());
    writer.endObject();
  }

  @Override public String toString() {
    return "GeneratedJsonAdapter(OutputFileBlobContainerDestination)";
  }
}

// Generated from spec/batch-task.yaml by the templates in templates/. Do not edit.

package io.github.batchtask.model;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import io.github.batchtask.internal.Json;
import java.io.IOException;

/**
 * Streams {@link OutputFileDestination} to and from JSON without reflection, keeping the properties it
 * does not know.
 */
public final class OutputFileDestinationJsonAdapter extends JsonAdapter<OutputFileDestination> {
  private static final JsonReader.Options NAMES = JsonReader.Options.of(
      "container"
  );
  private final JsonAdapter<OutputFileBlobContainerDestination> outputFileBlobContainerDestinationAdapter;

  public OutputFileDestinationJsonAdapter(Moshi moshi) {
    this.outputFileBlobContainerDestinationAdapter = moshi.adapter(OutputFileBlobContainerDestination.class);
  }

  @Override public OutputFileDestination fromJson(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    OutputFileDestination.Builder builder = OutputFileDestination.builder();
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.selectName(NAMES)) {
        case 0:
          builder.container(outputFileBlobContainerDestinationAdapter.fromJson(reader));
          break;
        default:
          builder.putReadUnknownProperty(reader.nextName(), Json.readRaw(reader));
      }
    }
    reader.endObject();
    return builder.build();
  }

  @Override public void toJson(JsonWriter writer, OutputFileDestination value) throws IOException {
    if (value == null) {
      writer.nullValue();
      return;
    }
    writer.beginObject();
    if (value.container() != null) {
      writer.name("container");
      outputFileBlobContainerDestinationAdapter.toJson(writer, value.container());
    }
    Json.writeRaw(writer, value.unknownProperties());
    writer.endObject();
  }

  @Override public String toString() {
    return "GeneratedJsonAdapter(OutputFileDestination)";
  }
}

// Generated from spec/batch-task.yaml by the templates in templates/. Do not edit.

package io.github.batchtask.model;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import io.github.batchtask.internal.Json;
import java.io.IOException;

/**
 * Streams {@link MultiInstanceSettings} to and from JSON without reflection, keeping the properties it
 * does not know.
 */
public final class MultiInstanceSettingsJsonAdapter extends JsonAdapter<MultiInstanceSettings> {
  private static final JsonReader.Options NAMES = JsonReader.Options.of(
      "numberOfInstances",
      "coordinationCommandLine",
      "commonResourceFiles"
  );
  private final JsonAdapter<ResourceFile> resourceFileAdapter;

  public MultiInstanceSettingsJsonAdapter(Moshi moshi) {
    this.resourceFileAdapter = moshi.adapter(ResourceFile.class);
  }

  @Override public MultiInstanceSettings fromJson(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    MultiInstanceSettings.Builder builder = MultiInstanceSettings.builder();
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.selectName(NAMES)) {
        case 0:
          builder.numberOfInstances(Json.readInt(reader));
          break;
        case 1:
          builder.coordinationCommandLine(Json.readString(reader));
          break;
        case 2:
          builder.commonResourceFiles(Json.readList(reader, r0 -> resourceFileAdapter.fromJson(r0)));
          break;
        default:
          builder.putReadUnknownProperty(reader.nextName(), Json.readRaw(reader));
      }
    }
    reader.endObject();
    return builder.build();
  }

  @Override public void toJson(JsonWriter writer, MultiInstanceSettings value) throws IOException {
    if (value == null) {
      writer.nullValue();
      return;
    }
    writer.beginObject();
    if (value.numberOfInstances() != null) {
      writer.name("numberOfInstances");
      Json.writeNumber(writer, value.numberOfInstances());
    }
    if (value.coordinationCommandLine() != null) {
      writer.name("coordinationCommandLine");
      Json.writeString(writer, value.coordinationCommandLine());
    }
    if (value.commonResourceFiles() != null) {
      writer.name("commonResourceFiles");
      Json.writeList(writer, value.commonResourceFiles(), resourceFileAdapter::toJson);
    }
    Json.writeRaw(writer, value.unknownProperties());
    writer.endObject();
  }

  @Override public String toString() {
    return "GeneratedJsonAdapter(MultiInstanceSettings)";
  }
}

// Generated from spec/batch-task.yaml by the templates in templates/. Do not edit.

package io.github.batchtask.model;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import io.github.batchtask.internal.Json;
import java.io.IOException;

/**
 * Streams {@link AffinityInformation} to and from JSON without reflection, keeping the properties it
 * does not know.
 */
public final class AffinityInformationJsonAdapter extends JsonAdapter<AffinityInformation> {
  private static final JsonReader.Options NAMES = JsonReader.Options.of(
      "affinityId"
  );

  public AffinityInformationJsonAdapter(Moshi moshi) {
  }

  @Override public AffinityInformation fromJson(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    AffinityInformation.Builder builder = AffinityInformation.builder();
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.selectName(NAMES)) {
        case 0:
          builder.affinityId(Json.readString(reader));
          break;
        default:
          builder.putReadUnknownProperty(reader.nextName(), Json.readRaw(reader));
      }
    }
    reader.endObject();
    return builder.build();
  }

  @Override public void toJson(JsonWriter writer, AffinityInformation value) throws IOException {
    if (value == null) {
      writer.nullValue();
      return;
    }
    writer.beginObject();
    if (value.affinityId() != null) {
      writer.name("affinityId");
      Json.writeString(writer, value.affinityId());
    }
    Json.writeRaw(writer, value.unknownProperties());
    writer.endObject();
  }

  @Override public String toString() {
    return "GeneratedJsonAdapter(AffinityInformation)";
  }
}

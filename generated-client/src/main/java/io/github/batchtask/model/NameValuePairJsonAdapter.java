// Generated from spec/batch-task.yaml by the templates in templates/. Do not edit.

package io.github.batchtask.model;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import io.github.batchtask.internal.Json;
import java.io.IOException;

/**
 * Streams {@link NameValuePair} to and from JSON without reflection, keeping the properties it
 * does not know.
 */
public final class NameValuePairJsonAdapter extends JsonAdapter<NameValuePair> {
  private static final JsonReader.Options NAMES = JsonReader.Options.of(
      "name",
      "value"
  );

  public NameValuePairJsonAdapter(Moshi moshi) {
  }

  @Override public NameValuePair fromJson(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    NameValuePair.Builder builder = NameValuePair.builder();
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.selectName(NAMES)) {
        case 0:
          builder.name(Json.readString(reader));
          break;
        case 1:
          builder.value(Json.readString(reader));
          break;
        default:
          builder.putReadUnknownProperty(reader.nextName(), Json.readRaw(reader));
      }
    }
    reader.endObject();
    return builder.build();
  }

  @Override public void toJson(JsonWriter writer, NameValuePair value) throws IOException {
    if (value == null) {
      writer.nullValue();
      return;
    }
    writer.beginObject();
    if (value.name() != null) {
      writer.name("name");
      Json.writeString(writer, value.name());
    }
    if (value.value() != null) {
      writer.name("value");
      Json.writeString(writer, value.value());
    }
    Json.writeRaw(writer, value.unknownProperties());
    writer.endObject();
  }

  @Override public String toString() {
    return "GeneratedJsonAdapter(NameValuePair)";
  }
}

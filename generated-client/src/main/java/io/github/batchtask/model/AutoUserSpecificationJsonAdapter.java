// Generated from spec/batch-task.yaml by the templates in templates/. Do not edit.

package io.github.batchtask.model;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import io.github.batchtask.internal.Json;
import java.io.IOException;

/**
 * Streams {@link AutoUserSpecification} to and from JSON without reflection, keeping the properties it
 * does not know.
 */
public final class AutoUserSpecificationJsonAdapter extends JsonAdapter<AutoUserSpecification> {
  private static final JsonReader.Options NAMES = JsonReader.Options.of(
      "scope",
      "elevationLevel"
  );

  public AutoUserSpecificationJsonAdapter(Moshi moshi) {
  }

  @Override public AutoUserSpecification fromJson(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    AutoUserSpecification.Builder builder = AutoUserSpecification.builder();
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.selectName(NAMES)) {
        case 0:
          builder.scopeValue(Json.readString(reader));
          break;
        case 1:
          builder.elevationLevelValue(Json.readString(reader));
          break;
        default:
          builder.putReadUnknownProperty(reader.nextName(), Json.readRaw(reader));
      }
    }
    reader.endObject();
    return builder.build();
  }

  @Override public void toJson(JsonWriter writer, AutoUserSpecification value) throws IOException {
    if (value == null) {
      writer.nullValue();
      return;
    }
    writer.beginObject();
    if (value.scopeValue() != null) {
      writer.name("scope");
      Json.writeString(writer, value.scopeValue());
    }
    if (value.elevationLevelValue() != null) {
      writer.name("elevationLevel");
      Json.writeString(writer, value.elevationLevelValue());
    }
    Json.writeRaw(writer, value.unknownProperties());
    writer.endObject();
  }

  @Override public String toString() {
    return "GeneratedJsonAdapter(AutoUserSpecification)";
  }
}

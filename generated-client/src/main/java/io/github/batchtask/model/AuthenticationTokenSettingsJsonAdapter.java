// Generated from spec/batch-task.yaml by the templates in templates/. Do not edit.

package io.github.batchtask.model;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import io.github.batchtask.internal.Json;
import java.io.IOException;

/**
 * Streams {@link AuthenticationTokenSettings} to and from JSON without reflection, keeping the properties it
 * does not know.
 */
public final class AuthenticationTokenSettingsJsonAdapter extends JsonAdapter<AuthenticationTokenSettings> {
  private static final JsonReader.Options NAMES = JsonReader.Options.of(
      "access"
  );

  public AuthenticationTokenSettingsJsonAdapter(Moshi moshi) {
  }

  @Override public AuthenticationTokenSettings fromJson(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    AuthenticationTokenSettings.Builder builder = AuthenticationTokenSettings.builder();
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.selectName(NAMES)) {
        case 0:
          builder.accessValues(Json.readList(reader, r0 -> Json.readString(r0)));
          break;
        default:
          builder.putReadUnknownProperty(reader.nextName(), Json.readRaw(reader));
      }
    }
    reader.endObject();
    return builder.build();
  }

  @Override public void toJson(JsonWriter writer, AuthenticationTokenSettings value) throws IOException {
    if (value == null) {
      writer.nullValue();
      return;
    }
    writer.beginObject();
    if (value.accessValues() != null) {
      writer.name("access");
      Json.writeList(writer, value.accessValues(), Json::writeString);
    }
    Json.writeRaw(writer, value.unknownProperties());
    writer.endObject();
  }

  @Override public String toString() {
    return "GeneratedJsonAdapter(AuthenticationTokenSettings)";
  }
}

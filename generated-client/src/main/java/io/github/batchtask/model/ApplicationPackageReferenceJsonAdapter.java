// Generated from spec/batch-task.yaml by the templates in templates/. Do not edit.

package io.github.batchtask.model;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import io.github.batchtask.internal.Json;
import java.io.IOException;

/**
 * Streams {@link ApplicationPackageReference} to and from JSON without reflection, keeping the properties it
 * does not know.
 */
public final class ApplicationPackageReferenceJsonAdapter extends JsonAdapter<ApplicationPackageReference> {
  private static final JsonReader.Options NAMES = JsonReader.Options.of(
      "applicationId",
      "version"
  );

  public ApplicationPackageReferenceJsonAdapter(Moshi moshi) {
  }

  @Override public ApplicationPackageReference fromJson(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    ApplicationPackageReference.Builder builder = ApplicationPackageReference.builder();
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.selectName(NAMES)) {
        case 0:
          builder.applicationId(Json.readString(reader));
          break;
        case 1:
          builder.version(Json.readString(reader));
          break;
        default:
          builder.putReadUnknownProperty(reader.nextName(), Json.readRaw(reader));
      }
    }
    reader.endObject();
    return builder.build();
  }

  @Override public void toJson(JsonWriter writer, ApplicationPackageReference value) throws IOException {
    if (value == null) {
      writer.nullValue();
      return;
    }
    writer.beginObject();
    if (value.applicationId() != null) {
      writer.name("applicationId");
      Json.writeString(writer, value.applicationId());
    }
    if (value.version() != null) {
      writer.name("version");
      Json.writeString(writer, value.version());
    }
    Json.writeRaw(writer, value.unknownProperties());
    writer.endObject();
  }

  @Override public String toString() {
    return "GeneratedJsonAdapter(ApplicationPackageReference)";
  }
}

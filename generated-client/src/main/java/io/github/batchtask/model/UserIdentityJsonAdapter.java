// Generated from spec/batch-task.yaml by the templates in templates/. Do not edit.

package io.github.batchtask.model;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import io.github.batchtask.internal.Json;
import java.io.IOException;

/**
 * Streams {@link UserIdentity} to and from JSON without reflection, keeping the properties it
 * does not know.
 */
public final class UserIdentityJsonAdapter extends JsonAdapter<UserIdentity> {
  private static final JsonReader.Options NAMES = JsonReader.Options.of(
      "username",
      "autoUser"
  );
  private final JsonAdapter<AutoUserSpecification> autoUserSpecificationAdapter;

  public UserIdentityJsonAdapter(Moshi moshi) {
    this.autoUserSpecificationAdapter = moshi.adapter(AutoUserSpecification.class);
  }

  @Override public UserIdentity fromJson(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    UserIdentity.Builder builder = UserIdentity.builder();
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.selectName(NAMES)) {
        case 0:
          builder.username(Json.readString(reader));
          break;
        case 1:
          builder.autoUser(autoUserSpecificationAdapter.fromJson(reader));
          break;
        default:
          builder.putReadUnknownProperty(reader.nextName(), Json.readRaw(reader));
      }
    }
    reader.endObject();
    return builder.build();
  }

  @Override public void toJson(JsonWriter writer, UserIdentity value) throws IOException {
    if (value == null) {
      writer.nullValue();
      return;
    }
    writer.beginObject();
    if (value.username() != null) {
      writer.name("username");
      Json.writeString(writer, value.username());
    }
    if (value.autoUser() != null) {
      writer.name("autoUser");
      autoUserSpecificationAdapter.toJson(writer, value.autoUser());
    }
    Json.writeRaw(writer, value.unknownProperties());
    writer.endObject();
  }

  @Override public String toString() {
    return "GeneratedJsonAdapter(UserIdentity)";
  }
}

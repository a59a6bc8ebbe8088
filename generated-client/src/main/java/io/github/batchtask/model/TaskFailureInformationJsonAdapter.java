// Generated from spec/batch-task.yaml by the templates in templates/. Do not edit.

package io.github.batchtask.model;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import io.github.batchtask.internal.Json;
import java.io.IOException;

/**
 * Streams {@link TaskFailureInformation} to and from JSON without reflection, keeping the properties it
 * does not know.
 */
public final class TaskFailureInformationJsonAdapter extends JsonAdapter<TaskFailureInformation> {
  private static final JsonReader.Options NAMES = JsonReader.Options.of(
      "category",
      "code",
      "message",
      "details"
  );
  private final JsonAdapter<NameValuePair> nameValuePairAdapter;

  public TaskFailureInformationJsonAdapter(Moshi moshi) {
    this.nameValuePairAdapter = moshi.adapter(NameValuePair.class);
  }

  @Override public TaskFailureInformation fromJson(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    TaskFailureInformation.Builder builder = TaskFailureInformation.builder();
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.selectName(NAMES)) {
        case 0:
          builder.categoryValue(Json.readString(reader));
          break;
        case 1:
          builder.code(Json.readString(reader));
          break;
        case 2:
          builder.message(Json.readString(reader));
          break;
        case 3:
          builder.details(Json.readList(reader, r0 -> nameValuePairAdapter.fromJson(r0)));
          break;
        default:
          builder.putReadUnknownProperty(reader.nextName(), Json.readRaw(reader));
      }
    }
    reader.endObject();
    return builder.build();
  }

  @Override public void toJson(JsonWriter writer, TaskFailureInformation value) throws IOException {
    if (value == null) {
      writer.nullValue();
      return;
    }
    writer.beginObject();
    if (value.categoryValue() != null) {
      writer.name("category");
      Json.writeString(writer, value.categoryValue());
    }
    if (value.code() != null) {
      writer.name("code");
      Json.writeString(writer, value.code());
    }
    if (value.message() != null) {
      writer.name("message");
      Json.writeString(writer, value.message());
    }
    if (value.details() != null) {
      writer.name("details");
      Json.writeList(writer, value.details(), nameValuePairAdapter::toJson);
    }
    Json.writeRaw(writer, value.unknownProperties());
    writer.endObject();
  }

  @Override public String toString() {
    return "GeneratedJsonAdapter(TaskFailureInformation)";
  }
}

// Generated from spec/batch-task.yaml by the templates in templates/. Do not edit.

package io.github.batchtask.model;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import io.github.batchtask.internal.Json;
import java.io.IOException;

/**
 * Streams {@link BatchError} to and from JSON without reflection, keeping the properties it
 * does not know.
 */
public final class BatchErrorJsonAdapter extends JsonAdapter<BatchError> {
  private static final JsonReader.Options NAMES = JsonReader.Options.of(
      "code",
      "message",
      "values"
  );
  private final JsonAdapter<ErrorMessage> errorMessageAdapter;
  private final JsonAdapter<BatchErrorDetail> batchErrorDetailAdapter;

  public BatchErrorJsonAdapter(Moshi moshi) {
    this.errorMessageAdapter = moshi.adapter(ErrorMessage.class);
    this.batchErrorDetailAdapter = moshi.adapter(BatchErrorDetail.class);
  }

  @Override public BatchError fromJson(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    BatchError.Builder builder = BatchError.builder();
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.selectName(NAMES)) {
        case 0:
          builder.code(Json.readString(reader));
          break;
        case 1:
          builder.message(errorMessageAdapter.fromJson(reader));
          break;
        case 2:
          builder.values(Json.readList(reader, r0 -> batchErrorDetailAdapter.fromJson(r0)));
          break;
        default:
          builder.putReadUnknownProperty(reader.nextName(), Json.readRaw(reader));
      }
    }
    reader.endObject();
    return builder.build();
  }

  @Override public void toJson(JsonWriter writer, BatchError value) throws IOException {
    if (value == null) {
      writer.nullValue();
      return;
    }
    writer.beginObject();
    if (value.code() != null) {
      writer.name("code");
      Json.writeString(writer, value.code());
    }
    if (value.message() != null) {
      writer.name("message");
      errorMessageAdapter.toJson(writer, value.message());
    }
    if (value.values() != null) {
      writer.name("values");
      Json.writeList(writer, value.values(), batchErrorDetailAdapter::toJson);
    }
    Json.writeRaw(writer, value.unknownProperties());
    writer.endObject();
  }

  @Override public String toString() {
    return "GeneratedJsonAdapter(BatchError)";
  }
}

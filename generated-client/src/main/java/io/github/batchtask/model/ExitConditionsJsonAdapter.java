// Generated from spec/batch-task.yaml by the templates in templates/. Do not edit.

package io.github.batchtask.model;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import io.github.batchtask.internal.Json;
import java.io.IOException;

/**
 * Streams {@link ExitConditions} to and from JSON without reflection, keeping the properties it
 * does not know.
 */
public final class ExitConditionsJsonAdapter extends JsonAdapter<ExitConditions> {
  private static final JsonReader.Options NAMES = JsonReader.Options.of(
      "exitCodes",
      "exitCodeRanges",
      "preProcessingError",
      "fileUploadError",
      "default"
  );
  private final JsonAdapter<ExitCodeMapping> exitCodeMappingAdapter;
  private final JsonAdapter<ExitCodeRangeMapping> exitCodeRangeMappingAdapter;
  private final JsonAdapter<ExitOptions> exitOptionsAdapter;

  public ExitConditionsJsonAdapter(Moshi moshi) {
    this.exitCodeMappingAdapter = moshi.adapter(ExitCodeMapping.class);
    this.exitCodeRangeMappingAdapter = moshi.adapter(ExitCodeRangeMapping.class);
    this.exitOptionsAdapter = moshi.adapter(ExitOptions.class);
  }

  @Override public ExitConditions fromJson(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    ExitConditions.Builder builder = ExitConditions.builder();
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.selectName(NAMES)) {
        case 0:
          builder.exitCodes(Json.readList(reader, r0 -> exitCodeMappingAdapter.fromJson(r0)));
          break;
        case 1:
          builder.exitCodeRanges(Json.readList(reader, r0 -> exitCodeRangeMappingAdapter.fromJson(r0)));
          break;
        case 2:
          builder.preProcessingError(exitOptionsAdapter.fromJson(reader));
          break;
        case 3:
          builder.fileUploadError(exitOptionsAdapter.fromJson(reader));
          break;
        case 4:
          builder.defaultExitOptions(exitOptionsAdapter.fromJson(reader));
          break;
        default:
          builder.putReadUnknownProperty(reader.nextName(), Json.readRaw(reader));
      }
    }
    reader.endObject();
    return builder.build();
  }

  @Override public void toJson(JsonWriter writer, ExitConditions value) throws IOException {
    if (value == null) {
      writer.nullValue();
      return;
    }
    writer.beginObject();
    if (value.exitCodes() != null) {
      writer.name("exitCodes");
      Json.writeList(writer, value.exitCodes(), exitCodeMappingAdapter::toJson);
    }
    if (value.exitCodeRanges() != null) {
      writer.name("exitCodeRanges");
      Json.writeList(writer, value.exitCodeRanges(), exitCodeRangeMappingAdapter::toJson);
    }
    if (value.preProcessingError() != null) {
      writer.name("preProcessingError");
      exitOptionsAdapter.toJson(writer, value.preProcessingError());
    }
    if (value.fileUploadError() != null) {
      writer.name("fileUploadError");
      exitOptionsAdapter.toJson(writer, value.fileUploadError());
    }
    if (value.defaultExitOptions() != null) {
      writer.name("default");
      exitOptionsAdapter.toJson(writer, value.defaultExitOptions());
    }
    Json.writeRaw(writer, value.unknownProperties());
    writer.endObject();
  }

  @Override public String toString() {
    return "GeneratedJsonAdapter(ExitConditions)";
  }
}

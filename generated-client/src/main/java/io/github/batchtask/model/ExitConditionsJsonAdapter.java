// Generated from spec/batch-task.yaml by the templates in templates/. Do not edit.

package io.github.batchtask.model;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import io.github.batchtask.json.Json;
import io.github.batchtask.json.JsonByteReader;
import io.github.batchtask.json.JsonByteWriter;
import io.github.batchtask.json.JsonName;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Streams {@link ExitConditions} to and from JSON without reflection,
 * keeping the properties it does not know. Compact output to Moshi's UTF-8 writer takes a faster
 * path of pre-encoded names and byte-level escaping that writes the same bytes; {@link #read}
 * reads the same values straight from UTF-8 bytes.
 */
public final class ExitConditionsJsonAdapter extends JsonAdapter<ExitConditions> {
  /** The wire names of the properties; {@link #NAMES} matches them by their index here. */
  private static final String[] WIRE_NAMES = {
      "exitCodes",
      "exitCodeRanges",
      "preProcessingError",
      "fileUploadError",
      "default",
  };
  private static final JsonReader.Options NAMES = JsonReader.Options.of(WIRE_NAMES);
  private static final JsonByteReader.Names READ_NAMES = JsonByteReader.Names.of(WIRE_NAMES);
  private static final JsonName EXIT_CODES = JsonName.of("exitCodes");
  private static final JsonName EXIT_CODE_RANGES = JsonName.of("exitCodeRanges");
  private static final JsonName PRE_PROCESSING_ERROR = JsonName.of("preProcessingError");
  private static final JsonName FILE_UPLOAD_ERROR = JsonName.of("fileUploadError");
  private static final JsonName DEFAULT_EXIT_OPTIONS = JsonName.of("default");
  private final JsonAdapter<ExitCodeMapping> exitCodeMappingAdapter;
  private final JsonAdapter<ExitCodeRangeMapping> exitCodeRangeMappingAdapter;
  private final JsonAdapter<ExitOptions> exitOptionsAdapter;
  /** Whether every nested model is written by its generated adapter, so the fast path applies. */
  final boolean direct;

  public ExitConditionsJsonAdapter(Moshi moshi) {
    this.exitCodeMappingAdapter = moshi.adapter(ExitCodeMapping.class);
    this.exitCodeRangeMappingAdapter = moshi.adapter(ExitCodeRangeMapping.class);
    this.exitOptionsAdapter = moshi.adapter(ExitOptions.class);
    boolean direct = true;
    direct &= exitCodeMappingAdapter
        instanceof ExitCodeMappingJsonAdapter generated && generated.direct;
    direct &= exitCodeRangeMappingAdapter
        instanceof ExitCodeRangeMappingJsonAdapter generated && generated.direct;
    direct &= exitOptionsAdapter
        instanceof ExitOptionsJsonAdapter generated && generated.direct;
    this.direct = direct;
  }

  @Override public ExitConditions fromJson(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    ExitConditions.Builder builder = ExitConditions.builder();
    reader.beginObject();
    while (reader.hasNext()) {
      int index = reader.selectName(NAMES);
      // The very string instances of WIRE_NAMES: hash codes cached, equals by identity.
      switch (index < 0 ? "" : WIRE_NAMES[index]) {
        case "exitCodes":
          builder.exitCodes(Json.readList(reader,
              exitCodeMappingAdapter::fromJson));
          break;
        case "exitCodeRanges":
          builder.exitCodeRanges(Json.readList(reader,
              exitCodeRangeMappingAdapter::fromJson));
          break;
        case "preProcessingError":
          builder.preProcessingError(exitOptionsAdapter.fromJson(reader));
          break;
        case "fileUploadError":
          builder.fileUploadError(exitOptionsAdapter.fromJson(reader));
          break;
        case "default":
          builder.defaultExitOptions(exitOptionsAdapter.fromJson(reader));
          break;
        default:
          builder.putReadUnknownProperty(reader.nextName(), Json.readRaw(reader));
      }
    }
    reader.endObject();
    return builder.build();
  }

  /**
   * Reads what {@link #fromJson} reads, with the same errors, straight from UTF-8 bytes: the
   * Retrofit converter's path. Nested models are read by their generated adapters.
   */
  public static ExitConditions read(JsonByteReader in) throws IOException {
    if (in.nextNull()) {
      return null;
    }
    in.beginObject();
    // Each property is looked for first where the model puts it, its name compared in place;
    // the loop reads the rest (another order, unknown or escaped names) as it comes.
    List<ExitCodeMapping> exitCodes =
        in.nextNameIs(EXIT_CODES) ? in.readList(ExitCodeMappingJsonAdapter::read) : null;
    List<ExitCodeRangeMapping> exitCodeRanges =
        in.nextNameIs(EXIT_CODE_RANGES) ? in.readList(ExitCodeRangeMappingJsonAdapter::read) : null;
    ExitOptions preProcessingError =
        in.nextNameIs(PRE_PROCESSING_ERROR) ? ExitOptionsJsonAdapter.read(in) : null;
    ExitOptions fileUploadError =
        in.nextNameIs(FILE_UPLOAD_ERROR) ? ExitOptionsJsonAdapter.read(in) : null;
    ExitOptions defaultExitOptions =
        in.nextNameIs(DEFAULT_EXIT_OPTIONS) ? ExitOptionsJsonAdapter.read(in) : null;
    Map<String, String> unknownProperties = null;
    while (in.hasNext()) {
      // A known name comes back as its one JsonName, the constant above: compared by identity.
      JsonName next = in.nextKnownName(READ_NAMES);
      if (next == null) {
        unknownProperties = in.readUnknownProperty(unknownProperties);
      } else if (next == EXIT_CODES) {
        exitCodes = in.readList(ExitCodeMappingJsonAdapter::read);
      } else if (next == EXIT_CODE_RANGES) {
        exitCodeRanges = in.readList(ExitCodeRangeMappingJsonAdapter::read);
      } else if (next == PRE_PROCESSING_ERROR) {
        preProcessingError = ExitOptionsJsonAdapter.read(in);
      } else if (next == FILE_UPLOAD_ERROR) {
        fileUploadError = ExitOptionsJsonAdapter.read(in);
      } else if (next == DEFAULT_EXIT_OPTIONS) {
        defaultExitOptions = ExitOptionsJsonAdapter.read(in);
      }
    }
    in.endObject();
    return new ExitConditions(
        exitCodes,
        exitCodeRanges,
        preProcessingError,
        fileUploadError,
        defaultExitOptions,
        unknownProperties);
  }

  @Override public void toJson(JsonWriter writer, ExitConditions value) throws IOException {
    if (value == null) {
      writer.nullValue();
      return;
    }
    if (direct && JsonByteWriter.canStandIn(writer)) {
      JsonByteWriter out = new JsonByteWriter(writer.isLenient());
      write(out, value);
      out.writeTo(writer);
      return;
    }
    writer.beginObject();
    if (value.exitCodes() != null) {
      writer.name("exitCodes");
      Json.writeList(writer, value.exitCodes(),
          exitCodeMappingAdapter::toJson);
    }
    if (value.exitCodeRanges() != null) {
      writer.name("exitCodeRanges");
      Json.writeList(writer, value.exitCodeRanges(),
          exitCodeRangeMappingAdapter::toJson);
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

  /** Writes {@code value} compactly; nested models go through their generated adapters. */
  static void write(JsonByteWriter out, ExitConditions value) {
    out.beginObject();
    if (value.exitCodes() != null) {
      out.name(EXIT_CODES);
      out.beginArray();
      for (var v0 : value.exitCodes()) {
        if (v0 == null) {
          out.nullValue();
        } else {
          ExitCodeMappingJsonAdapter.write(out, v0);
        }
      }
      out.endArray();
    }
    if (value.exitCodeRanges() != null) {
      out.name(EXIT_CODE_RANGES);
      out.beginArray();
      for (var v0 : value.exitCodeRanges()) {
        if (v0 == null) {
          out.nullValue();
        } else {
          ExitCodeRangeMappingJsonAdapter.write(out, v0);
        }
      }
      out.endArray();
    }
    if (value.preProcessingError() != null) {
      out.name(PRE_PROCESSING_ERROR);
      ExitOptionsJsonAdapter.write(out, value.preProcessingError());
    }
    if (value.fileUploadError() != null) {
      out.name(FILE_UPLOAD_ERROR);
      ExitOptionsJsonAdapter.write(out, value.fileUploadError());
    }
    if (value.defaultExitOptions() != null) {
      out.name(DEFAULT_EXIT_OPTIONS);
      ExitOptionsJsonAdapter.write(out, value.defaultExitOptions());
    }
    out.unknownProperties(value.unknownProperties());
    out.endObject();
  }

  @Override public String toString() {
    return "GeneratedJsonAdapter(ExitConditions)";
  }
}

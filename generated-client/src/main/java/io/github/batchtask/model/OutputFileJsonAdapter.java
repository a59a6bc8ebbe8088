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
import java.util.Map;

/**
 * Streams {@link OutputFile} to and from JSON without reflection,
 * keeping the properties it does not know. Compact output to Moshi's UTF-8 writer takes a faster
 * path of pre-encoded names and byte-level escaping that writes the same bytes; {@link #read}
 * reads the same values straight from UTF-8 bytes.
 */
public final class OutputFileJsonAdapter extends JsonAdapter<OutputFile> {
  /** The wire names of the properties; {@link #NAMES} matches them by their index here. */
  private static final String[] WIRE_NAMES = {
      "filePattern",
      "destination",
      "uploadOptions",
  };
  private static final JsonReader.Options NAMES = JsonReader.Options.of(WIRE_NAMES);
  private static final JsonByteReader.Names READ_NAMES = JsonByteReader.Names.of(WIRE_NAMES);
  private static final JsonName FILE_PATTERN = JsonName.of("filePattern");
  private static final JsonName DESTINATION = JsonName.of("destination");
  private static final JsonName UPLOAD_OPTIONS = JsonName.of("uploadOptions");
  private final JsonAdapter<OutputFileDestination> outputFileDestinationAdapter;
  private final JsonAdapter<OutputFileUploadOptions> outputFileUploadOptionsAdapter;
  /** Whether every nested model is written by its generated adapter, so the fast path applies. */
  final boolean direct;

  public OutputFileJsonAdapter(Moshi moshi) {
    this.outputFileDestinationAdapter = moshi.adapter(OutputFileDestination.class);
    this.outputFileUploadOptionsAdapter = moshi.adapter(OutputFileUploadOptions.class);
    boolean direct = true;
    direct &= outputFileDestinationAdapter
        instanceof OutputFileDestinationJsonAdapter generated && generated.direct;
    direct &= outputFileUploadOptionsAdapter
        instanceof OutputFileUploadOptionsJsonAdapter generated && generated.direct;
    this.direct = direct;
  }

  @Override public OutputFile fromJson(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    OutputFile.Builder builder = OutputFile.builder();
    reader.beginObject();
    while (reader.hasNext()) {
      int index = reader.selectName(NAMES);
      // The very string instances of WIRE_NAMES: hash codes cached, equals by identity.
      switch (index < 0 ? "" : WIRE_NAMES[index]) {
        case "filePattern":
          builder.filePattern(Json.readString(reader));
          break;
        case "destination":
          builder.destination(outputFileDestinationAdapter.fromJson(reader));
          break;
        case "uploadOptions":
          builder.uploadOptions(outputFileUploadOptionsAdapter.fromJson(reader));
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
  public static OutputFile read(JsonByteReader in) throws IOException {
    if (in.nextNull()) {
      return null;
    }
    in.beginObject();
    // Each property is looked for first where the model puts it, its name compared in place;
    // the loop reads the rest (another order, unknown or escaped names) as it comes.
    String filePattern = in.nextNameIs(FILE_PATTERN) ? in.readString() : null;
    OutputFileDestination destination =
        in.nextNameIs(DESTINATION) ? OutputFileDestinationJsonAdapter.read(in) : null;
    OutputFileUploadOptions uploadOptions =
        in.nextNameIs(UPLOAD_OPTIONS) ? OutputFileUploadOptionsJsonAdapter.read(in) : null;
    Map<String, String> unknownProperties = null;
    while (in.hasNext()) {
      // A known name comes back as its one JsonName, the constant above: compared by identity.
      JsonName next = in.nextKnownName(READ_NAMES);
      if (next == null) {
        unknownProperties = in.readUnknownProperty(unknownProperties);
      } else if (next == FILE_PATTERN) {
        filePattern = in.readString();
      } else if (next == DESTINATION) {
        destination = OutputFileDestinationJsonAdapter.read(in);
      } else if (next == UPLOAD_OPTIONS) {
        uploadOptions = OutputFileUploadOptionsJsonAdapter.read(in);
      }
    }
    in.endObject();
    return new OutputFile(
        filePattern,
        destination,
        uploadOptions,
        unknownProperties);
  }

  @Override public void toJson(JsonWriter writer, OutputFile value) throws IOException {
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
    if (value.filePattern() != null) {
      writer.name("filePattern");
      Json.writeString(writer, value.filePattern());
    }
    if (value.destination() != null) {
      writer.name("destination");
      outputFileDestinationAdapter.toJson(writer, value.destination());
    }
    if (value.uploadOptions() != null) {
      writer.name("uploadOptions");
      outputFileUploadOptionsAdapter.toJson(writer, value.uploadOptions());
    }
    Json.writeRaw(writer, value.unknownProperties());
    writer.endObject();
  }

  /** Writes {@code value} compactly; nested models go through their generated adapters. */
  static void write(JsonByteWriter out, OutputFile value) {
    out.beginObject();
    if (value.filePattern() != null) {
      out.name(FILE_PATTERN);
      out.writeString(value.filePattern());
    }
    if (value.destination() != null) {
      out.name(DESTINATION);
      OutputFileDestinationJsonAdapter.write(out, value.destination());
    }
    if (value.uploadOptions() != null) {
      out.name(UPLOAD_OPTIONS);
      OutputFileUploadOptionsJsonAdapter.write(out, value.uploadOptions());
    }
    out.unknownProperties(value.unknownProperties());
    out.endObject();
  }

  @Override public String toString() {
    return "GeneratedJsonAdapter(OutputFile)";
  }
}

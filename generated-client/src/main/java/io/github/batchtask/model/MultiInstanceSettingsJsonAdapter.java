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
 * Streams {@link MultiInstanceSettings} to and from JSON without reflection,
 * keeping the properties it does not know. Compact output to Moshi's UTF-8 writer takes a faster
 * path of pre-encoded names and byte-level escaping that writes the same bytes; {@link #read}
 * reads the same values straight from UTF-8 bytes.
 */
public final class MultiInstanceSettingsJsonAdapter extends JsonAdapter<MultiInstanceSettings> {
  /** The wire names of the properties; {@link #NAMES} matches them by their index here. */
  private static final String[] WIRE_NAMES = {
      "numberOfInstances",
      "coordinationCommandLine",
      "commonResourceFiles",
  };
  private static final JsonReader.Options NAMES = JsonReader.Options.of(WIRE_NAMES);
  private static final JsonByteReader.Names READ_NAMES = JsonByteReader.Names.of(WIRE_NAMES);
  private static final JsonName NUMBER_OF_INSTANCES = JsonName.of("numberOfInstances");
  private static final JsonName COORDINATION_COMMAND_LINE = JsonName.of("coordinationCommandLine");
  private static final JsonName COMMON_RESOURCE_FILES = JsonName.of("commonResourceFiles");
  private final JsonAdapter<ResourceFile> resourceFileAdapter;
  /** Whether every nested model is written by its generated adapter, so the fast path applies. */
  final boolean direct;

  public MultiInstanceSettingsJsonAdapter(Moshi moshi) {
    this.resourceFileAdapter = moshi.adapter(ResourceFile.class);
    boolean direct = true;
    direct &= resourceFileAdapter
        instanceof ResourceFileJsonAdapter generated && generated.direct;
    this.direct = direct;
  }

  @Override public MultiInstanceSettings fromJson(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    MultiInstanceSettings.Builder builder = MultiInstanceSettings.builder();
    reader.beginObject();
    while (reader.hasNext()) {
      int index = reader.selectName(NAMES);
      // The very string instances of WIRE_NAMES: hash codes cached, equals by identity.
      switch (index < 0 ? "" : WIRE_NAMES[index]) {
        case "numberOfInstances":
          builder.numberOfInstances(Json.readInt(reader));
          break;
        case "coordinationCommandLine":
          builder.coordinationCommandLine(Json.readString(reader));
          break;
        case "commonResourceFiles":
          builder.commonResourceFiles(Json.readList(reader,
              resourceFileAdapter::fromJson));
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
  public static MultiInstanceSettings read(JsonByteReader in) throws IOException {
    if (in.nextNull()) {
      return null;
    }
    in.beginObject();
    // Each property is looked for first where the model puts it, its name compared in place;
    // the loop reads the rest (another order, unknown or escaped names) as it comes.
    Integer numberOfInstances = in.nextNameIs(NUMBER_OF_INSTANCES) ? in.readInt() : null;
    String coordinationCommandLine =
        in.nextNameIs(COORDINATION_COMMAND_LINE) ? in.readString() : null;
    List<ResourceFile> commonResourceFiles =
        in.nextNameIs(COMMON_RESOURCE_FILES) ? in.readList(ResourceFileJsonAdapter::read) : null;
    Map<String, String> unknownProperties = null;
    while (in.hasNext()) {
      // A known name comes back as its one JsonName, the constant above: compared by identity.
      JsonName next = in.nextKnownName(READ_NAMES);
      if (next == null) {
        unknownProperties = in.readUnknownProperty(unknownProperties);
      } else if (next == NUMBER_OF_INSTANCES) {
        numberOfInstances = in.readInt();
      } else if (next == COORDINATION_COMMAND_LINE) {
        coordinationCommandLine = in.readString();
      } else if (next == COMMON_RESOURCE_FILES) {
        commonResourceFiles = in.readList(ResourceFileJsonAdapter::read);
      }
    }
    in.endObject();
    return new MultiInstanceSettings(
        numberOfInstances,
        coordinationCommandLine,
        commonResourceFiles,
        unknownProperties);
  }

  @Override public void toJson(JsonWriter writer, MultiInstanceSettings value) throws IOException {
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
    if (value.numberOfInstances() != null) {
      writer.name("numberOfInstances");
      Json.writeInt(writer, value.numberOfInstances());
    }
    if (value.coordinationCommandLine() != null) {
      writer.name("coordinationCommandLine");
      Json.writeString(writer, value.coordinationCommandLine());
    }
    if (value.commonResourceFiles() != null) {
      writer.name("commonResourceFiles");
      Json.writeList(writer, value.commonResourceFiles(),
          resourceFileAdapter::toJson);
    }
    Json.writeRaw(writer, value.unknownProperties());
    writer.endObject();
  }

  /** Writes {@code value} compactly; nested models go through their generated adapters. */
  static void write(JsonByteWriter out, MultiInstanceSettings value) {
    out.beginObject();
    if (value.numberOfInstances() != null) {
      out.name(NUMBER_OF_INSTANCES);
      out.writeInt(value.numberOfInstances());
    }
    if (value.coordinationCommandLine() != null) {
      out.name(COORDINATION_COMMAND_LINE);
      out.writeString(value.coordinationCommandLine());
    }
    if (value.commonResourceFiles() != null) {
      out.name(COMMON_RESOURCE_FILES);
      out.beginArray();
      for (var v0 : value.commonResourceFiles()) {
        if (v0 == null) {
          out.nullValue();
        } else {
          ResourceFileJsonAdapter.write(out, v0);
        }
      }
      out.endArray();
    }
    out.unknownProperties(value.unknownProperties());
    out.endObject();
  }

  @Override public String toString() {
    return "GeneratedJsonAdapter(MultiInstanceSettings)";
  }
}

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
 * Streams {@link AutoUserSpecification} to and from JSON without reflection,
 * keeping the properties it does not know. Compact output to Moshi's UTF-8 writer takes a faster
 * path of pre-encoded names and byte-level escaping that writes the same bytes; {@link #read}
 * reads the same values straight from UTF-8 bytes.
 */
public final class AutoUserSpecificationJsonAdapter extends JsonAdapter<AutoUserSpecification> {
  /** The wire names of the properties; {@link #NAMES} matches them by their index here. */
  private static final String[] WIRE_NAMES = {
      "scope",
      "elevationLevel",
  };
  private static final JsonReader.Options NAMES = JsonReader.Options.of(WIRE_NAMES);
  private static final JsonByteReader.Names READ_NAMES = JsonByteReader.Names.of(WIRE_NAMES);
  private static final JsonName SCOPE = JsonName.of("scope");
  private static final JsonName ELEVATION_LEVEL = JsonName.of("elevationLevel");
  /** Whether every nested model is written by its generated adapter, so the fast path applies. */
  final boolean direct;

  public AutoUserSpecificationJsonAdapter(Moshi moshi) {
    this.direct = true;
  }

  @Override public AutoUserSpecification fromJson(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    AutoUserSpecification.Builder builder = AutoUserSpecification.builder();
    reader.beginObject();
    while (reader.hasNext()) {
      int index = reader.selectName(NAMES);
      // The very string instances of WIRE_NAMES: hash codes cached, equals by identity.
      switch (index < 0 ? "" : WIRE_NAMES[index]) {
        case "scope":
          builder.scopeValue(Json.readString(reader));
          break;
        case "elevationLevel":
          builder.elevationLevelValue(Json.readString(reader));
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
  public static AutoUserSpecification read(JsonByteReader in) throws IOException {
    if (in.nextNull()) {
      return null;
    }
    in.beginObject();
    // Each property is looked for first where the model puts it, its name compared in place;
    // the loop reads the rest (another order, unknown or escaped names) as it comes.
    String scope = in.nextNameIs(SCOPE) ? in.readString() : null;
    String elevationLevel = in.nextNameIs(ELEVATION_LEVEL) ? in.readString() : null;
    Map<String, String> unknownProperties = null;
    while (in.hasNext()) {
      // A known name comes back as its one JsonName, the constant above: compared by identity.
      JsonName next = in.nextKnownName(READ_NAMES);
      if (next == null) {
        unknownProperties = in.readUnknownProperty(unknownProperties);
      } else if (next == SCOPE) {
        scope = in.readString();
      } else if (next == ELEVATION_LEVEL) {
        elevationLevel = in.readString();
      }
    }
    in.endObject();
    return new AutoUserSpecification(
        scope,
        elevationLevel,
        unknownProperties);
  }

  @Override public void toJson(JsonWriter writer, AutoUserSpecification value) throws IOException {
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

  /** Writes {@code value} compactly; nested models go through their generated adapters. */
  static void write(JsonByteWriter out, AutoUserSpecification value) {
    out.beginObject();
    if (value.scopeValue() != null) {
      out.name(SCOPE);
      out.writeString(value.scopeValue());
    }
    if (value.elevationLevelValue() != null) {
      out.name(ELEVATION_LEVEL);
      out.writeString(value.elevationLevelValue());
    }
    out.unknownProperties(value.unknownProperties());
    out.endObject();
  }

  @Override public String toString() {
    return "GeneratedJsonAdapter(AutoUserSpecification)";
  }
}

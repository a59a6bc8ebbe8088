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
 * Streams {@link ExitOptions} to and from JSON without reflection,
 * keeping the properties it does not know. Compact output to Moshi's UTF-8 writer takes a faster
 * path of pre-encoded names and byte-level escaping that writes the same bytes; {@link #read}
 * reads the same values straight from UTF-8 bytes.
 */
public final class ExitOptionsJsonAdapter extends JsonAdapter<ExitOptions> {
  /** The wire names of the properties; {@link #NAMES} matches them by their index here. */
  private static final String[] WIRE_NAMES = {
      "jobAction",
      "dependencyAction",
  };
  private static final JsonReader.Options NAMES = JsonReader.Options.of(WIRE_NAMES);
  private static final JsonByteReader.Names READ_NAMES = JsonByteReader.Names.of(WIRE_NAMES);
  private static final JsonName JOB_ACTION = JsonName.of("jobAction");
  private static final JsonName DEPENDENCY_ACTION = JsonName.of("dependencyAction");
  /** Whether every nested model is written by its generated adapter, so the fast path applies. */
  final boolean direct;

  public ExitOptionsJsonAdapter(Moshi moshi) {
    this.direct = true;
  }

  @Override public ExitOptions fromJson(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    ExitOptions.Builder builder = ExitOptions.builder();
    reader.beginObject();
    while (reader.hasNext()) {
      int index = reader.selectName(NAMES);
      // The very string instances of WIRE_NAMES: hash codes cached, equals by identity.
      switch (index < 0 ? "" : WIRE_NAMES[index]) {
        case "jobAction":
          builder.jobActionValue(Json.readString(reader));
          break;
        case "dependencyAction":
          builder.dependencyActionValue(Json.readString(reader));
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
  public static ExitOptions read(JsonByteReader in) throws IOException {
    if (in.nextNull()) {
      return null;
    }
    in.beginObject();
    // Each property is looked for first where the model puts it, its name compared in place;
    // the loop reads the rest (another order, unknown or escaped names) as it comes.
    String jobAction = in.nextNameIs(JOB_ACTION) ? in.readString() : null;
    String dependencyAction = in.nextNameIs(DEPENDENCY_ACTION) ? in.readString() : null;
    Map<String, String> unknownProperties = null;
    while (in.hasNext()) {
      // A known name comes back as its one JsonName, the constant above: compared by identity.
      JsonName next = in.nextKnownName(READ_NAMES);
      if (next == null) {
        unknownProperties = in.readUnknownProperty(unknownProperties);
      } else if (next == JOB_ACTION) {
        jobAction = in.readString();
      } else if (next == DEPENDENCY_ACTION) {
        dependencyAction = in.readString();
      }
    }
    in.endObject();
    return new ExitOptions(
        jobAction,
        dependencyAction,
        unknownProperties);
  }

  @Override public void toJson(JsonWriter writer, ExitOptions value) throws IOException {
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
    if (value.jobActionValue() != null) {
      writer.name("jobAction");
      Json.writeString(writer, value.jobActionValue());
    }
    if (value.dependencyActionValue() != null) {
      writer.name("dependencyAction");
      Json.writeString(writer, value.dependencyActionValue());
    }
    Json.writeRaw(writer, value.unknownProperties());
    writer.endObject();
  }

  /** Writes {@code value} compactly; nested models go through their generated adapters. */
  static void write(JsonByteWriter out, ExitOptions value) {
    out.beginObject();
    if (value.jobActionValue() != null) {
      out.name(JOB_ACTION);
      out.writeString(value.jobActionValue());
    }
    if (value.dependencyActionValue() != null) {
      out.name(DEPENDENCY_ACTION);
      out.writeString(value.dependencyActionValue());
    }
    out.unknownProperties(value.unknownProperties());
    out.endObject();
  }

  @Override public String toString() {
    return "GeneratedJsonAdapter(ExitOptions)";
  }
}

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
 * Streams {@link TaskFailureInformation} to and from JSON without reflection,
 * keeping the properties it does not know. Compact output to Moshi's UTF-8 writer takes a faster
 * path of pre-encoded names and byte-level escaping that writes the same bytes; {@link #read}
 * reads the same values straight from UTF-8 bytes.
 */
public final class TaskFailureInformationJsonAdapter extends JsonAdapter<TaskFailureInformation> {
  /** The wire names of the properties; {@link #NAMES} matches them by their index here. */
  private static final String[] WIRE_NAMES = {
      "category",
      "code",
      "message",
      "details",
  };
  private static final JsonReader.Options NAMES = JsonReader.Options.of(WIRE_NAMES);
  private static final JsonByteReader.Names READ_NAMES = JsonByteReader.Names.of(WIRE_NAMES);
  private static final JsonName CATEGORY = JsonName.of("category");
  private static final JsonName CODE = JsonName.of("code");
  private static final JsonName MESSAGE = JsonName.of("message");
  private static final JsonName DETAILS = JsonName.of("details");
  private final JsonAdapter<NameValuePair> nameValuePairAdapter;
  /** Whether every nested model is written by its generated adapter, so the fast path applies. */
  final boolean direct;

  public TaskFailureInformationJsonAdapter(Moshi moshi) {
    this.nameValuePairAdapter = moshi.adapter(NameValuePair.class);
    boolean direct = true;
    direct &= nameValuePairAdapter
        instanceof NameValuePairJsonAdapter generated && generated.direct;
    this.direct = direct;
  }

  @Override public TaskFailureInformation fromJson(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    TaskFailureInformation.Builder builder = TaskFailureInformation.builder();
    reader.beginObject();
    while (reader.hasNext()) {
      int index = reader.selectName(NAMES);
      // The very string instances of WIRE_NAMES: hash codes cached, equals by identity.
      switch (index < 0 ? "" : WIRE_NAMES[index]) {
        case "category":
          builder.categoryValue(Json.readString(reader));
          break;
        case "code":
          builder.code(Json.readString(reader));
          break;
        case "message":
          builder.message(Json.readString(reader));
          break;
        case "details":
          builder.details(Json.readList(reader,
              nameValuePairAdapter::fromJson));
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
  public static TaskFailureInformation read(JsonByteReader in) throws IOException {
    if (in.nextNull()) {
      return null;
    }
    in.beginObject();
    // Each property is looked for first where the model puts it, its name compared in place;
    // the loop reads the rest (another order, unknown or escaped names) as it comes.
    String category = in.nextNameIs(CATEGORY) ? in.readString() : null;
    String code = in.nextNameIs(CODE) ? in.readString() : null;
    String message = in.nextNameIs(MESSAGE) ? in.readString() : null;
    List<NameValuePair> details =
        in.nextNameIs(DETAILS) ? in.readList(NameValuePairJsonAdapter::read) : null;
    Map<String, String> unknownProperties = null;
    while (in.hasNext()) {
      // A known name comes back as its one JsonName, the constant above: compared by identity.
      JsonName next = in.nextKnownName(READ_NAMES);
      if (next == null) {
        unknownProperties = in.readUnknownProperty(unknownProperties);
      } else if (next == CATEGORY) {
        category = in.readString();
      } else if (next == CODE) {
        code = in.readString();
      } else if (next == MESSAGE) {
        message = in.readString();
      } else if (next == DETAILS) {
        details = in.readList(NameValuePairJsonAdapter::read);
      }
    }
    in.endObject();
    return new TaskFailureInformation(
        category,
        code,
        message,
        details,
        unknownProperties);
  }

  @Override public void toJson(JsonWriter writer, TaskFailureInformation value) throws IOException {
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
      Json.writeList(writer, value.details(),
          nameValuePairAdapter::toJson);
    }
    Json.writeRaw(writer, value.unknownProperties());
    writer.endObject();
  }

  /** Writes {@code value} compactly; nested models go through their generated adapters. */
  static void write(JsonByteWriter out, TaskFailureInformation value) {
    out.beginObject();
    if (value.categoryValue() != null) {
      out.name(CATEGORY);
      out.writeString(value.categoryValue());
    }
    if (value.code() != null) {
      out.name(CODE);
      out.writeString(value.code());
    }
    if (value.message() != null) {
      out.name(MESSAGE);
      out.writeString(value.message());
    }
    if (value.details() != null) {
      out.name(DETAILS);
      out.beginArray();
      for (var v0 : value.details()) {
        if (v0 == null) {
          out.nullValue();
        } else {
          NameValuePairJsonAdapter.write(out, v0);
        }
      }
      out.endArray();
    }
    out.unknownProperties(value.unknownProperties());
    out.endObject();
  }

  @Override public String toString() {
    return "GeneratedJsonAdapter(TaskFailureInformation)";
  }
}

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
 * Streams {@link ComputeNodeInformation} to and from JSON without reflection,
 * keeping the properties it does not know. Compact output to Moshi's UTF-8 writer takes a faster
 * path of pre-encoded names and byte-level escaping that writes the same bytes; {@link #read}
 * reads the same values straight from UTF-8 bytes.
 */
public final class ComputeNodeInformationJsonAdapter extends JsonAdapter<ComputeNodeInformation> {
  /** The wire names of the properties; {@link #NAMES} matches them by their index here. */
  private static final String[] WIRE_NAMES = {
      "affinityId",
      "nodeUrl",
      "poolId",
      "nodeId",
      "taskRootDirectory",
      "taskRootDirectoryUrl",
  };
  private static final JsonReader.Options NAMES = JsonReader.Options.of(WIRE_NAMES);
  private static final JsonByteReader.Names READ_NAMES = JsonByteReader.Names.of(WIRE_NAMES);
  private static final JsonName AFFINITY_ID = JsonName.of("affinityId");
  private static final JsonName NODE_URL = JsonName.of("nodeUrl");
  private static final JsonName POOL_ID = JsonName.of("poolId");
  private static final JsonName NODE_ID = JsonName.of("nodeId");
  private static final JsonName TASK_ROOT_DIRECTORY = JsonName.of("taskRootDirectory");
  private static final JsonName TASK_ROOT_DIRECTORY_URL = JsonName.of("taskRootDirectoryUrl");
  /** Whether every nested model is written by its generated adapter, so the fast path applies. */
  final boolean direct;

  public ComputeNodeInformationJsonAdapter(Moshi moshi) {
    this.direct = true;
  }

  @Override public ComputeNodeInformation fromJson(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    ComputeNodeInformation.Builder builder = ComputeNodeInformation.builder();
    reader.beginObject();
    while (reader.hasNext()) {
      int index = reader.selectName(NAMES);
      // The very string instances of WIRE_NAMES: hash codes cached, equals by identity.
      switch (index < 0 ? "" : WIRE_NAMES[index]) {
        case "affinityId":
          builder.affinityId(Json.readString(reader));
          break;
        case "nodeUrl":
          builder.nodeUrl(Json.readString(reader));
          break;
        case "poolId":
          builder.poolId(Json.readString(reader));
          break;
        case "nodeId":
          builder.nodeId(Json.readString(reader));
          break;
        case "taskRootDirectory":
          builder.taskRootDirectory(Json.readString(reader));
          break;
        case "taskRootDirectoryUrl":
          builder.taskRootDirectoryUrl(Json.readString(reader));
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
  public static ComputeNodeInformation read(JsonByteReader in) throws IOException {
    if (in.nextNull()) {
      return null;
    }
    in.beginObject();
    // Each property is looked for first where the model puts it, its name compared in place;
    // the loop reads the rest (another order, unknown or escaped names) as it comes.
    String affinityId = in.nextNameIs(AFFINITY_ID) ? in.readString() : null;
    String nodeUrl = in.nextNameIs(NODE_URL) ? in.readString() : null;
    String poolId = in.nextNameIs(POOL_ID) ? in.readString() : null;
    String nodeId = in.nextNameIs(NODE_ID) ? in.readString() : null;
    String taskRootDirectory = in.nextNameIs(TASK_ROOT_DIRECTORY) ? in.readString() : null;
    String taskRootDirectoryUrl = in.nextNameIs(TASK_ROOT_DIRECTORY_URL) ? in.readString() : null;
    Map<String, String> unknownProperties = null;
    while (in.hasNext()) {
      // A known name comes back as its one JsonName, the constant above: compared by identity.
      JsonName next = in.nextKnownName(READ_NAMES);
      if (next == null) {
        unknownProperties = in.readUnknownProperty(unknownProperties);
      } else if (next == AFFINITY_ID) {
        affinityId = in.readString();
      } else if (next == NODE_URL) {
        nodeUrl = in.readString();
      } else if (next == POOL_ID) {
        poolId = in.readString();
      } else if (next == NODE_ID) {
        nodeId = in.readString();
      } else if (next == TASK_ROOT_DIRECTORY) {
        taskRootDirectory = in.readString();
      } else if (next == TASK_ROOT_DIRECTORY_URL) {
        taskRootDirectoryUrl = in.readString();
      }
    }
    in.endObject();
    return new ComputeNodeInformation(
        affinityId,
        nodeUrl,
        poolId,
        nodeId,
        taskRootDirectory,
        taskRootDirectoryUrl,
        unknownProperties);
  }

  @Override public void toJson(JsonWriter writer, ComputeNodeInformation value) throws IOException {
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
    if (value.affinityId() != null) {
      writer.name("affinityId");
      Json.writeString(writer, value.affinityId());
    }
    if (value.nodeUrl() != null) {
      writer.name("nodeUrl");
      Json.writeString(writer, value.nodeUrl());
    }
    if (value.poolId() != null) {
      writer.name("poolId");
      Json.writeString(writer, value.poolId());
    }
    if (value.nodeId() != null) {
      writer.name("nodeId");
      Json.writeString(writer, value.nodeId());
    }
    if (value.taskRootDirectory() != null) {
      writer.name("taskRootDirectory");
      Json.writeString(writer, value.taskRootDirectory());
    }
    if (value.taskRootDirectoryUrl() != null) {
      writer.name("taskRootDirectoryUrl");
      Json.writeString(writer, value.taskRootDirectoryUrl());
    }
    Json.writeRaw(writer, value.unknownProperties());
    writer.endObject();
  }

  /** Writes {@code value} compactly; nested models go through their generated adapters. */
  static void write(JsonByteWriter out, ComputeNodeInformation value) {
    out.beginObject();
    if (value.affinityId() != null) {
      out.name(AFFINITY_ID);
      out.writeString(value.affinityId());
    }
    if (value.nodeUrl() != null) {
      out.name(NODE_URL);
      out.writeString(value.nodeUrl());
    }
    if (value.poolId() != null) {
      out.name(POOL_ID);
      out.writeString(value.poolId());
    }
    if (value.nodeId() != null) {
      out.name(NODE_ID);
      out.writeString(value.nodeId());
    }
    if (value.taskRootDirectory() != null) {
      out.name(TASK_ROOT_DIRECTORY);
      out.writeString(value.taskRootDirectory());
    }
    if (value.taskRootDirectoryUrl() != null) {
      out.name(TASK_ROOT_DIRECTORY_URL);
      out.writeString(value.taskRootDirectoryUrl());
    }
    out.unknownProperties(value.unknownProperties());
    out.endObject();
  }

  @Override public String toString() {
    return "GeneratedJsonAdapter(ComputeNodeInformation)";
  }
}

// Generated from spec/batch-task.yaml by the templates in templates/. Do not edit.

package io.github.batchtask.model;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import io.github.batchtask.internal.Json;
import java.io.IOException;

/**
 * Streams {@link ComputeNodeInformation} to and from JSON without reflection, keeping the properties it
 * does not know.
 */
public final class ComputeNodeInformationJsonAdapter extends JsonAdapter<ComputeNodeInformation> {
  private static final JsonReader.Options NAMES = JsonReader.Options.of(
      "affinityId",
      "nodeUrl",
      "poolId",
      "nodeId",
      "taskRootDirectory",
      "taskRootDirectoryUrl"
  );

  public ComputeNodeInformationJsonAdapter(Moshi moshi) {
  }

  @Override public ComputeNodeInformation fromJson(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    ComputeNodeInformation.Builder builder = ComputeNodeInformation.builder();
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.selectName(NAMES)) {
        case 0:
          builder.affinityId(Json.readString(reader));
          break;
        case 1:
          builder.nodeUrl(Json.readString(reader));
          break;
        case 2:
          builder.poolId(Json.readString(reader));
          break;
        case 3:
          builder.nodeId(Json.readString(reader));
          break;
        case 4:
          builder.taskRootDirectory(Json.readString(reader));
          break;
        case 5:
          builder.taskRootDirectoryUrl(Json.readString(reader));
          break;
        default:
          builder.putReadUnknownProperty(reader.nextName(), Json.readRaw(reader));
      }
    }
    reader.endObject();
    return builder.build();
  }

  @Override public void toJson(JsonWriter writer, ComputeNodeInformation value) throws IOException {
    if (value == null) {
      writer.nullValue();
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

  @Override public String toString() {
    return "GeneratedJsonAdapter(ComputeNodeInformation)";
  }
}

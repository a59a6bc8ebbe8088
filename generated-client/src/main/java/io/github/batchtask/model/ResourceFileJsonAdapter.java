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
 * Streams {@link ResourceFile} to and from JSON without reflection,
 * keeping the properties it does not know. Compact output to Moshi's UTF-8 writer takes a faster
 * path of pre-encoded names and byte-level escaping that writes the same bytes; {@link #read}
 * reads the same values straight from UTF-8 bytes.
 */
public final class ResourceFileJsonAdapter extends JsonAdapter<ResourceFile> {
  /** The wire names of the properties; {@link #NAMES} matches them by their index here. */
  private static final String[] WIRE_NAMES = {
      "blobSource",
      "autoStorageContainerName",
      "storageContainerUrl",
      "httpUrl",
      "blobPrefix",
      "filePath",
      "fileMode",
      "identityReference",
  };
  private static final JsonReader.Options NAMES = JsonReader.Options.of(WIRE_NAMES);
  private static final JsonByteReader.Names READ_NAMES = JsonByteReader.Names.of(WIRE_NAMES);
  private static final JsonName BLOB_SOURCE = JsonName.of("blobSource");
  private static final JsonName AUTO_STORAGE_CONTAINER_NAME =
      JsonName.of("autoStorageContainerName");
  private static final JsonName STORAGE_CONTAINER_URL = JsonName.of("storageContainerUrl");
  private static final JsonName HTTP_URL = JsonName.of("httpUrl");
  private static final JsonName BLOB_PREFIX = JsonName.of("blobPrefix");
  private static final JsonName FILE_PATH = JsonName.of("filePath");
  private static final JsonName FILE_MODE = JsonName.of("fileMode");
  private static final JsonName IDENTITY_REFERENCE = JsonName.of("identityReference");
  private final JsonAdapter<ComputeNodeIdentityReference> computeNodeIdentityReferenceAdapter;
  /** Whether every nested model is written by its generated adapter, so the fast path applies. */
  final boolean direct;

  public ResourceFileJsonAdapter(Moshi moshi) {
    this.computeNodeIdentityReferenceAdapter = moshi.adapter(ComputeNodeIdentityReference.class);
    boolean direct = true;
    direct &= computeNodeIdentityReferenceAdapter
        instanceof ComputeNodeIdentityReferenceJsonAdapter generated && generated.direct;
    this.direct = direct;
  }

  @Override public ResourceFile fromJson(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    ResourceFile.Builder builder = ResourceFile.builder();
    reader.beginObject();
    while (reader.hasNext()) {
      int index = reader.selectName(NAMES);
      // The very string instances of WIRE_NAMES: hash codes cached, equals by identity.
      switch (index < 0 ? "" : WIRE_NAMES[index]) {
        case "blobSource":
          builder.blobSource(Json.readString(reader));
          break;
        case "autoStorageContainerName":
          builder.autoStorageContainerName(Json.readString(reader));
          break;
        case "storageContainerUrl":
          builder.storageContainerUrl(Json.readString(reader));
          break;
        case "httpUrl":
          builder.httpUrl(Json.readString(reader));
          break;
        case "blobPrefix":
          builder.blobPrefix(Json.readString(reader));
          break;
        case "filePath":
          builder.filePath(Json.readString(reader));
          break;
        case "fileMode":
          builder.fileMode(Json.readString(reader));
          break;
        case "identityReference":
          builder.identityReference(computeNodeIdentityReferenceAdapter.fromJson(reader));
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
  public static ResourceFile read(JsonByteReader in) throws IOException {
    if (in.nextNull()) {
      return null;
    }
    in.beginObject();
    // Each property is looked for first where the model puts it, its name compared in place;
    // the loop reads the rest (another order, unknown or escaped names) as it comes.
    String blobSource = in.nextNameIs(BLOB_SOURCE) ? in.readString() : null;
    String autoStorageContainerName =
        in.nextNameIs(AUTO_STORAGE_CONTAINER_NAME) ? in.readString() : null;
    String storageContainerUrl = in.nextNameIs(STORAGE_CONTAINER_URL) ? in.readString() : null;
    String httpUrl = in.nextNameIs(HTTP_URL) ? in.readString() : null;
    String blobPrefix = in.nextNameIs(BLOB_PREFIX) ? in.readString() : null;
    String filePath = in.nextNameIs(FILE_PATH) ? in.readString() : null;
    String fileMode = in.nextNameIs(FILE_MODE) ? in.readString() : null;
    ComputeNodeIdentityReference identityReference =
        in.nextNameIs(IDENTITY_REFERENCE) ? ComputeNodeIdentityReferenceJsonAdapter.read(in) : null;
    Map<String, String> unknownProperties = null;
    while (in.hasNext()) {
      // A known name comes back as its one JsonName, the constant above: compared by identity.
      JsonName next = in.nextKnownName(READ_NAMES);
      if (next == null) {
        unknownProperties = in.readUnknownProperty(unknownProperties);
      } else if (next == BLOB_SOURCE) {
        blobSource = in.readString();
      } else if (next == AUTO_STORAGE_CONTAINER_NAME) {
        autoStorageContainerName = in.readString();
      } else if (next == STORAGE_CONTAINER_URL) {
        storageContainerUrl = in.readString();
      } else if (next == HTTP_URL) {
        httpUrl = in.readString();
      } else if (next == BLOB_PREFIX) {
        blobPrefix = in.readString();
      } else if (next == FILE_PATH) {
        filePath = in.readString();
      } else if (next == FILE_MODE) {
        fileMode = in.readString();
      } else if (next == IDENTITY_REFERENCE) {
        identityReference = ComputeNodeIdentityReferenceJsonAdapter.read(in);
      }
    }
    in.endObject();
    return new ResourceFile(
        blobSource,
        autoStorageContainerName,
        storageContainerUrl,
        httpUrl,
        blobPrefix,
        filePath,
        fileMode,
        identityReference,
        unknownProperties);
  }

  @Override public void toJson(JsonWriter writer, ResourceFile value) throws IOException {
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
    if (value.blobSource() != null) {
      writer.name("blobSource");
      Json.writeString(writer, value.blobSource());
    }
    if (value.autoStorageContainerName() != null) {
      writer.name("autoStorageContainerName");
      Json.writeString(writer, value.autoStorageContainerName());
    }
    if (value.storageContainerUrl() != null) {
      writer.name("storageContainerUrl");
      Json.writeString(writer, value.storageContainerUrl());
    }
    if (value.httpUrl() != null) {
      writer.name("httpUrl");
      Json.writeString(writer, value.httpUrl());
    }
    if (value.blobPrefix() != null) {
      writer.name("blobPrefix");
      Json.writeString(writer, value.blobPrefix());
    }
    if (value.filePath() != null) {
      writer.name("filePath");
      Json.writeString(writer, value.filePath());
    }
    if (value.fileMode() != null) {
      writer.name("fileMode");
      Json.writeString(writer, value.fileMode());
    }
    if (value.identityReference() != null) {
      writer.name("identityReference");
      computeNodeIdentityReferenceAdapter.toJson(writer, value.identityReference());
    }
    Json.writeRaw(writer, value.unknownProperties());
    writer.endObject();
  }

  /** Writes {@code value} compactly; nested models go through their generated adapters. */
  static void write(JsonByteWriter out, ResourceFile value) {
    out.beginObject();
    if (value.blobSource() != null) {
      out.name(BLOB_SOURCE);
      out.writeString(value.blobSource());
    }
    if (value.autoStorageContainerName() != null) {
      out.name(AUTO_STORAGE_CONTAINER_NAME);
      out.writeString(value.autoStorageContainerName());
    }
    if (value.storageContainerUrl() != null) {
      out.name(STORAGE_CONTAINER_URL);
      out.writeString(value.storageContainerUrl());
    }
    if (value.httpUrl() != null) {
      out.name(HTTP_URL);
      out.writeString(value.httpUrl());
    }
    if (value.blobPrefix() != null) {
      out.name(BLOB_PREFIX);
      out.writeString(value.blobPrefix());
    }
    if (value.filePath() != null) {
      out.name(FILE_PATH);
      out.writeString(value.filePath());
    }
    if (value.fileMode() != null) {
      out.name(FILE_MODE);
      out.writeString(value.fileMode());
    }
    if (value.identityReference() != null) {
      out.name(IDENTITY_REFERENCE);
      ComputeNodeIdentityReferenceJsonAdapter.write(out, value.identityReference());
    }
    out.unknownProperties(value.unknownProperties());
    out.endObject();
  }

  @Override public String toString() {
    return "GeneratedJsonAdapter(ResourceFile)";
  }
}

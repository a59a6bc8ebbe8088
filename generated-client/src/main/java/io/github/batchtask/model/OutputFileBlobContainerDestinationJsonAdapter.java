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
 * Streams {@link OutputFileBlobContainerDestination} to and from JSON without reflection,
 * keeping the properties it does not know. Compact output to Moshi's UTF-8 writer takes a faster
 * path of pre-encoded names and byte-level escaping that writes the same bytes; {@link #read}
 * reads the same values straight from UTF-8 bytes.
 */
public final class OutputFileBlobContainerDestinationJsonAdapter
    extends JsonAdapter<OutputFileBlobContainerDestination> {
  /** The wire names of the properties; {@link #NAMES} matches them by their index here. */
  private static final String[] WIRE_NAMES = {
      "path",
      "containerUrl",
      "identityReference",
      "uploadHeaders",
  };
  private static final JsonReader.Options NAMES = JsonReader.Options.of(WIRE_NAMES);
  private static final JsonByteReader.Names READ_NAMES = JsonByteReader.Names.of(WIRE_NAMES);
  private static final JsonName PATH = JsonName.of("path");
  private static final JsonName CONTAINER_URL = JsonName.of("containerUrl");
  private static final JsonName IDENTITY_REFERENCE = JsonName.of("identityReference");
  private static final JsonName UPLOAD_HEADERS = JsonName.of("uploadHeaders");
  private final JsonAdapter<ComputeNodeIdentityReference> computeNodeIdentityReferenceAdapter;
  private final JsonAdapter<HttpHeader> httpHeaderAdapter;
  /** Whether every nested model is written by its generated adapter, so the fast path applies. */
  final boolean direct;

  public OutputFileBlobContainerDestinationJsonAdapter(Moshi moshi) {
    this.computeNodeIdentityReferenceAdapter = moshi.adapter(ComputeNodeIdentityReference.class);
    this.httpHeaderAdapter = moshi.adapter(HttpHeader.class);
    boolean direct = true;
    direct &= computeNodeIdentityReferenceAdapter
        instanceof ComputeNodeIdentityReferenceJsonAdapter generated && generated.direct;
    direct &= httpHeaderAdapter
        instanceof HttpHeaderJsonAdapter generated && generated.direct;
    this.direct = direct;
  }

  @Override public OutputFileBlobContainerDestination fromJson(JsonReader reader)
      throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    OutputFileBlobContainerDestination.Builder builder =
        OutputFileBlobContainerDestination.builder();
    reader.beginObject();
    while (reader.hasNext()) {
      int index = reader.selectName(NAMES);
      // The very string instances of WIRE_NAMES: hash codes cached, equals by identity.
      switch (index < 0 ? "" : WIRE_NAMES[index]) {
        case "path":
          builder.path(Json.readString(reader));
          break;
        case "containerUrl":
          builder.containerUrl(Json.readString(reader));
          break;
        case "identityReference":
          builder.identityReference(computeNodeIdentityReferenceAdapter.fromJson(reader));
          break;
        case "uploadHeaders":
          builder.uploadHeaders(Json.readList(reader,
              httpHeaderAdapter::fromJson));
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
  public static OutputFileBlobContainerDestination read(JsonByteReader in)
      throws IOException {
    if (in.nextNull()) {
      return null;
    }
    in.beginObject();
    // Each property is looked for first where the model puts it, its name compared in place;
    // the loop reads the rest (another order, unknown or escaped names) as it comes.
    String path = in.nextNameIs(PATH) ? in.readString() : null;
    String containerUrl = in.nextNameIs(CONTAINER_URL) ? in.readString() : null;
    ComputeNodeIdentityReference identityReference =
        in.nextNameIs(IDENTITY_REFERENCE) ? ComputeNodeIdentityReferenceJsonAdapter.read(in) : null;
    List<HttpHeader> uploadHeaders =
        in.nextNameIs(UPLOAD_HEADERS) ? in.readList(HttpHeaderJsonAdapter::read) : null;
    Map<String, String> unknownProperties = null;
    while (in.hasNext()) {
      // A known name comes back as its one JsonName, the constant above: compared by identity.
      JsonName next = in.nextKnownName(READ_NAMES);
      if (next == null) {
        unknownProperties = in.readUnknownProperty(unknownProperties);
      } else if (next == PATH) {
        path = in.readString();
      } else if (next == CONTAINER_URL) {
        containerUrl = in.readString();
      } else if (next == IDENTITY_REFERENCE) {
        identityReference = ComputeNodeIdentityReferenceJsonAdapter.read(in);
      } else if (next == UPLOAD_HEADERS) {
        uploadHeaders = in.readList(HttpHeaderJsonAdapter::read);
      }
    }
    in.endObject();
    return new OutputFileBlobContainerDestination(
        path,
        containerUrl,
        identityReference,
        uploadHeaders,
        unknownProperties);
  }

  @Override public void toJson(JsonWriter writer, OutputFileBlobContainerDestination value)
      throws IOException {
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
    if (value.path() != null) {
      writer.name("path");
      Json.writeString(writer, value.path());
    }
    if (value.containerUrl() != null) {
      writer.name("containerUrl");
      Json.writeString(writer, value.containerUrl());
    }
    if (value.identityReference() != null) {
      writer.name("identityReference");
      computeNodeIdentityReferenceAdapter.toJson(writer, value.identityReference());
    }
    if (value.uploadHeaders() != null) {
      writer.name("uploadHeaders");
      Json.writeList(writer, value.uploadHeaders(),
          httpHeaderAdapter::toJson);
    }
    Json.writeRaw(writer, value.unknownProperties());
    writer.endObject();
  }

  /** Writes {@code value} compactly; nested models go through their generated adapters. */
  static void write(JsonByteWriter out, OutputFileBlobContainerDestination value) {
    out.beginObject();
    if (value.path() != null) {
      out.name(PATH);
      out.writeString(value.path());
    }
    if (value.containerUrl() != null) {
      out.name(CONTAINER_URL);
      out.writeString(value.containerUrl());
    }
    if (value.identityReference() != null) {
      out.name(IDENTITY_REFERENCE);
      ComputeNodeIdentityReferenceJsonAdapter.write(out, value.identityReference());
    }
    if (value.uploadHeaders() != null) {
      out.name(UPLOAD_HEADERS);
      out.beginArray();
      for (var v0 : value.uploadHeaders()) {
        if (v0 == null) {
          out.nullValue();
        } else {
          HttpHeaderJsonAdapter.write(out, v0);
        }
      }
      out.endArray();
    }
    out.unknownProperties(value.unknownProperties());
    out.endObject();
  }

  @Override public String toString() {
    return "GeneratedJsonAdapter(OutputFileBlobContainerDestination)";
  }
}

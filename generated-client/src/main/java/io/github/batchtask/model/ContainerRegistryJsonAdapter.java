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
 * Streams {@link ContainerRegistry} to and from JSON without reflection,
 * keeping the properties it does not know. Compact output to Moshi's UTF-8 writer takes a faster
 * path of pre-encoded names and byte-level escaping that writes the same bytes; {@link #read}
 * reads the same values straight from UTF-8 bytes.
 */
public final class ContainerRegistryJsonAdapter extends JsonAdapter<ContainerRegistry> {
  /** The wire names of the properties; {@link #NAMES} matches them by their index here. */
  private static final String[] WIRE_NAMES = {
      "username",
      "password",
      "registryServer",
      "identityReference",
  };
  private static final JsonReader.Options NAMES = JsonReader.Options.of(WIRE_NAMES);
  private static final JsonByteReader.Names READ_NAMES = JsonByteReader.Names.of(WIRE_NAMES);
  private static final JsonName USERNAME = JsonName.of("username");
  private static final JsonName PASSWORD = JsonName.of("password");
  private static final JsonName REGISTRY_SERVER = JsonName.of("registryServer");
  private static final JsonName IDENTITY_REFERENCE = JsonName.of("identityReference");
  private final JsonAdapter<ComputeNodeIdentityReference> computeNodeIdentityReferenceAdapter;
  /** Whether every nested model is written by its generated adapter, so the fast path applies. */
  final boolean direct;

  public ContainerRegistryJsonAdapter(Moshi moshi) {
    this.computeNodeIdentityReferenceAdapter = moshi.adapter(ComputeNodeIdentityReference.class);
    boolean direct = true;
    direct &= computeNodeIdentityReferenceAdapter
        instanceof ComputeNodeIdentityReferenceJsonAdapter generated && generated.direct;
    this.direct = direct;
  }

  @Override public ContainerRegistry fromJson(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    ContainerRegistry.Builder builder = ContainerRegistry.builder();
    reader.beginObject();
    while (reader.hasNext()) {
      int index = reader.selectName(NAMES);
      // The very string instances of WIRE_NAMES: hash codes cached, equals by identity.
      switch (index < 0 ? "" : WIRE_NAMES[index]) {
        case "username":
          builder.username(Json.readString(reader));
          break;
        case "password":
          builder.password(Json.readString(reader));
          break;
        case "registryServer":
          builder.registryServer(Json.readString(reader));
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
  public static ContainerRegistry read(JsonByteReader in) throws IOException {
    if (in.nextNull()) {
      return null;
    }
    in.beginObject();
    // Each property is looked for first where the model puts it, its name compared in place;
    // the loop reads the rest (another order, unknown or escaped names) as it comes.
    String username = in.nextNameIs(USERNAME) ? in.readString() : null;
    String password = in.nextNameIs(PASSWORD) ? in.readString() : null;
    String registryServer = in.nextNameIs(REGISTRY_SERVER) ? in.readString() : null;
    ComputeNodeIdentityReference identityReference =
        in.nextNameIs(IDENTITY_REFERENCE) ? ComputeNodeIdentityReferenceJsonAdapter.read(in) : null;
    Map<String, String> unknownProperties = null;
    while (in.hasNext()) {
      // A known name comes back as its one JsonName, the constant above: compared by identity.
      JsonName next = in.nextKnownName(READ_NAMES);
      if (next == null) {
        unknownProperties = in.readUnknownProperty(unknownProperties);
      } else if (next == USERNAME) {
        username = in.readString();
      } else if (next == PASSWORD) {
        password = in.readString();
      } else if (next == REGISTRY_SERVER) {
        registryServer = in.readString();
      } else if (next == IDENTITY_REFERENCE) {
        identityReference = ComputeNodeIdentityReferenceJsonAdapter.read(in);
      }
    }
    in.endObject();
    return new ContainerRegistry(
        username,
        password,
        registryServer,
        identityReference,
        unknownProperties);
  }

  @Override public void toJson(JsonWriter writer, ContainerRegistry value) throws IOException {
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
    if (value.username() != null) {
      writer.name("username");
      Json.writeString(writer, value.username());
    }
    if (value.password() != null) {
      writer.name("password");
      Json.writeString(writer, value.password());
    }
    if (value.registryServer() != null) {
      writer.name("registryServer");
      Json.writeString(writer, value.registryServer());
    }
    if (value.identityReference() != null) {
      writer.name("identityReference");
      computeNodeIdentityReferenceAdapter.toJson(writer, value.identityReference());
    }
    Json.writeRaw(writer, value.unknownProperties());
    writer.endObject();
  }

  /** Writes {@code value} compactly; nested models go through their generated adapters. */
  static void write(JsonByteWriter out, ContainerRegistry value) {
    out.beginObject();
    if (value.username() != null) {
      out.name(USERNAME);
      out.writeString(value.username());
    }
    if (value.password() != null) {
      out.name(PASSWORD);
      out.writeString(value.password());
    }
    if (value.registryServer() != null) {
      out.name(REGISTRY_SERVER);
      out.writeString(value.registryServer());
    }
    if (value.identityReference() != null) {
      out.name(IDENTITY_REFERENCE);
      ComputeNodeIdentityReferenceJsonAdapter.write(out, value.identityReference());
    }
    out.unknownProperties(value.unknownProperties());
    out.endObject();
  }

  @Override public String toString() {
    return "GeneratedJsonAdapter(ContainerRegistry)";
  }
}

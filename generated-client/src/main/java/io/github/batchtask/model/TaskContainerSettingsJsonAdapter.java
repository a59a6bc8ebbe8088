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
 * Streams {@link TaskContainerSettings} to and from JSON without reflection,
 * keeping the properties it does not know. Compact output to Moshi's UTF-8 writer takes a faster
 * path of pre-encoded names and byte-level escaping that writes the same bytes; {@link #read}
 * reads the same values straight from UTF-8 bytes.
 */
public final class TaskContainerSettingsJsonAdapter extends JsonAdapter<TaskContainerSettings> {
  /** The wire names of the properties; {@link #NAMES} matches them by their index here. */
  private static final String[] WIRE_NAMES = {
      "containerRunOptions",
      "imageName",
      "registry",
      "workingDirectory",
      "containerHostBatchBindMounts",
  };
  private static final JsonReader.Options NAMES = JsonReader.Options.of(WIRE_NAMES);
  private static final JsonByteReader.Names READ_NAMES = JsonByteReader.Names.of(WIRE_NAMES);
  private static final JsonName CONTAINER_RUN_OPTIONS = JsonName.of("containerRunOptions");
  private static final JsonName IMAGE_NAME = JsonName.of("imageName");
  private static final JsonName REGISTRY = JsonName.of("registry");
  private static final JsonName WORKING_DIRECTORY = JsonName.of("workingDirectory");
  private static final JsonName CONTAINER_HOST_BATCH_BIND_MOUNTS =
      JsonName.of("containerHostBatchBindMounts");
  private final JsonAdapter<ContainerRegistry> containerRegistryAdapter;
  private final JsonAdapter<ContainerHostBatchBindMountEntry>
      containerHostBatchBindMountEntryAdapter;
  /** Whether every nested model is written by its generated adapter, so the fast path applies. */
  final boolean direct;

  public TaskContainerSettingsJsonAdapter(Moshi moshi) {
    this.containerRegistryAdapter = moshi.adapter(ContainerRegistry.class);
    this.containerHostBatchBindMountEntryAdapter =
        moshi.adapter(ContainerHostBatchBindMountEntry.class);
    boolean direct = true;
    direct &= containerRegistryAdapter
        instanceof ContainerRegistryJsonAdapter generated && generated.direct;
    direct &= containerHostBatchBindMountEntryAdapter
        instanceof ContainerHostBatchBindMountEntryJsonAdapter generated && generated.direct;
    this.direct = direct;
  }

  @Override public TaskContainerSettings fromJson(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    TaskContainerSettings.Builder builder = TaskContainerSettings.builder();
    reader.beginObject();
    while (reader.hasNext()) {
      int index = reader.selectName(NAMES);
      // The very string instances of WIRE_NAMES: hash codes cached, equals by identity.
      switch (index < 0 ? "" : WIRE_NAMES[index]) {
        case "containerRunOptions":
          builder.containerRunOptions(Json.readString(reader));
          break;
        case "imageName":
          builder.imageName(Json.readString(reader));
          break;
        case "registry":
          builder.registry(containerRegistryAdapter.fromJson(reader));
          break;
        case "workingDirectory":
          builder.workingDirectoryValue(Json.readString(reader));
          break;
        case "containerHostBatchBindMounts":
          builder.containerHostBatchBindMounts(Json.readList(reader,
              containerHostBatchBindMountEntryAdapter::fromJson));
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
  public static TaskContainerSettings read(JsonByteReader in) throws IOException {
    if (in.nextNull()) {
      return null;
    }
    in.beginObject();
    // Each property is looked for first where the model puts it, its name compared in place;
    // the loop reads the rest (another order, unknown or escaped names) as it comes.
    String containerRunOptions = in.nextNameIs(CONTAINER_RUN_OPTIONS) ? in.readString() : null;
    String imageName = in.nextNameIs(IMAGE_NAME) ? in.readString() : null;
    ContainerRegistry registry =
        in.nextNameIs(REGISTRY) ? ContainerRegistryJsonAdapter.read(in) : null;
    String workingDirectory = in.nextNameIs(WORKING_DIRECTORY) ? in.readString() : null;
    List<ContainerHostBatchBindMountEntry> containerHostBatchBindMounts =
        in.nextNameIs(CONTAINER_HOST_BATCH_BIND_MOUNTS)
            ? in.readList(ContainerHostBatchBindMountEntryJsonAdapter::read) : null;
    Map<String, String> unknownProperties = null;
    while (in.hasNext()) {
      // A known name comes back as its one JsonName, the constant above: compared by identity.
      JsonName next = in.nextKnownName(READ_NAMES);
      if (next == null) {
        unknownProperties = in.readUnknownProperty(unknownProperties);
      } else if (next == CONTAINER_RUN_OPTIONS) {
        containerRunOptions = in.readString();
      } else if (next == IMAGE_NAME) {
        imageName = in.readString();
      } else if (next == REGISTRY) {
        registry = ContainerRegistryJsonAdapter.read(in);
      } else if (next == WORKING_DIRECTORY) {
        workingDirectory = in.readString();
      } else if (next == CONTAINER_HOST_BATCH_BIND_MOUNTS) {
        containerHostBatchBindMounts =
            in.readList(ContainerHostBatchBindMountEntryJsonAdapter::read);
      }
    }
    in.endObject();
    return new TaskContainerSettings(
        containerRunOptions,
        imageName,
        registry,
        workingDirectory,
        containerHostBatchBindMounts,
        unknownProperties);
  }

  @Override public void toJson(JsonWriter writer, TaskContainerSettings value) throws IOException {
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
    if (value.containerRunOptions() != null) {
      writer.name("containerRunOptions");
      Json.writeString(writer, value.containerRunOptions());
    }
    if (value.imageName() != null) {
      writer.name("imageName");
      Json.writeString(writer, value.imageName());
    }
    if (value.registry() != null) {
      writer.name("registry");
      containerRegistryAdapter.toJson(writer, value.registry());
    }
    if (value.workingDirectoryValue() != null) {
      writer.name("workingDirectory");
      Json.writeString(writer, value.workingDirectoryValue());
    }
    if (value.containerHostBatchBindMounts() != null) {
      writer.name("containerHostBatchBindMounts");
      Json.writeList(writer, value.containerHostBatchBindMounts(),
          containerHostBatchBindMountEntryAdapter::toJson);
    }
    Json.writeRaw(writer, value.unknownProperties());
    writer.endObject();
  }

  /** Writes {@code value} compactly; nested models go through their generated adapters. */
  static void write(JsonByteWriter out, TaskContainerSettings value) {
    out.beginObject();
    if (value.containerRunOptions() != null) {
      out.name(CONTAINER_RUN_OPTIONS);
      out.writeString(value.containerRunOptions());
    }
    if (value.imageName() != null) {
      out.name(IMAGE_NAME);
      out.writeString(value.imageName());
    }
    if (value.registry() != null) {
      out.name(REGISTRY);
      ContainerRegistryJsonAdapter.write(out, value.registry());
    }
    if (value.workingDirectoryValue() != null) {
      out.name(WORKING_DIRECTORY);
      out.writeString(value.workingDirectoryValue());
    }
    if (value.containerHostBatchBindMounts() != null) {
      out.name(CONTAINER_HOST_BATCH_BIND_MOUNTS);
      out.beginArray();
      for (var v0 : value.containerHostBatchBindMounts()) {
        if (v0 == null) {
          out.nullValue();
        } else {
          ContainerHostBatchBindMountEntryJsonAdapter.write(out, v0);
        }
      }
      out.endArray();
    }
    out.unknownProperties(value.unknownProperties());
    out.endObject();
  }

  @Override public String toString() {
    return "GeneratedJsonAdapter(TaskContainerSettings)";
  }
}

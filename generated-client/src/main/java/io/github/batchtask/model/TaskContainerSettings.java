// Generated from spec/batch-task.yaml by the templates in templates/. Do not edit.

package io.github.batchtask.model;

import static java.util.Objects.requireNonNull;

import com.squareup.moshi.JsonClass;
import io.github.batchtask.json.Json;
import io.github.batchtask.json.ModelString;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The container settings of a task. */
@JsonClass(generateAdapter = true)
public final class TaskContainerSettings {
  private final String containerRunOptions;
  private final String imageName;
  private final ContainerRegistry registry;
  private final String workingDirectory;
  private final List<ContainerHostBatchBindMountEntry> containerHostBatchBindMounts;
  private final Map<String, String> unknownProperties;

  private TaskContainerSettings(Builder builder) {
    this(
        builder.containerRunOptions,
        builder.imageName,
        builder.registry,
        builder.workingDirectory,
        builder.containerHostBatchBindMounts,
        builder.unknownProperties == null
            ? null : new LinkedHashMap<>(builder.unknownProperties));
  }

  /**
   * The values as the adapter's byte read reads them, each as its field holds it;
   * {@code unknownProperties} (null if none) is taken over, not copied.
   */
  TaskContainerSettings(
      String containerRunOptions,
      String imageName,
      ContainerRegistry registry,
      String workingDirectory,
      List<ContainerHostBatchBindMountEntry> containerHostBatchBindMounts,
      Map<String, String> unknownProperties) {
    this.containerRunOptions = containerRunOptions;
    this.imageName = imageName;
    this.registry = registry;
    this.workingDirectory = workingDirectory;
    this.containerHostBatchBindMounts = containerHostBatchBindMounts;
    this.unknownProperties = unknownProperties == null
        ? Collections.emptyMap() : Collections.unmodifiableMap(unknownProperties);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Additional options to the container create command ("docker create"). */
  public String containerRunOptions() {
    return containerRunOptions;
  }

  /**
   * The full reference of the image in which the task runs, as given to "docker pull"; without a
   * tag, ":latest".
   */
  public String imageName() {
    return imageName;
  }

  /**
   * The private registry that holds the image, if not already given when the pool was created.
   */
  public ContainerRegistry registry() {
    return registry;
  }

  /** The task's working directory in the container; the default is taskWorkingDirectory. */
  public ContainerWorkingDirectory workingDirectory() {
    return workingDirectory == null ? null : ContainerWorkingDirectory.fromValue(workingDirectory);
  }

  /** {@code workingDirectory} exactly as sent, also when it is not a known value. */
  public String workingDirectoryValue() {
    return workingDirectory;
  }

  /**
   * The host paths mounted into the task's container. Absent, the whole temporary disk (Windows)
   * or AZ_BATCH_NODE_ROOT_DIR (Linux) is mounted; empty, nothing is.
   */
  public List<ContainerHostBatchBindMountEntry> containerHostBatchBindMounts() {
    return containerHostBatchBindMounts;
  }

  /**
   * Properties the service sent that this version of the client does not know, by wire name,
   * each as its raw JSON text. They are written back unchanged.
   */
  public Map<String, String> unknownProperties() {
    return unknownProperties;
  }

  @Override public boolean equals(Object other) {
    if (other == this) {
      return true;
    }
    return other instanceof TaskContainerSettings that
        && Objects.equals(containerRunOptions, that.containerRunOptions)
        && Objects.equals(imageName, that.imageName)
        && Objects.equals(registry, that.registry)
        && Objects.equals(workingDirectory, that.workingDirectory)
        && Objects.equals(containerHostBatchBindMounts, that.containerHostBatchBindMounts)
        && unknownProperties.equals(that.unknownProperties);
  }

  @Override public int hashCode() {
    return Objects.hash(
        containerRunOptions,
        imageName,
        registry,
        workingDirectory,
        containerHostBatchBindMounts,
        unknownProperties);
  }

  @Override public String toString() {
    return new ModelString("TaskContainerSettings")
        .add("containerRunOptions", containerRunOptions)
        .add("imageName", imageName)
        .add("registry", registry)
        .add("workingDirectory", workingDirectory)
        .add("containerHostBatchBindMounts", containerHostBatchBindMounts)
        .addUnknown(unknownProperties)
        .toString();
  }

  /** Builds {@link TaskContainerSettings} values; every property is optional. */
  public static final class Builder {
    private String containerRunOptions;
    private String imageName;
    private ContainerRegistry registry;
    private String workingDirectory;
    private List<ContainerHostBatchBindMountEntry> containerHostBatchBindMounts;
    private Map<String, String> unknownProperties;

    Builder() {
    }

    Builder(TaskContainerSettings source) {
      this.containerRunOptions = source.containerRunOptions;
      this.imageName = source.imageName;
      this.registry = source.registry;
      this.workingDirectory = source.workingDirectory;
      this.containerHostBatchBindMounts = source.containerHostBatchBindMounts;
      this.unknownProperties =
          source.unknownProperties.isEmpty() ? null : new LinkedHashMap<>(source.unknownProperties);
    }

    public Builder containerRunOptions(String containerRunOptions) {
      this.containerRunOptions = containerRunOptions;
      return this;
    }

    public Builder imageName(String imageName) {
      this.imageName = imageName;
      return this;
    }

    public Builder registry(ContainerRegistry registry) {
      this.registry = registry;
      return this;
    }

    public Builder workingDirectory(ContainerWorkingDirectory workingDirectory) {
      this.workingDirectory = workingDirectory == null
          ? null : Json.enumValue(workingDirectory.value(), "workingDirectory");
      return this;
    }

    /** Sets {@code workingDirectory} to a wire value, known or not. */
    public Builder workingDirectoryValue(String workingDirectoryValue) {
      this.workingDirectory = workingDirectoryValue;
      return this;
    }

    public Builder containerHostBatchBindMounts(
        List<ContainerHostBatchBindMountEntry> containerHostBatchBindMounts) {
      this.containerHostBatchBindMounts = Json.copyOf(containerHostBatchBindMounts);
      return this;
    }

    /** Adds a property this version of the client does not know, with its raw JSON value. */
    public Builder putUnknownProperty(String name, String json) {
      requireNonNull(name, "name == null");
      requireNonNull(json, "json == null");
      unknownProperties = Json.putRaw(unknownProperties, name, Json.checkRaw(name, json));
      return this;
    }

    /** Like {@link #putUnknownProperty} for JSON that the adapter has just read whole. */
    Builder putReadUnknownProperty(String name, String json) {
      unknownProperties = Json.putRaw(unknownProperties, name, json);
      return this;
    }

    public Builder clearUnknownProperties() {
      unknownProperties = null;
      return this;
    }

    public TaskContainerSettings build() {
      return new TaskContainerSettings(this);
    }
  }
}

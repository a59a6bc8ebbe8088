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

/** Settings of a multi-instance task. */
@JsonClass(generateAdapter = true)
public final class MultiInstanceSettings {
  private final Integer numberOfInstances;
  private final String coordinationCommandLine;
  private final List<ResourceFile> commonResourceFiles;
  private final Map<String, String> unknownProperties;

  private MultiInstanceSettings(Builder builder) {
    this(
        builder.numberOfInstances,
        builder.coordinationCommandLine,
        builder.commonResourceFiles,
        builder.unknownProperties == null
            ? null : new LinkedHashMap<>(builder.unknownProperties));
  }

  /**
   * The values as the adapter's byte read reads them, each as its field holds it;
   * {@code unknownProperties} (null if none) is taken over, not copied.
   */
  MultiInstanceSettings(
      Integer numberOfInstances,
      String coordinationCommandLine,
      List<ResourceFile> commonResourceFiles,
      Map<String, String> unknownProperties) {
    this.numberOfInstances = numberOfInstances;
    this.coordinationCommandLine = coordinationCommandLine;
    this.commonResourceFiles = commonResourceFiles;
    this.unknownProperties = unknownProperties == null
        ? Collections.emptyMap() : Collections.unmodifiableMap(unknownProperties);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The number of compute nodes required by the task. */
  public Integer numberOfInstances() {
    return numberOfInstances;
  }

  /**
   * The command line run on all compute nodes so that they can coordinate when the primary runs
   * the main task command, typically starting a background service.
   */
  public String coordinationCommandLine() {
    return coordinationCommandLine;
  }

  /**
   * Files downloaded before the coordination command line runs: for all subtasks including the
   * primary, whereas the task's resource files go to the primary only.
   */
  public List<ResourceFile> commonResourceFiles() {
    return commonResourceFiles;
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
    return other instanceof MultiInstanceSettings that
        && Objects.equals(numberOfInstances, that.numberOfInstances)
        && Objects.equals(coordinationCommandLine, that.coordinationCommandLine)
        && Objects.equals(commonResourceFiles, that.commonResourceFiles)
        && unknownProperties.equals(that.unknownProperties);
  }

  @Override public int hashCode() {
    return Objects.hash(
        numberOfInstances,
        coordinationCommandLine,
        commonResourceFiles,
        unknownProperties);
  }

  @Override public String toString() {
    return new ModelString("MultiInstanceSettings")
        .add("numberOfInstances", numberOfInstances)
        .add("coordinationCommandLine", coordinationCommandLine)
        .add("commonResourceFiles", commonResourceFiles)
        .addUnknown(unknownProperties)
        .toString();
  }

  /** Builds {@link MultiInstanceSettings} values; every property is optional. */
  public static final class Builder {
    private Integer numberOfInstances;
    private String coordinationCommandLine;
    private List<ResourceFile> commonResourceFiles;
    private Map<String, String> unknownProperties;

    Builder() {
    }

    Builder(MultiInstanceSettings source) {
      this.numberOfInstances = source.numberOfInstances;
      this.coordinationCommandLine = source.coordinationCommandLine;
      this.commonResourceFiles = source.commonResourceFiles;
      this.unknownProperties =
          source.unknownProperties.isEmpty() ? null : new LinkedHashMap<>(source.unknownProperties);
    }

    public Builder numberOfInstances(Integer numberOfInstances) {
      this.numberOfInstances = numberOfInstances;
      return this;
    }

    public Builder coordinationCommandLine(String coordinationCommandLine) {
      this.coordinationCommandLine = coordinationCommandLine;
      return this;
    }

    public Builder commonResourceFiles(List<ResourceFile> commonResourceFiles) {
      this.commonResourceFiles = Json.copyOf(commonResourceFiles);
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

    public MultiInstanceSettings build() {
      return new MultiInstanceSettings(this);
    }
  }
}

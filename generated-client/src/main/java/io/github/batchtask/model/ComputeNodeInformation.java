// Generated from spec/batch-task.yaml by the templates in templates/. Do not edit.

package io.github.batchtask.model;

import static java.util.Objects.requireNonNull;

import com.squareup.moshi.JsonClass;
import io.github.batchtask.json.Json;
import io.github.batchtask.json.ModelString;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Information about the compute node on which a task ran. */
@JsonClass(generateAdapter = true)
public final class ComputeNodeInformation {
  private final String affinityId;
  private final String nodeUrl;
  private final String poolId;
  private final String nodeId;
  private final String taskRootDirectory;
  private final String taskRootDirectoryUrl;
  private final Map<String, String> unknownProperties;

  private ComputeNodeInformation(Builder builder) {
    this(
        builder.affinityId,
        builder.nodeUrl,
        builder.poolId,
        builder.nodeId,
        builder.taskRootDirectory,
        builder.taskRootDirectoryUrl,
        builder.unknownProperties == null
            ? null : new LinkedHashMap<>(builder.unknownProperties));
  }

  /**
   * The values as the adapter's byte read reads them, each as its field holds it;
   * {@code unknownProperties} (null if none) is taken over, not copied.
   */
  ComputeNodeInformation(
      String affinityId,
      String nodeUrl,
      String poolId,
      String nodeId,
      String taskRootDirectory,
      String taskRootDirectoryUrl,
      Map<String, String> unknownProperties) {
    this.affinityId = affinityId;
    this.nodeUrl = nodeUrl;
    this.poolId = poolId;
    this.nodeId = nodeId;
    this.taskRootDirectory = taskRootDirectory;
    this.taskRootDirectoryUrl = taskRootDirectoryUrl;
    this.unknownProperties = unknownProperties == null
        ? Collections.emptyMap() : Collections.unmodifiableMap(unknownProperties);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * An identifier for the compute node, which can be passed when adding a task to schedule it
   * close to this node.
   */
  public String affinityId() {
    return affinityId;
  }

  /** The URL of the compute node. */
  public String nodeUrl() {
    return nodeUrl;
  }

  /** The id of the pool on which the task ran. */
  public String poolId() {
    return poolId;
  }

  /** The id of the node on which the task ran. */
  public String nodeId() {
    return nodeId;
  }

  /** The root directory of the task on the compute node. */
  public String taskRootDirectory() {
    return taskRootDirectory;
  }

  /**
   * The URL of the root directory of the task on the compute node, for retrieving task files.
   */
  public String taskRootDirectoryUrl() {
    return taskRootDirectoryUrl;
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
    return other instanceof ComputeNodeInformation that
        && Objects.equals(affinityId, that.affinityId)
        && Objects.equals(nodeUrl, that.nodeUrl)
        && Objects.equals(poolId, that.poolId)
        && Objects.equals(nodeId, that.nodeId)
        && Objects.equals(taskRootDirectory, that.taskRootDirectory)
        && Objects.equals(taskRootDirectoryUrl, that.taskRootDirectoryUrl)
        && unknownProperties.equals(that.unknownProperties);
  }

  @Override public int hashCode() {
    return Objects.hash(
        affinityId,
        nodeUrl,
        poolId,
        nodeId,
        taskRootDirectory,
        taskRootDirectoryUrl,
        unknownProperties);
  }

  @Override public String toString() {
    return new ModelString("ComputeNodeInformation")
        .add("affinityId", affinityId)
        .add("nodeUrl", nodeUrl)
        .add("poolId", poolId)
        .add("nodeId", nodeId)
        .add("taskRootDirectory", taskRootDirectory)
        .add("taskRootDirectoryUrl", taskRootDirectoryUrl)
        .addUnknown(unknownProperties)
        .toString();
  }

  /** Builds {@link ComputeNodeInformation} values; every property is optional. */
  public static final class Builder {
    private String affinityId;
    private String nodeUrl;
    private String poolId;
    private String nodeId;
    private String taskRootDirectory;
    private String taskRootDirectoryUrl;
    private Map<String, String> unknownProperties;

    Builder() {
    }

    Builder(ComputeNodeInformation source) {
      this.affinityId = source.affinityId;
      this.nodeUrl = source.nodeUrl;
      this.poolId = source.poolId;
      this.nodeId = source.nodeId;
      this.taskRootDirectory = source.taskRootDirectory;
      this.taskRootDirectoryUrl = source.taskRootDirectoryUrl;
      this.unknownProperties =
          source.unknownProperties.isEmpty() ? null : new LinkedHashMap<>(source.unknownProperties);
    }

    public Builder affinityId(String affinityId) {
      this.affinityId = affinityId;
      return this;
    }

    public Builder nodeUrl(String nodeUrl) {
      this.nodeUrl = nodeUrl;
      return this;
    }

    public Builder poolId(String poolId) {
      this.poolId = poolId;
      return this;
    }

    public Builder nodeId(String nodeId) {
      this.nodeId = nodeId;
      return this;
    }

    public Builder taskRootDirectory(String taskRootDirectory) {
      this.taskRootDirectory = taskRootDirectory;
      return this;
    }

    public Builder taskRootDirectoryUrl(String taskRootDirectoryUrl) {
      this.taskRootDirectoryUrl = taskRootDirectoryUrl;
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

    public ComputeNodeInformation build() {
      return new ComputeNodeInformation(this);
    }
  }
}

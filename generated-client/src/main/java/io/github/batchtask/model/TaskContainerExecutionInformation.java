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

/** The container in which a task runs. */
@JsonClass(generateAdapter = true)
public final class TaskContainerExecutionInformation {
  private final String containerId;
  private final String state;
  private final String error;
  private final Map<String, String> unknownProperties;

  private TaskContainerExecutionInformation(Builder builder) {
    this(
        builder.containerId,
        builder.state,
        builder.error,
        builder.unknownProperties == null
            ? null : new LinkedHashMap<>(builder.unknownProperties));
  }

  /**
   * The values as the adapter's byte read reads them, each as its field holds it;
   * {@code unknownProperties} (null if none) is taken over, not copied.
   */
  TaskContainerExecutionInformation(
      String containerId,
      String state,
      String error,
      Map<String, String> unknownProperties) {
    this.containerId = containerId;
    this.state = state;
    this.error = error;
    this.unknownProperties = unknownProperties == null
        ? Collections.emptyMap() : Collections.unmodifiableMap(unknownProperties);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The id of the container. */
  public String containerId() {
    return containerId;
  }

  /** The state of the container, as "docker inspect" reports it. */
  public String state() {
    return state;
  }

  /** Detailed error information about the container, as "docker inspect" reports it. */
  public String error() {
    return error;
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
    return other instanceof TaskContainerExecutionInformation that
        && Objects.equals(containerId, that.containerId)
        && Objects.equals(state, that.state)
        && Objects.equals(error, that.error)
        && unknownProperties.equals(that.unknownProperties);
  }

  @Override public int hashCode() {
    return Objects.hash(
        containerId,
        state,
        error,
        unknownProperties);
  }

  @Override public String toString() {
    return new ModelString("TaskContainerExecutionInformation")
        .add("containerId", containerId)
        .add("state", state)
        .add("error", error)
        .addUnknown(unknownProperties)
        .toString();
  }

  /** Builds {@link TaskContainerExecutionInformation} values; every property is optional. */
  public static final class Builder {
    private String containerId;
    private String state;
    private String error;
    private Map<String, String> unknownProperties;

    Builder() {
    }

    Builder(TaskContainerExecutionInformation source) {
      this.containerId = source.containerId;
      this.state = source.state;
      this.error = source.error;
      this.unknownProperties =
          source.unknownProperties.isEmpty() ? null : new LinkedHashMap<>(source.unknownProperties);
    }

    public Builder containerId(String containerId) {
      this.containerId = containerId;
      return this;
    }

    public Builder state(String state) {
      this.state = state;
      return this;
    }

    public Builder error(String error) {
      this.error = error;
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

    public TaskContainerExecutionInformation build() {
      return new TaskContainerExecutionInformation(this);
    }
  }
}

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

/** The tasks a task depends on. */
@JsonClass(generateAdapter = true)
public final class TaskDependencies {
  private final List<String> taskIds;
  private final List<TaskIdRange> taskIdRanges;
  private final Map<String, String> unknownProperties;

  private TaskDependencies(Builder builder) {
    this(
        builder.taskIds,
        builder.taskIdRanges,
        builder.unknownProperties == null
            ? null : new LinkedHashMap<>(builder.unknownProperties));
  }

  /**
   * The values as the adapter's byte read reads them, each as its field holds it;
   * {@code unknownProperties} (null if none) is taken over, not copied.
   */
  TaskDependencies(
      List<String> taskIds,
      List<TaskIdRange> taskIdRanges,
      Map<String, String> unknownProperties) {
    this.taskIds = taskIds;
    this.taskIdRanges = taskIdRanges;
    this.unknownProperties = unknownProperties == null
        ? Collections.emptyMap() : Collections.unmodifiableMap(unknownProperties);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The ids of the tasks this task depends on. */
  public List<String> taskIds() {
    return taskIds;
  }

  /** The ranges of task ids this task depends on. */
  public List<TaskIdRange> taskIdRanges() {
    return taskIdRanges;
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
    return other instanceof TaskDependencies that
        && Objects.equals(taskIds, that.taskIds)
        && Objects.equals(taskIdRanges, that.taskIdRanges)
        && unknownProperties.equals(that.unknownProperties);
  }

  @Override public int hashCode() {
    return Objects.hash(
        taskIds,
        taskIdRanges,
        unknownProperties);
  }

  @Override public String toString() {
    return new ModelString("TaskDependencies")
        .add("taskIds", taskIds)
        .add("taskIdRanges", taskIdRanges)
        .addUnknown(unknownProperties)
        .toString();
  }

  /** Builds {@link TaskDependencies} values; every property is optional. */
  public static final class Builder {
    private List<String> taskIds;
    private List<TaskIdRange> taskIdRanges;
    private Map<String, String> unknownProperties;

    Builder() {
    }

    Builder(TaskDependencies source) {
      this.taskIds = source.taskIds;
      this.taskIdRanges = source.taskIdRanges;
      this.unknownProperties =
          source.unknownProperties.isEmpty() ? null : new LinkedHashMap<>(source.unknownProperties);
    }

    public Builder taskIds(List<String> taskIds) {
      this.taskIds = Json.copyOf(taskIds);
      return this;
    }

    public Builder taskIdRanges(List<TaskIdRange> taskIdRanges) {
      this.taskIdRanges = Json.copyOf(taskIdRanges);
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

    public TaskDependencies build() {
      return new TaskDependencies(this);
    }
  }
}

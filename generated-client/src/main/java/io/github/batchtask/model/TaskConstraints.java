// Generated from spec/batch-task.yaml by the templates in templates/. Do not edit.

package io.github.batchtask.model;

import static java.util.Objects.requireNonNull;

import com.squareup.moshi.JsonClass;
import io.github.batchtask.json.Json;
import io.github.batchtask.json.ModelString;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Execution constraints to apply to a task. */
@JsonClass(generateAdapter = true)
public final class TaskConstraints {
  private final Duration maxWallClockTime;
  private final Integer maxTaskRetryCount;
  private final Duration retentionTime;
  private final Map<String, String> unknownProperties;

  private TaskConstraints(Builder builder) {
    this(
        builder.maxWallClockTime,
        builder.maxTaskRetryCount,
        builder.retentionTime,
        builder.unknownProperties == null
            ? null : new LinkedHashMap<>(builder.unknownProperties));
  }

  /**
   * The values as the adapter's byte read reads them, each as its field holds it;
   * {@code unknownProperties} (null if none) is taken over, not copied.
   */
  TaskConstraints(
      Duration maxWallClockTime,
      Integer maxTaskRetryCount,
      Duration retentionTime,
      Map<String, String> unknownProperties) {
    this.maxWallClockTime = maxWallClockTime;
    this.maxTaskRetryCount = maxTaskRetryCount;
    this.retentionTime = retentionTime;
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
   * The maximum elapsed time that the task may run, measured from the time the task starts. If
   * the task does not complete in time, the Batch service terminates it. If absent, there is no
   * time limit.
   */
  public Duration maxWallClockTime() {
    return maxWallClockTime;
  }

  /**
   * The maximum number of times the task may be retried after a nonzero exit code: 0 means no
   * retries (the default), -1 retries without limit.
   */
  public Integer maxTaskRetryCount() {
    return maxTaskRetryCount;
  }

  /**
   * How long the task's working directory is retained after the task completes; the default is
   * infinite.
   */
  public Duration retentionTime() {
    return retentionTime;
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
    return other instanceof TaskConstraints that
        && Objects.equals(maxWallClockTime, that.maxWallClockTime)
        && Objects.equals(maxTaskRetryCount, that.maxTaskRetryCount)
        && Objects.equals(retentionTime, that.retentionTime)
        && unknownProperties.equals(that.unknownProperties);
  }

  @Override public int hashCode() {
    return Objects.hash(
        maxWallClockTime,
        maxTaskRetryCount,
        retentionTime,
        unknownProperties);
  }

  @Override public String toString() {
    return new ModelString("TaskConstraints")
        .add("maxWallClockTime", maxWallClockTime)
        .add("maxTaskRetryCount", maxTaskRetryCount)
        .add("retentionTime", retentionTime)
        .addUnknown(unknownProperties)
        .toString();
  }

  /** Builds {@link TaskConstraints} values; every property is optional. */
  public static final class Builder {
    private Duration maxWallClockTime;
    private Integer maxTaskRetryCount;
    private Duration retentionTime;
    private Map<String, String> unknownProperties;

    Builder() {
    }

    Builder(TaskConstraints source) {
      this.maxWallClockTime = source.maxWallClockTime;
      this.maxTaskRetryCount = source.maxTaskRetryCount;
      this.retentionTime = source.retentionTime;
      this.unknownProperties =
          source.unknownProperties.isEmpty() ? null : new LinkedHashMap<>(source.unknownProperties);
    }

    public Builder maxWallClockTime(Duration maxWallClockTime) {
      this.maxWallClockTime = maxWallClockTime;
      return this;
    }

    public Builder maxTaskRetryCount(Integer maxTaskRetryCount) {
      this.maxTaskRetryCount = maxTaskRetryCount;
      return this;
    }

    public Builder retentionTime(Duration retentionTime) {
      this.retentionTime = retentionTime;
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

    public TaskConstraints build() {
      return new TaskConstraints(this);
    }
  }
}

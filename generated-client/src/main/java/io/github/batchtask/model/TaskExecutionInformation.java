// Generated from spec/batch-task.yaml by the templates in templates/. Do not edit.

package io.github.batchtask.model;

import static java.util.Objects.requireNonNull;

import com.squareup.moshi.JsonClass;
import io.github.batchtask.json.Json;
import io.github.batchtask.json.ModelString;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Information about the execution of a task. */
@JsonClass(generateAdapter = true)
public final class TaskExecutionInformation {
  private final Instant startTime;
  private final Instant endTime;
  private final Integer exitCode;
  private final TaskContainerExecutionInformation containerInfo;
  private final TaskFailureInformation failureInfo;
  private final Integer retryCount;
  private final Instant lastRetryTime;
  private final Integer requeueCount;
  private final Instant lastRequeueTime;
  private final String result;
  private final Map<String, String> unknownProperties;

  private TaskExecutionInformation(Builder builder) {
    this(
        builder.startTime,
        builder.endTime,
        builder.exitCode,
        builder.containerInfo,
        builder.failureInfo,
        builder.retryCount,
        builder.lastRetryTime,
        builder.requeueCount,
        builder.lastRequeueTime,
        builder.result,
        builder.unknownProperties == null
            ? null : new LinkedHashMap<>(builder.unknownProperties));
  }

  /**
   * The values as the adapter's byte read reads them, each as its field holds it;
   * {@code unknownProperties} (null if none) is taken over, not copied.
   */
  TaskExecutionInformation(
      Instant startTime,
      Instant endTime,
      Integer exitCode,
      TaskContainerExecutionInformation containerInfo,
      TaskFailureInformation failureInfo,
      Integer retryCount,
      Instant lastRetryTime,
      Integer requeueCount,
      Instant lastRequeueTime,
      String result,
      Map<String, String> unknownProperties) {
    this.startTime = startTime;
    this.endTime = endTime;
    this.exitCode = exitCode;
    this.containerInfo = containerInfo;
    this.failureInfo = failureInfo;
    this.retryCount = retryCount;
    this.lastRetryTime = lastRetryTime;
    this.requeueCount = requeueCount;
    this.lastRequeueTime = lastRequeueTime;
    this.result = result;
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
   * The most recent time at which the task started running, including downloading resource files
   * and deploying packages. Present only in the running and completed states.
   */
  public Instant startTime() {
    return startTime;
  }

  /** The time at which the task completed. Present only in the completed state. */
  public Instant endTime() {
    return endTime;
  }

  /** The exit code of the task. Present only in the completed state. */
  public Integer exitCode() {
    return exitCode;
  }

  /**
   * Information about the container under which the task runs; present only if the task runs in
   * a container.
   */
  public TaskContainerExecutionInformation containerInfo() {
    return containerInfo;
  }

  /**
   * Information describing the task failure, set only if the task failed and is now in the
   * completed state.
   */
  public TaskFailureInformation failureInfo() {
    return failureInfo;
  }

  /**
   * The number of times the Batch service has retried the task. Nonzero exit codes are retried,
   * pre-processing and file upload errors are not, up to the constraints' limit.
   */
  public Integer retryCount() {
    return retryCount;
  }

  /**
   * The most recent time at which a retry of the task started running; present only if
   * retryCount is nonzero. Unlike startTime, it is not updated when the task restarts for other
   * reasons such as a node reboot.
   */
  public Instant lastRetryTime() {
    return lastRetryTime;
  }

  /**
   * The number of times the task has been requeued at a user's request, when nodes are removed
   * from a pool or the job is disabled.
   */
  public Integer requeueCount() {
    return requeueCount;
  }

  /**
   * The most recent time at which the task was requeued at a user's request; present only if
   * requeueCount is nonzero.
   */
  public Instant lastRequeueTime() {
    return lastRequeueTime;
  }

  /** The result of the task execution; on failure, see failureInfo. */
  public TaskExecutionResult result() {
    return result == null ? null : TaskExecutionResult.fromValue(result);
  }

  /** {@code result} exactly as sent, also when it is not a known value. */
  public String resultValue() {
    return result;
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
    return other instanceof TaskExecutionInformation that
        && Objects.equals(startTime, that.startTime)
        && Objects.equals(endTime, that.endTime)
        && Objects.equals(exitCode, that.exitCode)
        && Objects.equals(containerInfo, that.containerInfo)
        && Objects.equals(failureInfo, that.failureInfo)
        && Objects.equals(retryCount, that.retryCount)
        && Objects.equals(lastRetryTime, that.lastRetryTime)
        && Objects.equals(requeueCount, that.requeueCount)
        && Objects.equals(lastRequeueTime, that.lastRequeueTime)
        && Objects.equals(result, that.result)
        && unknownProperties.equals(that.unknownProperties);
  }

  @Override public int hashCode() {
    return Objects.hash(
        startTime,
        endTime,
        exitCode,
        containerInfo,
        failureInfo,
        retryCount,
        lastRetryTime,
        requeueCount,
        lastRequeueTime,
        result,
        unknownProperties);
  }

  @Override public String toString() {
    return new ModelString("TaskExecutionInformation")
        .add("startTime", startTime)
        .add("endTime", endTime)
        .add("exitCode", exitCode)
        .add("containerInfo", containerInfo)
        .add("failureInfo", failureInfo)
        .add("retryCount", retryCount)
        .add("lastRetryTime", lastRetryTime)
        .add("requeueCount", requeueCount)
        .add("lastRequeueTime", lastRequeueTime)
        .add("result", result)
        .addUnknown(unknownProperties)
        .toString();
  }

  /** Builds {@link TaskExecutionInformation} values; every property is optional. */
  public static final class Builder {
    private Instant startTime;
    private Instant endTime;
    private Integer exitCode;
    private TaskContainerExecutionInformation containerInfo;
    private TaskFailureInformation failureInfo;
    private Integer retryCount;
    private Instant lastRetryTime;
    private Integer requeueCount;
    private Instant lastRequeueTime;
    private String result;
    private Map<String, String> unknownProperties;

    Builder() {
    }

    Builder(TaskExecutionInformation source) {
      this.startTime = source.startTime;
      this.endTime = source.endTime;
      this.exitCode = source.exitCode;
      this.containerInfo = source.containerInfo;
      this.failureInfo = source.failureInfo;
      this.retryCount = source.retryCount;
      this.lastRetryTime = source.lastRetryTime;
      this.requeueCount = source.requeueCount;
      this.lastRequeueTime = source.lastRequeueTime;
      this.result = source.result;
      this.unknownProperties =
          source.unknownProperties.isEmpty() ? null : new LinkedHashMap<>(source.unknownProperties);
    }

    public Builder startTime(Instant startTime) {
      this.startTime = startTime;
      return this;
    }

    public Builder endTime(Instant endTime) {
      this.endTime = endTime;
      return this;
    }

    public Builder exitCode(Integer exitCode) {
      this.exitCode = exitCode;
      return this;
    }

    public Builder containerInfo(TaskContainerExecutionInformation containerInfo) {
      this.containerInfo = containerInfo;
      return this;
    }

    public Builder failureInfo(TaskFailureInformation failureInfo) {
      this.failureInfo = failureInfo;
      return this;
    }

    public Builder retryCount(Integer retryCount) {
      this.retryCount = retryCount;
      return this;
    }

    public Builder lastRetryTime(Instant lastRetryTime) {
      this.lastRetryTime = lastRetryTime;
      return this;
    }

    public Builder requeueCount(Integer requeueCount) {
      this.requeueCount = requeueCount;
      return this;
    }

    public Builder lastRequeueTime(Instant lastRequeueTime) {
      this.lastRequeueTime = lastRequeueTime;
      return this;
    }

    public Builder result(TaskExecutionResult result) {
      this.result = result == null
          ? null : Json.enumValue(result.value(), "result");
      return this;
    }

    /** Sets {@code result} to a wire value, known or not. */
    public Builder resultValue(String resultValue) {
      this.result = resultValue;
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

    public TaskExecutionInformation build() {
      return new TaskExecutionInformation(this);
    }
  }
}

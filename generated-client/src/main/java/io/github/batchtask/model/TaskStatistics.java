// Generated from spec/batch-task.yaml by the templates in templates/. Do not edit.

package io.github.batchtask.model;

import static java.util.Objects.requireNonNull;

import com.squareup.moshi.JsonClass;
import io.github.batchtask.json.Json;
import io.github.batchtask.json.ModelString;
import io.github.batchtask.json.WireLong;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Resource usage statistics for a task. */
@JsonClass(generateAdapter = true)
public final class TaskStatistics {
  private final String url;
  private final Instant startTime;
  private final Instant lastUpdateTime;
  private final Duration userCPUTime;
  private final Duration kernelCPUTime;
  private final Duration wallClockTime;
  private final WireLong readIOps;
  private final WireLong writeIOps;
  private final Double readIOGiB;
  private final Double writeIOGiB;
  private final Duration waitTime;
  private final Map<String, String> unknownProperties;

  private TaskStatistics(Builder builder) {
    this(
        builder.url,
        builder.startTime,
        builder.lastUpdateTime,
        builder.userCPUTime,
        builder.kernelCPUTime,
        builder.wallClockTime,
        builder.readIOps,
        builder.writeIOps,
        builder.readIOGiB,
        builder.writeIOGiB,
        builder.waitTime,
        builder.unknownProperties == null
            ? null : new LinkedHashMap<>(builder.unknownProperties));
  }

  /**
   * The values as the adapter's byte read reads them, each as its field holds it;
   * {@code unknownProperties} (null if none) is taken over, not copied.
   */
  TaskStatistics(
      String url,
      Instant startTime,
      Instant lastUpdateTime,
      Duration userCPUTime,
      Duration kernelCPUTime,
      Duration wallClockTime,
      WireLong readIOps,
      WireLong writeIOps,
      Double readIOGiB,
      Double writeIOGiB,
      Duration waitTime,
      Map<String, String> unknownProperties) {
    this.url = url;
    this.startTime = startTime;
    this.lastUpdateTime = lastUpdateTime;
    this.userCPUTime = userCPUTime;
    this.kernelCPUTime = kernelCPUTime;
    this.wallClockTime = wallClockTime;
    this.readIOps = readIOps;
    this.writeIOps = writeIOps;
    this.readIOGiB = readIOGiB;
    this.writeIOGiB = writeIOGiB;
    this.waitTime = waitTime;
    this.unknownProperties = unknownProperties == null
        ? Collections.emptyMap() : Collections.unmodifiableMap(unknownProperties);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The URL of the statistics. */
  public String url() {
    return url;
  }

  /** The start of the time range covered by the statistics. */
  public Instant startTime() {
    return startTime;
  }

  /**
   * The time at which the statistics were last updated; all statistics cover the range from
   * startTime to lastUpdateTime.
   */
  public Instant lastUpdateTime() {
    return lastUpdateTime;
  }

  /** The total user mode CPU time, summed across all cores and compute nodes. */
  public Duration userCPUTime() {
    return userCPUTime;
  }

  /** The total kernel mode CPU time, summed across all cores and compute nodes. */
  public Duration kernelCPUTime() {
    return kernelCPUTime;
  }

  /**
   * The total wall clock time of the task, from start to finish (or the last update), including
   * all retries.
   */
  public Duration wallClockTime() {
    return wallClockTime;
  }

  /** The total number of disk read operations performed by the task. */
  public Long readIOps() {
    return readIOps == null ? null : readIOps.value();
  }

  /** {@code readIOps} in the form it came in, a JSON string or number. */
  WireLong readIOpsWire() {
    return readIOps;
  }

  /** The total number of disk write operations performed by the task. */
  public Long writeIOps() {
    return writeIOps == null ? null : writeIOps.value();
  }

  /** {@code writeIOps} in the form it came in, a JSON string or number. */
  WireLong writeIOpsWire() {
    return writeIOps;
  }

  /** The total data read from disk by the task, in GiB. */
  public Double readIOGiB() {
    return readIOGiB;
  }

  /** The total data written to disk by the task, in GiB. */
  public Double writeIOGiB() {
    return writeIOGiB;
  }

  /**
   * The time between the creation of the task and the start of its most recent execution.
   */
  public Duration waitTime() {
    return waitTime;
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
    return other instanceof TaskStatistics that
        && Objects.equals(url, that.url)
        && Objects.equals(startTime, that.startTime)
        && Objects.equals(lastUpdateTime, that.lastUpdateTime)
        && Objects.equals(userCPUTime, that.userCPUTime)
        && Objects.equals(kernelCPUTime, that.kernelCPUTime)
        && Objects.equals(wallClockTime, that.wallClockTime)
        && Objects.equals(readIOps, that.readIOps)
        && Objects.equals(writeIOps, that.writeIOps)
        && Objects.equals(readIOGiB, that.readIOGiB)
        && Objects.equals(writeIOGiB, that.writeIOGiB)
        && Objects.equals(waitTime, that.waitTime)
        && unknownProperties.equals(that.unknownProperties);
  }

  @Override public int hashCode() {
    return Objects.hash(
        url,
        startTime,
        lastUpdateTime,
        userCPUTime,
        kernelCPUTime,
        wallClockTime,
        readIOps,
        writeIOps,
        readIOGiB,
        writeIOGiB,
        waitTime,
        unknownProperties);
  }

  @Override public String toString() {
    return new ModelString("TaskStatistics")
        .add("url", url)
        .add("startTime", startTime)
        .add("lastUpdateTime", lastUpdateTime)
        .add("userCPUTime", userCPUTime)
        .add("kernelCPUTime", kernelCPUTime)
        .add("wallClockTime", wallClockTime)
        .add("readIOps", readIOps)
        .add("writeIOps", writeIOps)
        .add("readIOGiB", readIOGiB)
        .add("writeIOGiB", writeIOGiB)
        .add("waitTime", waitTime)
        .addUnknown(unknownProperties)
        .toString();
  }

  /** Builds {@link TaskStatistics} values; every property is optional. */
  public static final class Builder {
    private String url;
    private Instant startTime;
    private Instant lastUpdateTime;
    private Duration userCPUTime;
    private Duration kernelCPUTime;
    private Duration wallClockTime;
    private WireLong readIOps;
    private WireLong writeIOps;
    private Double readIOGiB;
    private Double writeIOGiB;
    private Duration waitTime;
    private Map<String, String> unknownProperties;

    Builder() {
    }

    Builder(TaskStatistics source) {
      this.url = source.url;
      this.startTime = source.startTime;
      this.lastUpdateTime = source.lastUpdateTime;
      this.userCPUTime = source.userCPUTime;
      this.kernelCPUTime = source.kernelCPUTime;
      this.wallClockTime = source.wallClockTime;
      this.readIOps = source.readIOps;
      this.writeIOps = source.writeIOps;
      this.readIOGiB = source.readIOGiB;
      this.writeIOGiB = source.writeIOGiB;
      this.waitTime = source.waitTime;
      this.unknownProperties =
          source.unknownProperties.isEmpty() ? null : new LinkedHashMap<>(source.unknownProperties);
    }

    public Builder url(String url) {
      this.url = url;
      return this;
    }

    public Builder startTime(Instant startTime) {
      this.startTime = startTime;
      return this;
    }

    public Builder lastUpdateTime(Instant lastUpdateTime) {
      this.lastUpdateTime = lastUpdateTime;
      return this;
    }

    public Builder userCPUTime(Duration userCPUTime) {
      this.userCPUTime = userCPUTime;
      return this;
    }

    public Builder kernelCPUTime(Duration kernelCPUTime) {
      this.kernelCPUTime = kernelCPUTime;
      return this;
    }

    public Builder wallClockTime(Duration wallClockTime) {
      this.wallClockTime = wallClockTime;
      return this;
    }

    /** Sets {@code readIOps}, written as the spec declares it: a JSON string. */
    public Builder readIOps(Long readIOps) {
      this.readIOps = readIOps == null ? null : WireLong.ofString(readIOps);
      return this;
    }

    /** Sets {@code readIOps} in the form it came in, to be written back so. */
    Builder readIOpsWire(WireLong readIOpsWire) {
      this.readIOps = readIOpsWire;
      return this;
    }

    /** Sets {@code writeIOps}, written as the spec declares it: a JSON string. */
    public Builder writeIOps(Long writeIOps) {
      this.writeIOps = writeIOps == null ? null : WireLong.ofString(writeIOps);
      return this;
    }

    /** Sets {@code writeIOps} in the form it came in, to be written back so. */
    Builder writeIOpsWire(WireLong writeIOpsWire) {
      this.writeIOps = writeIOpsWire;
      return this;
    }

    public Builder readIOGiB(Double readIOGiB) {
      this.readIOGiB = readIOGiB;
      return this;
    }

    public Builder writeIOGiB(Double writeIOGiB) {
      this.writeIOGiB = writeIOGiB;
      return this;
    }

    public Builder waitTime(Duration waitTime) {
      this.waitTime = waitTime;
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

    public TaskStatistics build() {
      return new TaskStatistics(this);
    }
  }
}

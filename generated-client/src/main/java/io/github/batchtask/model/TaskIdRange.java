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

/**
 * A range of task ids, both ends inclusive: start 9 and end 12 mean tasks "9", "10", "11" and
 * "12".
 */
@JsonClass(generateAdapter = true)
public final class TaskIdRange {
  private final Integer start;
  private final Integer end;
  private final Map<String, String> unknownProperties;

  private TaskIdRange(Builder builder) {
    this(
        builder.start,
        builder.end,
        builder.unknownProperties == null
            ? null : new LinkedHashMap<>(builder.unknownProperties));
  }

  /**
   * The values as the adapter's byte read reads them, each as its field holds it;
   * {@code unknownProperties} (null if none) is taken over, not copied.
   */
  TaskIdRange(
      Integer start,
      Integer end,
      Map<String, String> unknownProperties) {
    this.start = start;
    this.end = end;
    this.unknownProperties = unknownProperties == null
        ? Collections.emptyMap() : Collections.unmodifiableMap(unknownProperties);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The first id in the range. */
  public Integer start() {
    return start;
  }

  /** The last id in the range. */
  public Integer end() {
    return end;
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
    return other instanceof TaskIdRange that
        && Objects.equals(start, that.start)
        && Objects.equals(end, that.end)
        && unknownProperties.equals(that.unknownProperties);
  }

  @Override public int hashCode() {
    return Objects.hash(
        start,
        end,
        unknownProperties);
  }

  @Override public String toString() {
    return new ModelString("TaskIdRange")
        .add("start", start)
        .add("end", end)
        .addUnknown(unknownProperties)
        .toString();
  }

  /** Builds {@link TaskIdRange} values; every property is optional. */
  public static final class Builder {
    private Integer start;
    private Integer end;
    private Map<String, String> unknownProperties;

    Builder() {
    }

    Builder(TaskIdRange source) {
      this.start = source.start;
      this.end = source.end;
      this.unknownProperties =
          source.unknownProperties.isEmpty() ? null : new LinkedHashMap<>(source.unknownProperties);
    }

    public Builder start(Integer start) {
      this.start = start;
      return this;
    }

    public Builder end(Integer end) {
      this.end = end;
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

    public TaskIdRange build() {
      return new TaskIdRange(this);
    }
  }
}

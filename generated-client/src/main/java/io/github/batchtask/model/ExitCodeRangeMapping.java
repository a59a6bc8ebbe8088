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

/** How the Batch service responds to a range of exit codes. */
@JsonClass(generateAdapter = true)
public final class ExitCodeRangeMapping {
  private final Integer start;
  private final Integer end;
  private final ExitOptions exitOptions;
  private final Map<String, String> unknownProperties;

  private ExitCodeRangeMapping(Builder builder) {
    this(
        builder.start,
        builder.end,
        builder.exitOptions,
        builder.unknownProperties == null
            ? null : new LinkedHashMap<>(builder.unknownProperties));
  }

  /**
   * The values as the adapter's byte read reads them, each as its field holds it;
   * {@code unknownProperties} (null if none) is taken over, not copied.
   */
  ExitCodeRangeMapping(
      Integer start,
      Integer end,
      ExitOptions exitOptions,
      Map<String, String> unknownProperties) {
    this.start = start;
    this.end = end;
    this.exitOptions = exitOptions;
    this.unknownProperties = unknownProperties == null
        ? Collections.emptyMap() : Collections.unmodifiableMap(unknownProperties);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The first exit code in the range. */
  public Integer start() {
    return start;
  }

  /** The last exit code in the range. */
  public Integer end() {
    return end;
  }

  /**
   * How the Batch service responds if the task exits with an exit code from start to end,
   * inclusive.
   */
  public ExitOptions exitOptions() {
    return exitOptions;
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
    return other instanceof ExitCodeRangeMapping that
        && Objects.equals(start, that.start)
        && Objects.equals(end, that.end)
        && Objects.equals(exitOptions, that.exitOptions)
        && unknownProperties.equals(that.unknownProperties);
  }

  @Override public int hashCode() {
    return Objects.hash(
        start,
        end,
        exitOptions,
        unknownProperties);
  }

  @Override public String toString() {
    return new ModelString("ExitCodeRangeMapping")
        .add("start", start)
        .add("end", end)
        .add("exitOptions", exitOptions)
        .addUnknown(unknownProperties)
        .toString();
  }

  /** Builds {@link ExitCodeRangeMapping} values; every property is optional. */
  public static final class Builder {
    private Integer start;
    private Integer end;
    private ExitOptions exitOptions;
    private Map<String, String> unknownProperties;

    Builder() {
    }

    Builder(ExitCodeRangeMapping source) {
      this.start = source.start;
      this.end = source.end;
      this.exitOptions = source.exitOptions;
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

    public Builder exitOptions(ExitOptions exitOptions) {
      this.exitOptions = exitOptions;
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

    public ExitCodeRangeMapping build() {
      return new ExitCodeRangeMapping(this);
    }
  }
}

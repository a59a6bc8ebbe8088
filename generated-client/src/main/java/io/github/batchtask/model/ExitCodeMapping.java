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

/** How the Batch service responds to a particular exit code. */
@JsonClass(generateAdapter = true)
public final class ExitCodeMapping {
  private final Integer code;
  private final ExitOptions exitOptions;
  private final Map<String, String> unknownProperties;

  private ExitCodeMapping(Builder builder) {
    this(
        builder.code,
        builder.exitOptions,
        builder.unknownProperties == null
            ? null : new LinkedHashMap<>(builder.unknownProperties));
  }

  /**
   * The values as the adapter's byte read reads them, each as its field holds it;
   * {@code unknownProperties} (null if none) is taken over, not copied.
   */
  ExitCodeMapping(
      Integer code,
      ExitOptions exitOptions,
      Map<String, String> unknownProperties) {
    this.code = code;
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

  /** A process exit code. */
  public Integer code() {
    return code;
  }

  /** How the Batch service responds if the task exits with this exit code. */
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
    return other instanceof ExitCodeMapping that
        && Objects.equals(code, that.code)
        && Objects.equals(exitOptions, that.exitOptions)
        && unknownProperties.equals(that.unknownProperties);
  }

  @Override public int hashCode() {
    return Objects.hash(
        code,
        exitOptions,
        unknownProperties);
  }

  @Override public String toString() {
    return new ModelString("ExitCodeMapping")
        .add("code", code)
        .add("exitOptions", exitOptions)
        .addUnknown(unknownProperties)
        .toString();
  }

  /** Builds {@link ExitCodeMapping} values; every property is optional. */
  public static final class Builder {
    private Integer code;
    private ExitOptions exitOptions;
    private Map<String, String> unknownProperties;

    Builder() {
    }

    Builder(ExitCodeMapping source) {
      this.code = source.code;
      this.exitOptions = source.exitOptions;
      this.unknownProperties =
          source.unknownProperties.isEmpty() ? null : new LinkedHashMap<>(source.unknownProperties);
    }

    public Builder code(Integer code) {
      this.code = code;
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

    public ExitCodeMapping build() {
      return new ExitCodeMapping(this);
    }
  }
}

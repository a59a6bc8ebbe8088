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

/** How the Batch service responds when a task completes. */
@JsonClass(generateAdapter = true)
public final class ExitConditions {
  private final List<ExitCodeMapping> exitCodes;
  private final List<ExitCodeRangeMapping> exitCodeRanges;
  private final ExitOptions preProcessingError;
  private final ExitOptions fileUploadError;
  private final ExitOptions defaultExitOptions;
  private final Map<String, String> unknownProperties;

  private ExitConditions(Builder builder) {
    this(
        builder.exitCodes,
        builder.exitCodeRanges,
        builder.preProcessingError,
        builder.fileUploadError,
        builder.defaultExitOptions,
        builder.unknownProperties == null
            ? null : new LinkedHashMap<>(builder.unknownProperties));
  }

  /**
   * The values as the adapter's byte read reads them, each as its field holds it;
   * {@code unknownProperties} (null if none) is taken over, not copied.
   */
  ExitConditions(
      List<ExitCodeMapping> exitCodes,
      List<ExitCodeRangeMapping> exitCodeRanges,
      ExitOptions preProcessingError,
      ExitOptions fileUploadError,
      ExitOptions defaultExitOptions,
      Map<String, String> unknownProperties) {
    this.exitCodes = exitCodes;
    this.exitCodeRanges = exitCodeRanges;
    this.preProcessingError = preProcessingError;
    this.fileUploadError = fileUploadError;
    this.defaultExitOptions = defaultExitOptions;
    this.unknownProperties = unknownProperties == null
        ? Collections.emptyMap() : Collections.unmodifiableMap(unknownProperties);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Task exit codes and how the Batch service responds to them. */
  public List<ExitCodeMapping> exitCodes() {
    return exitCodes;
  }

  /** Task exit code ranges and how the Batch service responds to them. */
  public List<ExitCodeRangeMapping> exitCodeRanges() {
    return exitCodeRanges;
  }

  /** How the Batch service responds if the task fails to start due to an error. */
  public ExitOptions preProcessingError() {
    return preProcessingError;
  }

  /**
   * How the Batch service responds if a file upload error occurs; an action given for the task's
   * exit code takes precedence.
   */
  public ExitOptions fileUploadError() {
    return fileUploadError;
  }

  /**
   * How the Batch service responds to an exit condition not covered by the other properties: a
   * nonzero exit code not listed, or an error whose own property is absent. Exit code 0 must be
   * listed explicitly.
   */
  public ExitOptions defaultExitOptions() {
    return defaultExitOptions;
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
    return other instanceof ExitConditions that
        && Objects.equals(exitCodes, that.exitCodes)
        && Objects.equals(exitCodeRanges, that.exitCodeRanges)
        && Objects.equals(preProcessingError, that.preProcessingError)
        && Objects.equals(fileUploadError, that.fileUploadError)
        && Objects.equals(defaultExitOptions, that.defaultExitOptions)
        && unknownProperties.equals(that.unknownProperties);
  }

  @Override public int hashCode() {
    return Objects.hash(
        exitCodes,
        exitCodeRanges,
        preProcessingError,
        fileUploadError,
        defaultExitOptions,
        unknownProperties);
  }

  @Override public String toString() {
    return new ModelString("ExitConditions")
        .add("exitCodes", exitCodes)
        .add("exitCodeRanges", exitCodeRanges)
        .add("preProcessingError", preProcessingError)
        .add("fileUploadError", fileUploadError)
        .add("defaultExitOptions", defaultExitOptions)
        .addUnknown(unknownProperties)
        .toString();
  }

  /** Builds {@link ExitConditions} values; every property is optional. */
  public static final class Builder {
    private List<ExitCodeMapping> exitCodes;
    private List<ExitCodeRangeMapping> exitCodeRanges;
    private ExitOptions preProcessingError;
    private ExitOptions fileUploadError;
    private ExitOptions defaultExitOptions;
    private Map<String, String> unknownProperties;

    Builder() {
    }

    Builder(ExitConditions source) {
      this.exitCodes = source.exitCodes;
      this.exitCodeRanges = source.exitCodeRanges;
      this.preProcessingError = source.preProcessingError;
      this.fileUploadError = source.fileUploadError;
      this.defaultExitOptions = source.defaultExitOptions;
      this.unknownProperties =
          source.unknownProperties.isEmpty() ? null : new LinkedHashMap<>(source.unknownProperties);
    }

    public Builder exitCodes(List<ExitCodeMapping> exitCodes) {
      this.exitCodes = Json.copyOf(exitCodes);
      return this;
    }

    public Builder exitCodeRanges(List<ExitCodeRangeMapping> exitCodeRanges) {
      this.exitCodeRanges = Json.copyOf(exitCodeRanges);
      return this;
    }

    public Builder preProcessingError(ExitOptions preProcessingError) {
      this.preProcessingError = preProcessingError;
      return this;
    }

    public Builder fileUploadError(ExitOptions fileUploadError) {
      this.fileUploadError = fileUploadError;
      return this;
    }

    public Builder defaultExitOptions(ExitOptions defaultExitOptions) {
      this.defaultExitOptions = defaultExitOptions;
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

    public ExitConditions build() {
      return new ExitConditions(this);
    }
  }
}

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

/** Options for an output file upload. */
@JsonClass(generateAdapter = true)
public final class OutputFileUploadOptions {
  private final String uploadCondition;
  private final Map<String, String> unknownProperties;

  private OutputFileUploadOptions(Builder builder) {
    this(
        builder.uploadCondition,
        builder.unknownProperties == null
            ? null : new LinkedHashMap<>(builder.unknownProperties));
  }

  /**
   * The values as the adapter's byte read reads them, each as its field holds it;
   * {@code unknownProperties} (null if none) is taken over, not copied.
   */
  OutputFileUploadOptions(
      String uploadCondition,
      Map<String, String> unknownProperties) {
    this.uploadCondition = uploadCondition;
    this.unknownProperties = unknownProperties == null
        ? Collections.emptyMap() : Collections.unmodifiableMap(unknownProperties);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The conditions under which the files are uploaded; the default is taskcompletion. */
  public OutputFileUploadCondition uploadCondition() {
    return uploadCondition == null ? null : OutputFileUploadCondition.fromValue(uploadCondition);
  }

  /** {@code uploadCondition} exactly as sent, also when it is not a known value. */
  public String uploadConditionValue() {
    return uploadCondition;
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
    return other instanceof OutputFileUploadOptions that
        && Objects.equals(uploadCondition, that.uploadCondition)
        && unknownProperties.equals(that.unknownProperties);
  }

  @Override public int hashCode() {
    return Objects.hash(
        uploadCondition,
        unknownProperties);
  }

  @Override public String toString() {
    return new ModelString("OutputFileUploadOptions")
        .add("uploadCondition", uploadCondition)
        .addUnknown(unknownProperties)
        .toString();
  }

  /** Builds {@link OutputFileUploadOptions} values; every property is optional. */
  public static final class Builder {
    private String uploadCondition;
    private Map<String, String> unknownProperties;

    Builder() {
    }

    Builder(OutputFileUploadOptions source) {
      this.uploadCondition = source.uploadCondition;
      this.unknownProperties =
          source.unknownProperties.isEmpty() ? null : new LinkedHashMap<>(source.unknownProperties);
    }

    public Builder uploadCondition(OutputFileUploadCondition uploadCondition) {
      this.uploadCondition = uploadCondition == null
          ? null : Json.enumValue(uploadCondition.value(), "uploadCondition");
      return this;
    }

    /** Sets {@code uploadCondition} to a wire value, known or not. */
    public Builder uploadConditionValue(String uploadConditionValue) {
      this.uploadCondition = uploadConditionValue;
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

    public OutputFileUploadOptions build() {
      return new OutputFileUploadOptions(this);
    }
  }
}

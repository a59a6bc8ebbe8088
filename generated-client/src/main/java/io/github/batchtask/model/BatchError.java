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

/** An error response from the Batch service. */
@JsonClass(generateAdapter = true)
public final class BatchError {
  private final String code;
  private final ErrorMessage message;
  private final List<BatchErrorDetail> values;
  private final Map<String, String> unknownProperties;

  private BatchError(Builder builder) {
    this(
        builder.code,
        builder.message,
        builder.values,
        builder.unknownProperties == null
            ? null : new LinkedHashMap<>(builder.unknownProperties));
  }

  /**
   * The values as the adapter's byte read reads them, each as its field holds it;
   * {@code unknownProperties} (null if none) is taken over, not copied.
   */
  BatchError(
      String code,
      ErrorMessage message,
      List<BatchErrorDetail> values,
      Map<String, String> unknownProperties) {
    this.code = code;
    this.message = message;
    this.values = values;
    this.unknownProperties = unknownProperties == null
        ? Collections.emptyMap() : Collections.unmodifiableMap(unknownProperties);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /** An identifier for the error, meant to be consumed programmatically. */
  public String code() {
    return code;
  }

  /** A message describing the error, suitable for display in a user interface. */
  public ErrorMessage message() {
    return message;
  }

  /** Key/value pairs with additional details about the error. */
  public List<BatchErrorDetail> values() {
    return values;
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
    return other instanceof BatchError that
        && Objects.equals(code, that.code)
        && Objects.equals(message, that.message)
        && Objects.equals(values, that.values)
        && unknownProperties.equals(that.unknownProperties);
  }

  @Override public int hashCode() {
    return Objects.hash(
        code,
        message,
        values,
        unknownProperties);
  }

  @Override public String toString() {
    return new ModelString("BatchError")
        .add("code", code)
        .add("message", message)
        .add("values", values)
        .addUnknown(unknownProperties)
        .toString();
  }

  /** Builds {@link BatchError} values; every property is optional. */
  public static final class Builder {
    private String code;
    private ErrorMessage message;
    private List<BatchErrorDetail> values;
    private Map<String, String> unknownProperties;

    Builder() {
    }

    Builder(BatchError source) {
      this.code = source.code;
      this.message = source.message;
      this.values = source.values;
      this.unknownProperties =
          source.unknownProperties.isEmpty() ? null : new LinkedHashMap<>(source.unknownProperties);
    }

    public Builder code(String code) {
      this.code = code;
      return this;
    }

    public Builder message(ErrorMessage message) {
      this.message = message;
      return this;
    }

    public Builder values(List<BatchErrorDetail> values) {
      this.values = Json.copyOf(values);
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

    public BatchError build() {
      return new BatchError(this);
    }
  }
}

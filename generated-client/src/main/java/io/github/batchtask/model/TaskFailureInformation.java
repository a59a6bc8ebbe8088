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

/** Information about a task failure. */
@JsonClass(generateAdapter = true)
public final class TaskFailureInformation {
  private final String category;
  private final String code;
  private final String message;
  private final List<NameValuePair> details;
  private final Map<String, String> unknownProperties;

  private TaskFailureInformation(Builder builder) {
    this(
        builder.category,
        builder.code,
        builder.message,
        builder.details,
        builder.unknownProperties == null
            ? null : new LinkedHashMap<>(builder.unknownProperties));
  }

  /**
   * The values as the adapter's byte read reads them, each as its field holds it;
   * {@code unknownProperties} (null if none) is taken over, not copied.
   */
  TaskFailureInformation(
      String category,
      String code,
      String message,
      List<NameValuePair> details,
      Map<String, String> unknownProperties) {
    this.category = category;
    this.code = code;
    this.message = message;
    this.details = details;
    this.unknownProperties = unknownProperties == null
        ? Collections.emptyMap() : Collections.unmodifiableMap(unknownProperties);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The category of the task error. */
  public ErrorCategory category() {
    return category == null ? null : ErrorCategory.fromValue(category);
  }

  /** {@code category} exactly as sent, also when it is not a known value. */
  public String categoryValue() {
    return category;
  }

  /**
   * An identifier for the task error; codes are invariant and meant to be consumed
   * programmatically.
   */
  public String code() {
    return code;
  }

  /** A message describing the task error, suitable for display in a user interface. */
  public String message() {
    return message;
  }

  /** A list of additional details related to the error. */
  public List<NameValuePair> details() {
    return details;
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
    return other instanceof TaskFailureInformation that
        && Objects.equals(category, that.category)
        && Objects.equals(code, that.code)
        && Objects.equals(message, that.message)
        && Objects.equals(details, that.details)
        && unknownProperties.equals(that.unknownProperties);
  }

  @Override public int hashCode() {
    return Objects.hash(
        category,
        code,
        message,
        details,
        unknownProperties);
  }

  @Override public String toString() {
    return new ModelString("TaskFailureInformation")
        .add("category", category)
        .add("code", code)
        .add("message", message)
        .add("details", details)
        .addUnknown(unknownProperties)
        .toString();
  }

  /** Builds {@link TaskFailureInformation} values; every property is optional. */
  public static final class Builder {
    private String category;
    private String code;
    private String message;
    private List<NameValuePair> details;
    private Map<String, String> unknownProperties;

    Builder() {
    }

    Builder(TaskFailureInformation source) {
      this.category = source.category;
      this.code = source.code;
      this.message = source.message;
      this.details = source.details;
      this.unknownProperties =
          source.unknownProperties.isEmpty() ? null : new LinkedHashMap<>(source.unknownProperties);
    }

    public Builder category(ErrorCategory category) {
      this.category = category == null
          ? null : Json.enumValue(category.value(), "category");
      return this;
    }

    /** Sets {@code category} to a wire value, known or not. */
    public Builder categoryValue(String categoryValue) {
      this.category = categoryValue;
      return this;
    }

    public Builder code(String code) {
      this.code = code;
      return this;
    }

    public Builder message(String message) {
      this.message = message;
      return this;
    }

    public Builder details(List<NameValuePair> details) {
      this.details = Json.copyOf(details);
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

    public TaskFailureInformation build() {
      return new TaskFailureInformation(this);
    }
  }
}

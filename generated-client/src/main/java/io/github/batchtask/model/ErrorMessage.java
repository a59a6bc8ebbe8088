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

/** An error message from the Batch service. */
@JsonClass(generateAdapter = true)
public final class ErrorMessage {
  private final String lang;
  private final String value;
  private final Map<String, String> unknownProperties;

  private ErrorMessage(Builder builder) {
    this(
        builder.lang,
        builder.value,
        builder.unknownProperties == null
            ? null : new LinkedHashMap<>(builder.unknownProperties));
  }

  /**
   * The values as the adapter's byte read reads them, each as its field holds it;
   * {@code unknownProperties} (null if none) is taken over, not copied.
   */
  ErrorMessage(
      String lang,
      String value,
      Map<String, String> unknownProperties) {
    this.lang = lang;
    this.value = value;
    this.unknownProperties = unknownProperties == null
        ? Collections.emptyMap() : Collections.unmodifiableMap(unknownProperties);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The language code of the message. */
  public String lang() {
    return lang;
  }

  /** The text of the message. */
  public String value() {
    return value;
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
    return other instanceof ErrorMessage that
        && Objects.equals(lang, that.lang)
        && Objects.equals(value, that.value)
        && unknownProperties.equals(that.unknownProperties);
  }

  @Override public int hashCode() {
    return Objects.hash(
        lang,
        value,
        unknownProperties);
  }

  @Override public String toString() {
    return new ModelString("ErrorMessage")
        .add("lang", lang)
        .add("value", value)
        .addUnknown(unknownProperties)
        .toString();
  }

  /** Builds {@link ErrorMessage} values; every property is optional. */
  public static final class Builder {
    private String lang;
    private String value;
    private Map<String, String> unknownProperties;

    Builder() {
    }

    Builder(ErrorMessage source) {
      this.lang = source.lang;
      this.value = source.value;
      this.unknownProperties =
          source.unknownProperties.isEmpty() ? null : new LinkedHashMap<>(source.unknownProperties);
    }

    public Builder lang(String lang) {
      this.lang = lang;
      return this;
    }

    public Builder value(String value) {
      this.value = value;
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

    public ErrorMessage build() {
      return new ErrorMessage(this);
    }
  }
}

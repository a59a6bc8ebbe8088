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

/** An HTTP header sent with the upload of an output file. */
@JsonClass(generateAdapter = true)
public final class HttpHeader {
  private final String name;
  private final String value;
  private final Map<String, String> unknownProperties;

  private HttpHeader(Builder builder) {
    this(
        builder.name,
        builder.value,
        builder.unknownProperties == null
            ? null : new LinkedHashMap<>(builder.unknownProperties));
  }

  /**
   * The values as the adapter's byte read reads them, each as its field holds it;
   * {@code unknownProperties} (null if none) is taken over, not copied.
   */
  HttpHeader(
      String name,
      String value,
      Map<String, String> unknownProperties) {
    this.name = name;
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

  /** The case-insensitive name of the header. */
  public String name() {
    return name;
  }

  /** The value of the header. */
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
    return other instanceof HttpHeader that
        && Objects.equals(name, that.name)
        && Objects.equals(value, that.value)
        && unknownProperties.equals(that.unknownProperties);
  }

  @Override public int hashCode() {
    return Objects.hash(
        name,
        value,
        unknownProperties);
  }

  @Override public String toString() {
    return new ModelString("HttpHeader")
        .add("name", name)
        .add("value", value)
        .addUnknown(unknownProperties)
        .toString();
  }

  /** Builds {@link HttpHeader} values; every property is optional. */
  public static final class Builder {
    private String name;
    private String value;
    private Map<String, String> unknownProperties;

    Builder() {
    }

    Builder(HttpHeader source) {
      this.name = source.name;
      this.value = source.value;
      this.unknownProperties =
          source.unknownProperties.isEmpty() ? null : new LinkedHashMap<>(source.unknownProperties);
    }

    public Builder name(String name) {
      this.name = name;
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

    public HttpHeader build() {
      return new HttpHeader(this);
    }
  }
}

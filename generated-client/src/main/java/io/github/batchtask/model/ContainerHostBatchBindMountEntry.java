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

/** A host path mounted into a task's container. */
@JsonClass(generateAdapter = true)
public final class ContainerHostBatchBindMountEntry {
  private final String source;
  private final Boolean isReadOnly;
  private final Map<String, String> unknownProperties;

  private ContainerHostBatchBindMountEntry(Builder builder) {
    this(
        builder.source,
        builder.isReadOnly,
        builder.unknownProperties == null
            ? null : new LinkedHashMap<>(builder.unknownProperties));
  }

  /**
   * The values as the adapter's byte read reads them, each as its field holds it;
   * {@code unknownProperties} (null if none) is taken over, not copied.
   */
  ContainerHostBatchBindMountEntry(
      String source,
      Boolean isReadOnly,
      Map<String, String> unknownProperties) {
    this.source = source;
    this.isReadOnly = isReadOnly;
    this.unknownProperties = unknownProperties == null
        ? Collections.emptyMap() : Collections.unmodifiableMap(unknownProperties);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The host path to mount. */
  public ContainerHostDataPath source() {
    return source == null ? null : ContainerHostDataPath.fromValue(source);
  }

  /** {@code source} exactly as sent, also when it is not a known value. */
  public String sourceValue() {
    return source;
  }

  /** Whether the path is mounted read-only; the default is false. */
  public Boolean isReadOnly() {
    return isReadOnly;
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
    return other instanceof ContainerHostBatchBindMountEntry that
        && Objects.equals(source, that.source)
        && Objects.equals(isReadOnly, that.isReadOnly)
        && unknownProperties.equals(that.unknownProperties);
  }

  @Override public int hashCode() {
    return Objects.hash(
        source,
        isReadOnly,
        unknownProperties);
  }

  @Override public String toString() {
    return new ModelString("ContainerHostBatchBindMountEntry")
        .add("source", source)
        .add("isReadOnly", isReadOnly)
        .addUnknown(unknownProperties)
        .toString();
  }

  /** Builds {@link ContainerHostBatchBindMountEntry} values; every property is optional. */
  public static final class Builder {
    private String source;
    private Boolean isReadOnly;
    private Map<String, String> unknownProperties;

    Builder() {
    }

    Builder(ContainerHostBatchBindMountEntry source) {
      this.source = source.source;
      this.isReadOnly = source.isReadOnly;
      this.unknownProperties =
          source.unknownProperties.isEmpty() ? null : new LinkedHashMap<>(source.unknownProperties);
    }

    public Builder source(ContainerHostDataPath source) {
      this.source = source == null
          ? null : Json.enumValue(source.value(), "source");
      return this;
    }

    /** Sets {@code source} to a wire value, known or not. */
    public Builder sourceValue(String sourceValue) {
      this.source = sourceValue;
      return this;
    }

    public Builder isReadOnly(Boolean isReadOnly) {
      this.isReadOnly = isReadOnly;
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

    public ContainerHostBatchBindMountEntry build() {
      return new ContainerHostBatchBindMountEntry(this);
    }
  }
}

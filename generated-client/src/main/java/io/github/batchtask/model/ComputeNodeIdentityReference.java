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

/** A user-assigned identity of the pool that a compute node uses. */
@JsonClass(generateAdapter = true)
public final class ComputeNodeIdentityReference {
  private final String resourceId;
  private final Map<String, String> unknownProperties;

  private ComputeNodeIdentityReference(Builder builder) {
    this(
        builder.resourceId,
        builder.unknownProperties == null
            ? null : new LinkedHashMap<>(builder.unknownProperties));
  }

  /**
   * The values as the adapter's byte read reads them, each as its field holds it;
   * {@code unknownProperties} (null if none) is taken over, not copied.
   */
  ComputeNodeIdentityReference(
      String resourceId,
      Map<String, String> unknownProperties) {
    this.resourceId = resourceId;
    this.unknownProperties = unknownProperties == null
        ? Collections.emptyMap() : Collections.unmodifiableMap(unknownProperties);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The ARM resource id of the user-assigned identity. */
  public String resourceId() {
    return resourceId;
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
    return other instanceof ComputeNodeIdentityReference that
        && Objects.equals(resourceId, that.resourceId)
        && unknownProperties.equals(that.unknownProperties);
  }

  @Override public int hashCode() {
    return Objects.hash(
        resourceId,
        unknownProperties);
  }

  @Override public String toString() {
    return new ModelString("ComputeNodeIdentityReference")
        .add("resourceId", resourceId)
        .addUnknown(unknownProperties)
        .toString();
  }

  /** Builds {@link ComputeNodeIdentityReference} values; every property is optional. */
  public static final class Builder {
    private String resourceId;
    private Map<String, String> unknownProperties;

    Builder() {
    }

    Builder(ComputeNodeIdentityReference source) {
      this.resourceId = source.resourceId;
      this.unknownProperties =
          source.unknownProperties.isEmpty() ? null : new LinkedHashMap<>(source.unknownProperties);
    }

    public Builder resourceId(String resourceId) {
      this.resourceId = resourceId;
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

    public ComputeNodeIdentityReference build() {
      return new ComputeNodeIdentityReference(this);
    }
  }
}

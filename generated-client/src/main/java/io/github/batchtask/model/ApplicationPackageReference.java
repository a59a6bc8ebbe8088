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

/** A reference to an application package to deploy to a compute node. */
@JsonClass(generateAdapter = true)
public final class ApplicationPackageReference {
  private final String applicationId;
  private final String version;
  private final Map<String, String> unknownProperties;

  private ApplicationPackageReference(Builder builder) {
    this(
        builder.applicationId,
        builder.version,
        builder.unknownProperties == null
            ? null : new LinkedHashMap<>(builder.unknownProperties));
  }

  /**
   * The values as the adapter's byte read reads them, each as its field holds it;
   * {@code unknownProperties} (null if none) is taken over, not copied.
   */
  ApplicationPackageReference(
      String applicationId,
      String version,
      Map<String, String> unknownProperties) {
    this.applicationId = applicationId;
    this.version = version;
    this.unknownProperties = unknownProperties == null
        ? Collections.emptyMap() : Collections.unmodifiableMap(unknownProperties);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The id of the application to install. */
  public String applicationId() {
    return applicationId;
  }

  /**
   * The version of the application to install. If omitted, the default version is installed;
   * without one, the task fails when scheduled.
   */
  public String version() {
    return version;
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
    return other instanceof ApplicationPackageReference that
        && Objects.equals(applicationId, that.applicationId)
        && Objects.equals(version, that.version)
        && unknownProperties.equals(that.unknownProperties);
  }

  @Override public int hashCode() {
    return Objects.hash(
        applicationId,
        version,
        unknownProperties);
  }

  @Override public String toString() {
    return new ModelString("ApplicationPackageReference")
        .add("applicationId", applicationId)
        .add("version", version)
        .addUnknown(unknownProperties)
        .toString();
  }

  /** Builds {@link ApplicationPackageReference} values; every property is optional. */
  public static final class Builder {
    private String applicationId;
    private String version;
    private Map<String, String> unknownProperties;

    Builder() {
    }

    Builder(ApplicationPackageReference source) {
      this.applicationId = source.applicationId;
      this.version = source.version;
      this.unknownProperties =
          source.unknownProperties.isEmpty() ? null : new LinkedHashMap<>(source.unknownProperties);
    }

    public Builder applicationId(String applicationId) {
      this.applicationId = applicationId;
      return this;
    }

    public Builder version(String version) {
      this.version = version;
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

    public ApplicationPackageReference build() {
      return new ApplicationPackageReference(this);
    }
  }
}

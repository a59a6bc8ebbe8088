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

/** The auto user under which a task runs. */
@JsonClass(generateAdapter = true)
public final class AutoUserSpecification {
  private final String scope;
  private final String elevationLevel;
  private final Map<String, String> unknownProperties;

  private AutoUserSpecification(Builder builder) {
    this(
        builder.scope,
        builder.elevationLevel,
        builder.unknownProperties == null
            ? null : new LinkedHashMap<>(builder.unknownProperties));
  }

  /**
   * The values as the adapter's byte read reads them, each as its field holds it;
   * {@code unknownProperties} (null if none) is taken over, not copied.
   */
  AutoUserSpecification(
      String scope,
      String elevationLevel,
      Map<String, String> unknownProperties) {
    this.scope = scope;
    this.elevationLevel = elevationLevel;
    this.unknownProperties = unknownProperties == null
        ? Collections.emptyMap() : Collections.unmodifiableMap(unknownProperties);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The scope for the auto user; the default is task. */
  public AutoUserScope scope() {
    return scope == null ? null : AutoUserScope.fromValue(scope);
  }

  /** {@code scope} exactly as sent, also when it is not a known value. */
  public String scopeValue() {
    return scope;
  }

  /** The elevation level of the auto user; the default is nonadmin. */
  public ElevationLevel elevationLevel() {
    return elevationLevel == null ? null : ElevationLevel.fromValue(elevationLevel);
  }

  /** {@code elevationLevel} exactly as sent, also when it is not a known value. */
  public String elevationLevelValue() {
    return elevationLevel;
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
    return other instanceof AutoUserSpecification that
        && Objects.equals(scope, that.scope)
        && Objects.equals(elevationLevel, that.elevationLevel)
        && unknownProperties.equals(that.unknownProperties);
  }

  @Override public int hashCode() {
    return Objects.hash(
        scope,
        elevationLevel,
        unknownProperties);
  }

  @Override public String toString() {
    return new ModelString("AutoUserSpecification")
        .add("scope", scope)
        .add("elevationLevel", elevationLevel)
        .addUnknown(unknownProperties)
        .toString();
  }

  /** Builds {@link AutoUserSpecification} values; every property is optional. */
  public static final class Builder {
    private String scope;
    private String elevationLevel;
    private Map<String, String> unknownProperties;

    Builder() {
    }

    Builder(AutoUserSpecification source) {
      this.scope = source.scope;
      this.elevationLevel = source.elevationLevel;
      this.unknownProperties =
          source.unknownProperties.isEmpty() ? null : new LinkedHashMap<>(source.unknownProperties);
    }

    public Builder scope(AutoUserScope scope) {
      this.scope = scope == null
          ? null : Json.enumValue(scope.value(), "scope");
      return this;
    }

    /** Sets {@code scope} to a wire value, known or not. */
    public Builder scopeValue(String scopeValue) {
      this.scope = scopeValue;
      return this;
    }

    public Builder elevationLevel(ElevationLevel elevationLevel) {
      this.elevationLevel = elevationLevel == null
          ? null : Json.enumValue(elevationLevel.value(), "elevationLevel");
      return this;
    }

    /** Sets {@code elevationLevel} to a wire value, known or not. */
    public Builder elevationLevelValue(String elevationLevelValue) {
      this.elevationLevel = elevationLevelValue;
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

    public AutoUserSpecification build() {
      return new AutoUserSpecification(this);
    }
  }
}

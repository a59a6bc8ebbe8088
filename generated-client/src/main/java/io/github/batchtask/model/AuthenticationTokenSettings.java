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

/**
 * The settings for an authentication token that a task can use to perform Batch service
 * operations.
 */
@JsonClass(generateAdapter = true)
public final class AuthenticationTokenSettings {
  private final List<String> access;
  private final Map<String, String> unknownProperties;

  private AuthenticationTokenSettings(Builder builder) {
    this(
        builder.access,
        builder.unknownProperties == null
            ? null : new LinkedHashMap<>(builder.unknownProperties));
  }

  /**
   * The values as the adapter's byte read reads them, each as its field holds it;
   * {@code unknownProperties} (null if none) is taken over, not copied.
   */
  AuthenticationTokenSettings(
      List<String> access,
      Map<String, String> unknownProperties) {
    this.access = access;
    this.unknownProperties = unknownProperties == null
        ? Collections.emptyMap() : Collections.unmodifiableMap(unknownProperties);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The Batch resources to which the token grants access. */
  public List<AccessScope> access() {
    return Json.mapList(access, AccessScope::fromValue);
  }

  /** {@code access} exactly as sent, also for values that are not known. */
  public List<String> accessValues() {
    return access;
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
    return other instanceof AuthenticationTokenSettings that
        && Objects.equals(access, that.access)
        && unknownProperties.equals(that.unknownProperties);
  }

  @Override public int hashCode() {
    return Objects.hash(
        access,
        unknownProperties);
  }

  @Override public String toString() {
    return new ModelString("AuthenticationTokenSettings")
        .add("access", access)
        .addUnknown(unknownProperties)
        .toString();
  }

  /** Builds {@link AuthenticationTokenSettings} values; every property is optional. */
  public static final class Builder {
    private List<String> access;
    private Map<String, String> unknownProperties;

    Builder() {
    }

    Builder(AuthenticationTokenSettings source) {
      this.access = source.access;
      this.unknownProperties =
          source.unknownProperties.isEmpty() ? null : new LinkedHashMap<>(source.unknownProperties);
    }

    public Builder access(List<AccessScope> access) {
      this.access = Json.enumValues(access, AccessScope::value, "access");
      return this;
    }

    /** Sets {@code access} to wire values, known or not. */
    public Builder accessValues(List<String> accessValues) {
      this.access = Json.copyOf(accessValues);
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

    public AuthenticationTokenSettings build() {
      return new AuthenticationTokenSettings(this);
    }
  }
}

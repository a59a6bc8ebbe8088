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

/** A locality hint for placing a task. */
@JsonClass(generateAdapter = true)
public final class AffinityInformation {
  private final String affinityId;
  private final Map<String, String> unknownProperties;

  private AffinityInformation(Builder builder) {
    this(
        builder.affinityId,
        builder.unknownProperties == null
            ? null : new LinkedHashMap<>(builder.unknownProperties));
  }

  /**
   * The values as the adapter's byte read reads them, each as its field holds it;
   * {@code unknownProperties} (null if none) is taken over, not copied.
   */
  AffinityInformation(
      String affinityId,
      Map<String, String> unknownProperties) {
    this.affinityId = affinityId;
    this.unknownProperties = unknownProperties == null
        ? Collections.emptyMap() : Collections.unmodifiableMap(unknownProperties);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * An opaque string representing the location of a compute node or a task that has run
   * previously; pass it to place a task close to that node or task.
   */
  public String affinityId() {
    return affinityId;
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
    return other instanceof AffinityInformation that
        && Objects.equals(affinityId, that.affinityId)
        && unknownProperties.equals(that.unknownProperties);
  }

  @Override public int hashCode() {
    return Objects.hash(
        affinityId,
        unknownProperties);
  }

  @Override public String toString() {
    return new ModelString("AffinityInformation")
        .add("affinityId", affinityId)
        .addUnknown(unknownProperties)
        .toString();
  }

  /** Builds {@link AffinityInformation} values; every property is optional. */
  public static final class Builder {
    private String affinityId;
    private Map<String, String> unknownProperties;

    Builder() {
    }

    Builder(AffinityInformation source) {
      this.affinityId = source.affinityId;
      this.unknownProperties =
          source.unknownProperties.isEmpty() ? null : new LinkedHashMap<>(source.unknownProperties);
    }

    public Builder affinityId(String affinityId) {
      this.affinityId = affinityId;
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

    public AffinityInformation build() {
      return new AffinityInformation(this);
    }
  }
}

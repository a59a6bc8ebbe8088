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

/** The destination to which a file is uploaded. */
@JsonClass(generateAdapter = true)
public final class OutputFileDestination {
  private final OutputFileBlobContainerDestination container;
  private final Map<String, String> unknownProperties;

  private OutputFileDestination(Builder builder) {
    this(
        builder.container,
        builder.unknownProperties == null
            ? null : new LinkedHashMap<>(builder.unknownProperties));
  }

  /**
   * The values as the adapter's byte read reads them, each as its field holds it;
   * {@code unknownProperties} (null if none) is taken over, not copied.
   */
  OutputFileDestination(
      OutputFileBlobContainerDestination container,
      Map<String, String> unknownProperties) {
    this.container = container;
    this.unknownProperties = unknownProperties == null
        ? Collections.emptyMap() : Collections.unmodifiableMap(unknownProperties);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /** A location in Azure Blob Storage to which files are uploaded. */
  public OutputFileBlobContainerDestination container() {
    return container;
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
    return other instanceof OutputFileDestination that
        && Objects.equals(container, that.container)
        && unknownProperties.equals(that.unknownProperties);
  }

  @Override public int hashCode() {
    return Objects.hash(
        container,
        unknownProperties);
  }

  @Override public String toString() {
    return new ModelString("OutputFileDestination")
        .add("container", container)
        .addUnknown(unknownProperties)
        .toString();
  }

  /** Builds {@link OutputFileDestination} values; every property is optional. */
  public static final class Builder {
    private OutputFileBlobContainerDestination container;
    private Map<String, String> unknownProperties;

    Builder() {
    }

    Builder(OutputFileDestination source) {
      this.container = source.container;
      this.unknownProperties =
          source.unknownProperties.isEmpty() ? null : new LinkedHashMap<>(source.unknownProperties);
    }

    public Builder container(OutputFileBlobContainerDestination container) {
      this.container = container;
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

    public OutputFileDestination build() {
      return new OutputFileDestination(this);
    }
  }
}

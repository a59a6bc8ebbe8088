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

/** A file that the Batch service downloads to the compute node. */
@JsonClass(generateAdapter = true)
public final class ResourceFile {
  private final String blobSource;
  private final String filePath;
  private final String fileMode;
  private final Map<String, String> unknownProperties;

  private ResourceFile(Builder builder) {
    this.blobSource = builder.blobSource;
    this.filePath = builder.filePath;
    this.fileMode = builder.fileMode;
    this.unknownProperties = builder.unknownProperties == null
        ? Collections.emptyMap()
        : Collections.unmodifiableMap(new LinkedHashMap<>(builder.unknownProperties));
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * The URL of a blob in Azure Storage, readable anonymously: through a Shared Access Signature
   * (SAS) granting read permission, or a container that allows public access.
   */
  public String blobSource() {
    return blobSource;
  }

  /** The location on the compute node to which the file is downloaded. */
  public String filePath() {
    return filePath;
  }

  /**
   * The file permission mode in octal format, applied on Linux nodes only; the default is 0770.
   */
  public String fileMode() {
    return fileMode;
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
    return other instanceof ResourceFile that
        && Objects.equals(blobSource, that.blobSource)
        && Objects.equals(filePath, that.filePath)
        && Objects.equals(fileMode, that.fileMode)
        && unknownProperties.equals(that.unknownProperties);
  }

  @Override public int hashCode() {
    return Objects.hash(
        blobSource,
        filePath,
        fileMode,
        unknownProperties);
  }

  @Override public String toString() {
    return new ModelString("ResourceFile")
        .addSasUrl("blobSource", blobSource)
        .add("filePath", filePath)
        .add("fileMode", fileMode)
        .addUnknown(unknownProperties)
        .toString();
  }

  /** Builds {@link ResourceFile} values; every property is optional. */
  public static final class Builder {
    private String blobSource;
    private String filePath;
    private String fileMode;
    private Map<String, String> unknownProperties;

    Builder() {
    }

    Builder(ResourceFile source) {
      this.blobSource = source.blobSource;
      this.filePath = source.filePath;
      this.fileMode = source.fileMode;
      this.unknownProperties =
          source.unknownProperties.isEmpty() ? null : new LinkedHashMap<>(source.unknownProperties);
    }

    public Builder blobSource(String blobSource) {
      this.blobSource = blobSource;
      return this;
    }

    public Builder filePath(String filePath) {
      this.filePath = filePath;
      return this;
    }

    public Builder fileMode(String fileMode) {
      this.fileMode = fileMode;
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

    public ResourceFile build() {
      return new ResourceFile(this);
    }
  }
}

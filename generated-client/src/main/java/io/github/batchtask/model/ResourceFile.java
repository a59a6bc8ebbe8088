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
  private final String autoStorageContainerName;
  private final String storageContainerUrl;
  private final String httpUrl;
  private final String blobPrefix;
  private final String filePath;
  private final String fileMode;
  private final ComputeNodeIdentityReference identityReference;
  private final Map<String, String> unknownProperties;

  private ResourceFile(Builder builder) {
    this(
        builder.blobSource,
        builder.autoStorageContainerName,
        builder.storageContainerUrl,
        builder.httpUrl,
        builder.blobPrefix,
        builder.filePath,
        builder.fileMode,
        builder.identityReference,
        builder.unknownProperties == null
            ? null : new LinkedHashMap<>(builder.unknownProperties));
  }

  /**
   * The values as the adapter's byte read reads them, each as its field holds it;
   * {@code unknownProperties} (null if none) is taken over, not copied.
   */
  ResourceFile(
      String blobSource,
      String autoStorageContainerName,
      String storageContainerUrl,
      String httpUrl,
      String blobPrefix,
      String filePath,
      String fileMode,
      ComputeNodeIdentityReference identityReference,
      Map<String, String> unknownProperties) {
    this.blobSource = blobSource;
    this.autoStorageContainerName = autoStorageContainerName;
    this.storageContainerUrl = storageContainerUrl;
    this.httpUrl = httpUrl;
    this.blobPrefix = blobPrefix;
    this.filePath = filePath;
    this.fileMode = fileMode;
    this.identityReference = identityReference;
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
   * The URL of a blob in Azure Storage, readable anonymously: through a Shared Access Signature
   * (SAS) granting read permission, or a container that allows public access. Sent up to
   * api-version 2018-08-01.7.0; later versions send httpUrl instead.
   */
  public String blobSource() {
    return blobSource;
  }

  /**
   * The name of a container in the account's auto-storage account whose blobs are downloaded.
   * autoStorageContainerName, storageContainerUrl and httpUrl are exclusive.
   */
  public String autoStorageContainerName() {
    return autoStorageContainerName;
  }

  /**
   * The URL of a blob container whose blobs are downloaded, readable and listable from the
   * compute nodes: with a SAS, a managed identity or public access.
   */
  public String storageContainerUrl() {
    return storageContainerUrl;
  }

  /**
   * The URL of the file to download; a blob must be readable from the compute nodes, with a SAS,
   * a managed identity or public access.
   */
  public String httpUrl() {
    return httpUrl;
  }

  /**
   * Only blobs whose names begin with this prefix are downloaded, with autoStorageContainerName
   * or storageContainerUrl.
   */
  public String blobPrefix() {
    return blobPrefix;
  }

  /**
   * The location on the compute node to which the file is downloaded, relative to the task's
   * working directory: the file's path with httpUrl, else a directory.
   */
  public String filePath() {
    return filePath;
  }

  /**
   * The file permission mode in octal format, applied on Linux nodes only; the default is 0770.
   */
  public String fileMode() {
    return fileMode;
  }

  /** The user-assigned identity with which to read storageContainerUrl or httpUrl. */
  public ComputeNodeIdentityReference identityReference() {
    return identityReference;
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
        && Objects.equals(autoStorageContainerName, that.autoStorageContainerName)
        && Objects.equals(storageContainerUrl, that.storageContainerUrl)
        && Objects.equals(httpUrl, that.httpUrl)
        && Objects.equals(blobPrefix, that.blobPrefix)
        && Objects.equals(filePath, that.filePath)
        && Objects.equals(fileMode, that.fileMode)
        && Objects.equals(identityReference, that.identityReference)
        && unknownProperties.equals(that.unknownProperties);
  }

  @Override public int hashCode() {
    return Objects.hash(
        blobSource,
        autoStorageContainerName,
        storageContainerUrl,
        httpUrl,
        blobPrefix,
        filePath,
        fileMode,
        identityReference,
        unknownProperties);
  }

  @Override public String toString() {
    return new ModelString("ResourceFile")
        .addSasUrl("blobSource", blobSource)
        .add("autoStorageContainerName", autoStorageContainerName)
        .addSasUrl("storageContainerUrl", storageContainerUrl)
        .addSasUrl("httpUrl", httpUrl)
        .add("blobPrefix", blobPrefix)
        .add("filePath", filePath)
        .add("fileMode", fileMode)
        .add("identityReference", identityReference)
        .addUnknown(unknownProperties)
        .toString();
  }

  /** Builds {@link ResourceFile} values; every property is optional. */
  public static final class Builder {
    private String blobSource;
    private String autoStorageContainerName;
    private String storageContainerUrl;
    private String httpUrl;
    private String blobPrefix;
    private String filePath;
    private String fileMode;
    private ComputeNodeIdentityReference identityReference;
    private Map<String, String> unknownProperties;

    Builder() {
    }

    Builder(ResourceFile source) {
      this.blobSource = source.blobSource;
      this.autoStorageContainerName = source.autoStorageContainerName;
      this.storageContainerUrl = source.storageContainerUrl;
      this.httpUrl = source.httpUrl;
      this.blobPrefix = source.blobPrefix;
      this.filePath = source.filePath;
      this.fileMode = source.fileMode;
      this.identityReference = source.identityReference;
      this.unknownProperties =
          source.unknownProperties.isEmpty() ? null : new LinkedHashMap<>(source.unknownProperties);
    }

    public Builder blobSource(String blobSource) {
      this.blobSource = blobSource;
      return this;
    }

    public Builder autoStorageContainerName(String autoStorageContainerName) {
      this.autoStorageContainerName = autoStorageContainerName;
      return this;
    }

    public Builder storageContainerUrl(String storageContainerUrl) {
      this.storageContainerUrl = storageContainerUrl;
      return this;
    }

    public Builder httpUrl(String httpUrl) {
      this.httpUrl = httpUrl;
      return this;
    }

    public Builder blobPrefix(String blobPrefix) {
      this.blobPrefix = blobPrefix;
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

    public Builder identityReference(ComputeNodeIdentityReference identityReference) {
      this.identityReference = identityReference;
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

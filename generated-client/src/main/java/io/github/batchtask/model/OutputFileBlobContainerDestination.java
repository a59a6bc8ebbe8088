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

/** A location in an Azure Blob Storage container. */
@JsonClass(generateAdapter = true)
public final class OutputFileBlobContainerDestination {
  private final String path;
  private final String containerUrl;
  private final ComputeNodeIdentityReference identityReference;
  private final List<HttpHeader> uploadHeaders;
  private final Map<String, String> unknownProperties;

  private OutputFileBlobContainerDestination(Builder builder) {
    this(
        builder.path,
        builder.containerUrl,
        builder.identityReference,
        builder.uploadHeaders,
        builder.unknownProperties == null
            ? null : new LinkedHashMap<>(builder.unknownProperties));
  }

  /**
   * The values as the adapter's byte read reads them, each as its field holds it;
   * {@code unknownProperties} (null if none) is taken over, not copied.
   */
  OutputFileBlobContainerDestination(
      String path,
      String containerUrl,
      ComputeNodeIdentityReference identityReference,
      List<HttpHeader> uploadHeaders,
      Map<String, String> unknownProperties) {
    this.path = path;
    this.containerUrl = containerUrl;
    this.identityReference = identityReference;
    this.uploadHeaders = uploadHeaders;
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
   * The destination blob (for a pattern without wildcards) or virtual directory (with wildcards)
   * within the container; if omitted, files go to the container's root under their own names.
   */
  public String path() {
    return path;
  }

  /**
   * The URL of the container, including a Shared Access Signature (SAS) granting write
   * permission unless a managed identity is used.
   */
  public String containerUrl() {
    return containerUrl;
  }

  /**
   * The user-assigned identity with which to write to containerUrl; it needs write access to the
   * container.
   */
  public ComputeNodeIdentityReference identityReference() {
    return identityReference;
  }

  /** Headers sent with each upload of an output file to Azure Storage. */
  public List<HttpHeader> uploadHeaders() {
    return uploadHeaders;
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
    return other instanceof OutputFileBlobContainerDestination that
        && Objects.equals(path, that.path)
        && Objects.equals(containerUrl, that.containerUrl)
        && Objects.equals(identityReference, that.identityReference)
        && Objects.equals(uploadHeaders, that.uploadHeaders)
        && unknownProperties.equals(that.unknownProperties);
  }

  @Override public int hashCode() {
    return Objects.hash(
        path,
        containerUrl,
        identityReference,
        uploadHeaders,
        unknownProperties);
  }

  @Override public String toString() {
    return new ModelString("OutputFileBlobContainerDestination")
        .add("path", path)
        .addSasUrl("containerUrl", containerUrl)
        .add("identityReference", identityReference)
        .add("uploadHeaders", uploadHeaders)
        .addUnknown(unknownProperties)
        .toString();
  }

  /** Builds {@link OutputFileBlobContainerDestination} values; every property is optional. */
  public static final class Builder {
    private String path;
    private String containerUrl;
    private ComputeNodeIdentityReference identityReference;
    private List<HttpHeader> uploadHeaders;
    private Map<String, String> unknownProperties;

    Builder() {
    }

    Builder(OutputFileBlobContainerDestination source) {
      this.path = source.path;
      this.containerUrl = source.containerUrl;
      this.identityReference = source.identityReference;
      this.uploadHeaders = source.uploadHeaders;
      this.unknownProperties =
          source.unknownProperties.isEmpty() ? null : new LinkedHashMap<>(source.unknownProperties);
    }

    public Builder path(String path) {
      this.path = path;
      return this;
    }

    public Builder containerUrl(String containerUrl) {
      this.containerUrl = containerUrl;
      return this;
    }

    public Builder identityReference(ComputeNodeIdentityReference identityReference) {
      this.identityReference = identityReference;
      return this;
    }

    public Builder uploadHeaders(List<HttpHeader> uploadHeaders) {
      this.uploadHeaders = Json.copyOf(uploadHeaders);
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

    public OutputFileBlobContainerDestination build() {
      return new OutputFileBlobContainerDestination(this);
    }
  }
}

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

/** A file that the Batch service uploads from the compute node. */
@JsonClass(generateAdapter = true)
public final class OutputFile {
  private final String filePattern;
  private final OutputFileDestination destination;
  private final OutputFileUploadOptions uploadOptions;
  private final Map<String, String> unknownProperties;

  private OutputFile(Builder builder) {
    this(
        builder.filePattern,
        builder.destination,
        builder.uploadOptions,
        builder.unknownProperties == null
            ? null : new LinkedHashMap<>(builder.unknownProperties));
  }

  /**
   * The values as the adapter's byte read reads them, each as its field holds it;
   * {@code unknownProperties} (null if none) is taken over, not copied.
   */
  OutputFile(
      String filePattern,
      OutputFileDestination destination,
      OutputFileUploadOptions uploadOptions,
      Map<String, String> unknownProperties) {
    this.filePattern = filePattern;
    this.destination = destination;
    this.uploadOptions = uploadOptions;
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
   * A pattern selecting the files to upload, absolute or relative to the task working directory;
   * `*` matches any characters and `**` any directory (`**&#92;*.txt`). `&#92;` and `/` are
   * interchangeable.
   */
  public String filePattern() {
    return filePattern;
  }

  /** The destination for the output files. */
  public OutputFileDestination destination() {
    return destination;
  }

  /** Additional options for the upload, including under what conditions to upload. */
  public OutputFileUploadOptions uploadOptions() {
    return uploadOptions;
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
    return other instanceof OutputFile that
        && Objects.equals(filePattern, that.filePattern)
        && Objects.equals(destination, that.destination)
        && Objects.equals(uploadOptions, that.uploadOptions)
        && unknownProperties.equals(that.unknownProperties);
  }

  @Override public int hashCode() {
    return Objects.hash(
        filePattern,
        destination,
        uploadOptions,
        unknownProperties);
  }

  @Override public String toString() {
    return new ModelString("OutputFile")
        .add("filePattern", filePattern)
        .add("destination", destination)
        .add("uploadOptions", uploadOptions)
        .addUnknown(unknownProperties)
        .toString();
  }

  /** Builds {@link OutputFile} values; every property is optional. */
  public static final class Builder {
    private String filePattern;
    private OutputFileDestination destination;
    private OutputFileUploadOptions uploadOptions;
    private Map<String, String> unknownProperties;

    Builder() {
    }

    Builder(OutputFile source) {
      this.filePattern = source.filePattern;
      this.destination = source.destination;
      this.uploadOptions = source.uploadOptions;
      this.unknownProperties =
          source.unknownProperties.isEmpty() ? null : new LinkedHashMap<>(source.unknownProperties);
    }

    public Builder filePattern(String filePattern) {
      this.filePattern = filePattern;
      return this;
    }

    public Builder destination(OutputFileDestination destination) {
      this.destination = destination;
      return this;
    }

    public Builder uploadOptions(OutputFileUploadOptions uploadOptions) {
      this.uploadOptions = uploadOptions;
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

    public OutputFile build() {
      return new OutputFile(this);
    }
  }
}

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

/** How the Batch service responds to a particular exit condition. */
@JsonClass(generateAdapter = true)
public final class ExitOptions {
  private final String jobAction;
  private final String dependencyAction;
  private final Map<String, String> unknownProperties;

  private ExitOptions(Builder builder) {
    this(
        builder.jobAction,
        builder.dependencyAction,
        builder.unknownProperties == null
            ? null : new LinkedHashMap<>(builder.unknownProperties));
  }

  /**
   * The values as the adapter's byte read reads them, each as its field holds it;
   * {@code unknownProperties} (null if none) is taken over, not copied.
   */
  ExitOptions(
      String jobAction,
      String dependencyAction,
      Map<String, String> unknownProperties) {
    this.jobAction = jobAction;
    this.dependencyAction = dependencyAction;
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
   * The action taken on the job containing the task, if the job's onTaskFailed property is
   * performexitoptionsjobaction.
   */
  public JobAction jobAction() {
    return jobAction == null ? null : JobAction.fromValue(jobAction);
  }

  /** {@code jobAction} exactly as sent, also when it is not a known value. */
  public String jobActionValue() {
    return jobAction;
  }

  /**
   * The action performed on tasks that depend on this task; the default is satisfy for exit code
   * 0 and block for all other exit conditions.
   */
  public DependencyAction dependencyAction() {
    return dependencyAction == null ? null : DependencyAction.fromValue(dependencyAction);
  }

  /** {@code dependencyAction} exactly as sent, also when it is not a known value. */
  public String dependencyActionValue() {
    return dependencyAction;
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
    return other instanceof ExitOptions that
        && Objects.equals(jobAction, that.jobAction)
        && Objects.equals(dependencyAction, that.dependencyAction)
        && unknownProperties.equals(that.unknownProperties);
  }

  @Override public int hashCode() {
    return Objects.hash(
        jobAction,
        dependencyAction,
        unknownProperties);
  }

  @Override public String toString() {
    return new ModelString("ExitOptions")
        .add("jobAction", jobAction)
        .add("dependencyAction", dependencyAction)
        .addUnknown(unknownProperties)
        .toString();
  }

  /** Builds {@link ExitOptions} values; every property is optional. */
  public static final class Builder {
    private String jobAction;
    private String dependencyAction;
    private Map<String, String> unknownProperties;

    Builder() {
    }

    Builder(ExitOptions source) {
      this.jobAction = source.jobAction;
      this.dependencyAction = source.dependencyAction;
      this.unknownProperties =
          source.unknownProperties.isEmpty() ? null : new LinkedHashMap<>(source.unknownProperties);
    }

    public Builder jobAction(JobAction jobAction) {
      this.jobAction = jobAction == null
          ? null : Json.enumValue(jobAction.value(), "jobAction");
      return this;
    }

    /** Sets {@code jobAction} to a wire value, known or not. */
    public Builder jobActionValue(String jobActionValue) {
      this.jobAction = jobActionValue;
      return this;
    }

    public Builder dependencyAction(DependencyAction dependencyAction) {
      this.dependencyAction = dependencyAction == null
          ? null : Json.enumValue(dependencyAction.value(), "dependencyAction");
      return this;
    }

    /** Sets {@code dependencyAction} to a wire value, known or not. */
    public Builder dependencyActionValue(String dependencyActionValue) {
      this.dependencyAction = dependencyActionValue;
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

    public ExitOptions build() {
      return new ExitOptions(this);
    }
  }
}

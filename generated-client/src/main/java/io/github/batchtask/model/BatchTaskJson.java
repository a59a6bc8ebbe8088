// Generated from spec/batch-task.yaml by the templates in templates/. Do not edit.

package io.github.batchtask.model;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import io.github.batchtask.json.Json;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/** JSON for the models: a Moshi factory serving their generated adapters and java.time's. */
public final class BatchTaskJson {
  /**
   * Serves the generated adapter of every model, and adapters for {@link Instant} and
   * {@link Duration}, without reflection. Add it to your own {@code Moshi.Builder} or use
   * {@link #moshi()}.
   */
  public static final JsonAdapter.Factory FACTORY = BatchTaskJson::create;

  private static final Moshi MOSHI = new Moshi.Builder().add(FACTORY).build();

  private static final JsonAdapter<Instant> INSTANT = new JsonAdapter<Instant>() {
    @Override public Instant fromJson(JsonReader reader) throws IOException {
      return Json.readInstant(reader);
    }

    @Override public void toJson(JsonWriter writer, Instant value) throws IOException {
      if (value == null) {
        writer.nullValue();
      } else {
        Json.writeInstant(writer, value);
      }
    }

    @Override public String toString() {
      return "JsonAdapter(Instant)";
    }
  };

  private static final JsonAdapter<Duration> DURATION = new JsonAdapter<Duration>() {
    @Override public Duration fromJson(JsonReader reader) throws IOException {
      return Json.readDuration(reader);
    }

    @Override public void toJson(JsonWriter writer, Duration value) throws IOException {
      if (value == null) {
        writer.nullValue();
      } else {
        Json.writeDuration(writer, value);
      }
    }

    @Override public String toString() {
      return "JsonAdapter(Duration)";
    }
  };

  private BatchTaskJson() {
  }

  /** A shared Moshi instance with {@link #FACTORY}. */
  public static Moshi moshi() {
    return MOSHI;
  }

  private static JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations,
      Moshi moshi) {
    if (!annotations.isEmpty() || !(type instanceof Class)) {
      return null;
    }
    if (type == Instant.class) {
      return INSTANT;
    }
    if (type == Duration.class) {
      return DURATION;
    }
    if (type == AccessScope.class) {
      return new AccessScopeJsonAdapter();
    }
    if (type == AffinityInformation.class) {
      return new AffinityInformationJsonAdapter(moshi);
    }
    if (type == ApplicationPackageReference.class) {
      return new ApplicationPackageReferenceJsonAdapter(moshi);
    }
    if (type == AuthenticationTokenSettings.class) {
      return new AuthenticationTokenSettingsJsonAdapter(moshi);
    }
    if (type == AutoUserScope.class) {
      return new AutoUserScopeJsonAdapter();
    }
    if (type == AutoUserSpecification.class) {
      return new AutoUserSpecificationJsonAdapter(moshi);
    }
    if (type == BatchError.class) {
      return new BatchErrorJsonAdapter(moshi);
    }
    if (type == BatchErrorDetail.class) {
      return new BatchErrorDetailJsonAdapter(moshi);
    }
    if (type == BatchTask.class) {
      return new BatchTaskJsonAdapter(moshi);
    }
    if (type == ComputeNodeInformation.class) {
      return new ComputeNodeInformationJsonAdapter(moshi);
    }
    if (type == DependencyAction.class) {
      return new DependencyActionJsonAdapter();
    }
    if (type == ElevationLevel.class) {
      return new ElevationLevelJsonAdapter();
    }
    if (type == EnvironmentSetting.class) {
      return new EnvironmentSettingJsonAdapter(moshi);
    }
    if (type == ErrorCategory.class) {
      return new ErrorCategoryJsonAdapter();
    }
    if (type == ErrorMessage.class) {
      return new ErrorMessageJsonAdapter(moshi);
    }
    if (type == ExitCodeMapping.class) {
      return new ExitCodeMappingJsonAdapter(moshi);
    }
    if (type == ExitCodeRangeMapping.class) {
      return new ExitCodeRangeMappingJsonAdapter(moshi);
    }
    if (type == ExitConditions.class) {
      return new ExitConditionsJsonAdapter(moshi);
    }
    if (type == ExitOptions.class) {
      return new ExitOptionsJsonAdapter(moshi);
    }
    if (type == JobAction.class) {
      return new JobActionJsonAdapter();
    }
    if (type == MultiInstanceSettings.class) {
      return new MultiInstanceSettingsJsonAdapter(moshi);
    }
    if (type == NameValuePair.class) {
      return new NameValuePairJsonAdapter(moshi);
    }
    if (type == OutputFile.class) {
      return new OutputFileJsonAdapter(moshi);
    }
    if (type == OutputFileBlobContainerDestination.class) {
      return new OutputFileBlobContainerDestinationJsonAdapter(moshi);
    }
    if (type == OutputFileDestination.class) {
      return new OutputFileDestinationJsonAdapter(moshi);
    }
    if (type == OutputFileUploadCondition.class) {
      return new OutputFileUploadConditionJsonAdapter();
    }
    if (type == OutputFileUploadOptions.class) {
      return new OutputFileUploadOptionsJsonAdapter(moshi);
    }
    if (type == ResourceFile.class) {
      return new ResourceFileJsonAdapter(moshi);
    }
    if (type == TaskConstraints.class) {
      return new TaskConstraintsJsonAdapter(moshi);
    }
    if (type == TaskDependencies.class) {
      return new TaskDependenciesJsonAdapter(moshi);
    }
    if (type == TaskExecutionInformation.class) {
      return new TaskExecutionInformationJsonAdapter(moshi);
    }
    if (type == TaskExecutionResult.class) {
      return new TaskExecutionResultJsonAdapter();
    }
    if (type == TaskFailureInformation.class) {
      return new TaskFailureInformationJsonAdapter(moshi);
    }
    if (type == TaskIdRange.class) {
      return new TaskIdRangeJsonAdapter(moshi);
    }
    if (type == TaskState.class) {
      return new TaskStateJsonAdapter();
    }
    if (type == TaskStatistics.class) {
      return new TaskStatisticsJsonAdapter(moshi);
    }
    if (type == UserIdentity.class) {
      return new UserIdentityJsonAdapter(moshi);
    }
    return null;
  }
}

// Generated from spec/batch-task.yaml by the templates in templates/. Do not edit.

package io.github.batchtask.model;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import io.github.batchtask.json.JavaTimeJsonAdapters;
import io.github.batchtask.json.OpenEnumJsonAdapter;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * JSON for the models: a Moshi factory serving their generated adapters, the runtime's adapter
 * for every enum, and java.time's.
 */
public final class BatchTaskJson {
  /**
   * Serves the generated adapter of every model, the open-enum adapter of every enum (case
   * ignored, unknown values kept as {@code UNRECOGNIZED}), and adapters for {@link Instant} and
   * {@link Duration}, without reflection. Add it to your own {@code Moshi.Builder} or use
   * {@link #moshi()}.
   */
  public static final JsonAdapter.Factory FACTORY = BatchTaskJson::create;

  private static final Moshi MOSHI = new Moshi.Builder().add(FACTORY).build();

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
      return JavaTimeJsonAdapters.INSTANT;
    }
    if (type == Duration.class) {
      return JavaTimeJsonAdapters.DURATION;
    }
    if (type == AccessScope.class) {
      return new OpenEnumJsonAdapter<>(AccessScope.class);
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
      return new OpenEnumJsonAdapter<>(AutoUserScope.class);
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
    if (type == ComputeNodeIdentityReference.class) {
      return new ComputeNodeIdentityReferenceJsonAdapter(moshi);
    }
    if (type == ComputeNodeInformation.class) {
      return new ComputeNodeInformationJsonAdapter(moshi);
    }
    if (type == ContainerHostBatchBindMountEntry.class) {
      return new ContainerHostBatchBindMountEntryJsonAdapter(moshi);
    }
    if (type == ContainerHostDataPath.class) {
      return new OpenEnumJsonAdapter<>(ContainerHostDataPath.class);
    }
    if (type == ContainerRegistry.class) {
      return new ContainerRegistryJsonAdapter(moshi);
    }
    if (type == ContainerWorkingDirectory.class) {
      return new OpenEnumJsonAdapter<>(ContainerWorkingDirectory.class);
    }
    if (type == DependencyAction.class) {
      return new OpenEnumJsonAdapter<>(DependencyAction.class);
    }
    if (type == ElevationLevel.class) {
      return new OpenEnumJsonAdapter<>(ElevationLevel.class);
    }
    if (type == EnvironmentSetting.class) {
      return new EnvironmentSettingJsonAdapter(moshi);
    }
    if (type == ErrorCategory.class) {
      return new OpenEnumJsonAdapter<>(ErrorCategory.class);
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
    if (type == HttpHeader.class) {
      return new HttpHeaderJsonAdapter(moshi);
    }
    if (type == JobAction.class) {
      return new OpenEnumJsonAdapter<>(JobAction.class);
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
      return new OpenEnumJsonAdapter<>(OutputFileUploadCondition.class);
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
    if (type == TaskContainerExecutionInformation.class) {
      return new TaskContainerExecutionInformationJsonAdapter(moshi);
    }
    if (type == TaskContainerSettings.class) {
      return new TaskContainerSettingsJsonAdapter(moshi);
    }
    if (type == TaskDependencies.class) {
      return new TaskDependenciesJsonAdapter(moshi);
    }
    if (type == TaskExecutionInformation.class) {
      return new TaskExecutionInformationJsonAdapter(moshi);
    }
    if (type == TaskExecutionResult.class) {
      return new OpenEnumJsonAdapter<>(TaskExecutionResult.class);
    }
    if (type == TaskFailureInformation.class) {
      return new TaskFailureInformationJsonAdapter(moshi);
    }
    if (type == TaskIdRange.class) {
      return new TaskIdRangeJsonAdapter(moshi);
    }
    if (type == TaskState.class) {
      return new OpenEnumJsonAdapter<>(TaskState.class);
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

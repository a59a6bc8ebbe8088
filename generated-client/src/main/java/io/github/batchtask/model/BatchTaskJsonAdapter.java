// Generated from spec/batch-task.yaml by the templates in templates/. Do not edit.

package io.github.batchtask.model;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import io.github.batchtask.internal.Json;
import java.io.IOException;

/**
 * Streams {@link BatchTask} to and from JSON without reflection, keeping the properties it
 * does not know.
 */
public final class BatchTaskJsonAdapter extends JsonAdapter<BatchTask> {
  private static final JsonReader.Options NAMES = JsonReader.Options.of(
      "id",
      "displayName",
      "url",
      "eTag",
      "lastModified",
      "creationTime",
      "state",
      "stateTransitionTime",
      "previousState",
      "previousStateTransitionTime",
      "commandLine",
      "resourceFiles",
      "outputFiles",
      "applicationPackageReferences",
      "environmentSettings",
      "affinityInfo",
      "constraints",
      "userIdentity",
      "executionInfo",
      "nodeInfo",
      "stats",
      "multiInstanceSettings",
      "dependsOn",
      "exitConditions",
      "authenticationTokenSettings"
  );
  private final JsonAdapter<ResourceFile> resourceFileAdapter;
  private final JsonAdapter<OutputFile> outputFileAdapter;
  private final JsonAdapter<ApplicationPackageReference> applicationPackageReferenceAdapter;
  private final JsonAdapter<EnvironmentSetting> environmentSettingAdapter;
  private final JsonAdapter<AffinityInformation> affinityInformationAdapter;
  private final JsonAdapter<TaskConstraints> taskConstraintsAdapter;
  private final JsonAdapter<UserIdentity> userIdentityAdapter;
  private final JsonAdapter<TaskExecutionInformation> taskExecutionInformationAdapter;
  private final JsonAdapter<ComputeNodeInformation> computeNodeInformationAdapter;
  private final JsonAdapter<TaskStatistics> taskStatisticsAdapter;
  private final JsonAdapter<MultiInstanceSettings> multiInstanceSettingsAdapter;
  private final JsonAdapter<TaskDependencies> taskDependenciesAdapter;
  private final JsonAdapter<ExitConditions> exitConditionsAdapter;
  private final JsonAdapter<AuthenticationTokenSettings> authenticationTokenSettingsAdapter;

  public BatchTaskJsonAdapter(Moshi moshi) {
    this.resourceFileAdapter = moshi.adapter(ResourceFile.class);
    this.outputFileAdapter = moshi.adapter(OutputFile.class);
    this.applicationPackageReferenceAdapter = moshi.adapter(ApplicationPackageReference.class);
    this.environmentSettingAdapter = moshi.adapter(EnvironmentSetting.class);
    this.affinityInformationAdapter = moshi.adapter(AffinityInformation.class);
    this.taskConstraintsAdapter = moshi.adapter(TaskConstraints.class);
    this.userIdentityAdapter = moshi.adapter(UserIdentity.class);
    this.taskExecutionInformationAdapter = moshi.adapter(TaskExecutionInformation.class);
    this.computeNodeInformationAdapter = moshi.adapter(ComputeNodeInformation.class);
    this.taskStatisticsAdapter = moshi.adapter(TaskStatistics.class);
    this.multiInstanceSettingsAdapter = moshi.adapter(MultiInstanceSettings.class);
    this.taskDependenciesAdapter = moshi.adapter(TaskDependencies.class);
    this.exitConditionsAdapter = moshi.adapter(ExitConditions.class);
    this.authenticationTokenSettingsAdapter = moshi.adapter(AuthenticationTokenSettings.class);
  }

  @Override public BatchTask fromJson(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    BatchTask.Builder builder = BatchTask.builder();
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.selectName(NAMES)) {
        case 0:
          builder.id(Json.readString(reader));
          break;
        case 1:
          builder.displayName(Json.readString(reader));
          break;
        case 2:
          builder.url(Json.readString(reader));
          break;
        case 3:
          builder.eTag(Json.readString(reader));
          break;
        case 4:
          builder.lastModified(Json.readInstant(reader));
          break;
        case 5:
          builder.creationTime(Json.readInstant(reader));
          break;
        case 6:
          builder.stateValue(Json.readString(reader));
          break;
        case 7:
          builder.stateTransitionTime(Json.readInstant(reader));
          break;
        case 8:
          builder.previousStateValue(Json.readString(reader));
          break;
        case 9:
          builder.previousStateTransitionTime(Json.readInstant(reader));
          break;
        case 10:
          builder.commandLine(Json.readString(reader));
          break;
        case 11:
          builder.resourceFiles(Json.readList(reader, r0 -> resourceFileAdapter.fromJson(r0)));
          break;
        case 12:
          builder.outputFiles(Json.readList(reader, r0 -> outputFileAdapter.fromJson(r0)));
          break;
        case 13:
          builder.applicationPackageReferences(Json.readList(reader, r0 -> applicationPackageReferenceAdapter.fromJson(r0)));
          break;
        case 14:
          builder.environmentSettings(Json.readList(reader, r0 -> environmentSettingAdapter.fromJson(r0)));
          break;
        case 15:
          builder.affinityInfo(affinityInformationAdapter.fromJson(reader));
          break;
        case 16:
          builder.constraints(taskConstraintsAdapter.fromJson(reader));
          break;
        case 17:
          builder.userIdentity(userIdentityAdapter.fromJson(reader));
          break;
        case 18:
          builder.executionInfo(taskExecutionInformationAdapter.fromJson(reader));
          break;
        case 19:
          builder.nodeInfo(computeNodeInformationAdapter.fromJson(reader));
          break;
        case 20:
          builder.stats(taskStatisticsAdapter.fromJson(reader));
          break;
        case 21:
          builder.multiInstanceSettings(multiInstanceSettingsAdapter.fromJson(reader));
          break;
        case 22:
          builder.dependsOn(taskDependenciesAdapter.fromJson(reader));
          break;
        case 23:
          builder.exitConditions(exitConditionsAdapter.fromJson(reader));
          break;
        case 24:
          builder.authenticationTokenSettings(authenticationTokenSettingsAdapter.fromJson(reader));
          break;
        default:
          builder.putReadUnknownProperty(reader.nextName(), Json.readRaw(reader));
      }
    }
    reader.endObject();
    return builder.build();
  }

  @Override public void toJson(JsonWriter writer, BatchTask value) throws IOException {
    if (value == null) {
      writer.nullValue();
      return;
    }
    writer.beginObject();
    Json.writeProperty(writer, "id", value.id(),
        Json::writeString);
    Json.writeProperty(writer, "displayName", value.displayName(),
        Json::writeString);
    Json.writeProperty(writer, "url", value.url(),
        Json::writeString);
    Json.writeProperty(writer, "eTag", value.eTag(),
        Json::writeString);
    Json.writeProperty(writer, "lastModified", value.lastModified(),
        Json::writeInstant);
    Json.writeProperty(writer, "creationTime", value.creationTime(),
        Json::writeInstant);
    Json.writeProperty(writer, "state", value.stateValue(),
        Json::writeString);
    Json.writeProperty(writer, "stateTransitionTime", value.stateTransitionTime(),
        Json::writeInstant);
    Json.writeProperty(writer, "previousState", value.previousStateValue(),
        Json::writeString);
    Json.writeProperty(writer, "previousStateTransitionTime", value.previousStateTransitionTime(),
        Json::writeInstant);
    Json.writeProperty(writer, "commandLine", value.commandLine(),
        Json::writeString);
    Json.writeProperty(writer, "resourceFiles", value.resourceFiles(),
        (w0, v0) -> Json.writeList(w0, v0, resourceFileAdapter::toJson));
    Json.writeProperty(writer, "outputFiles", value.outputFiles(),
        (w0, v0) -> Json.writeList(w0, v0, outputFileAdapter::toJson));
    Json.writeProperty(writer, "applicationPackageReferences", value.applicationPackageReferences(),
        (w0, v0) -> Json.writeList(w0, v0, applicationPackageReferenceAdapter::toJson));
    Json.writeProperty(writer, "environmentSettings", value.environmentSettings(),
        (w0, v0) -> Json.writeList(w0, v0, environmentSettingAdapter::toJson));
    Json.writeProperty(writer, "affinityInfo", value.affinityInfo(),
        affinityInformationAdapter::toJson);
    Json.writeProperty(writer, "constraints", value.constraints(),
        taskConstraintsAdapter::toJson);
    Json.writeProperty(writer, "userIdentity", value.userIdentity(),
        userIdentityAdapter::toJson);
    Json.writeProperty(writer, "executionInfo", value.executionInfo(),
        taskExecutionInformationAdapter::toJson);
    Json.writeProperty(writer, "nodeInfo", value.nodeInfo(),
        computeNodeInformationAdapter::toJson);
    Json.writeProperty(writer, "stats", value.stats(),
        taskStatisticsAdapter::toJson);
    Json.writeProperty(writer, "multiInstanceSettings", value.multiInstanceSettings(),
        multiInstanceSettingsAdapter::toJson);
    Json.writeProperty(writer, "dependsOn", value.dependsOn(),
        taskDependenciesAdapter::toJson);
    Json.writeProperty(writer, "exitConditions", value.exitConditions(),
        exitConditionsAdapter::toJson);
    Json.writeProperty(writer, "authenticationTokenSettings", value.authenticationTokenSettings(),
        authenticationTokenSettingsAdapter::toJson);
    Json.writeRaw(writer, value.unknownProperties());
    writer.endObject();
  }

  @Override public String toString() {
    return "GeneratedJsonAdapter(BatchTask)";
  }
}

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
    if (value.id() != null) {
      writer.name("id");
      Json.writeString(writer, value.id());
    }
    if (value.displayName() != null) {
      writer.name("displayName");
      Json.writeString(writer, value.displayName());
    }
    if (value.url() != null) {
      writer.name("url");
      Json.writeString(writer, value.url());
    }
    if (value.eTag() != null) {
      writer.name("eTag");
      Json.writeString(writer, value.eTag());
    }
    if (value.lastModified() != null) {
      writer.name("lastModified");
      Json.writeInstant(writer, value.lastModified());
    }
    if (value.creationTime() != null) {
      writer.name("creationTime");
      Json.writeInstant(writer, value.creationTime());
    }
    if (value.stateValue() != null) {
      writer.name("state");
      Json.writeString(writer, value.stateValue());
    }
    if (value.stateTransitionTime() != null) {
      writer.name("stateTransitionTime");
      Json.writeInstant(writer, value.stateTransitionTime());
    }
    if (value.previousStateValue() != null) {
      writer.name("previousState");
      Json.writeString(writer, value.previousStateValue());
    }
    if (value.previousStateTransitionTime() != null) {
      writer.name("previousStateTransitionTime");
      Json.writeInstant(writer, value.previousStateTransitionTime());
    }
    if (value.commandLine() != null) {
      writer.name("commandLine");
      Json.writeString(writer, value.commandLine());
    }
    if (value.resourceFiles() != null) {
      writer.name("resourceFiles");
      Json.writeList(writer, value.resourceFiles(), resourceFileAdapter::toJson);
    }
    if (value.outputFiles() != null) {
      writer.name("outputFiles");
      Json.writeList(writer, value.outputFiles(), outputFileAdapter::toJson);
    }
    if (value.applicationPackageReferences() != null) {
      writer.name("applicationPackageReferences");
      Json.writeList(writer, value.applicationPackageReferences(), applicationPackageReferenceAdapter::toJson);
    }
    if (value.environmentSettings() != null) {
      writer.name("environmentSettings");
      Json.writeList(writer, value.environmentSettings(), environmentSettingAdapter::toJson);
    }
    if (value.affinityInfo() != null) {
      writer.name("affinityInfo");
      affinityInformationAdapter.toJson(writer, value.affinityInfo());
    }
    if (value.constraints() != null) {
      writer.name("constraints");
      taskConstraintsAdapter.toJson(writer, value.constraints());
    }
    if (value.userIdentity() != null) {
      writer.name("userIdentity");
      userIdentityAdapter.toJson(writer, value.userIdentity());
    }
    if (value.executionInfo() != null) {
      writer.name("executionInfo");
      taskExecutionInformationAdapter.toJson(writer, value.executionInfo());
    }
    if (value.nodeInfo() != null) {
      writer.name("nodeInfo");
      computeNodeInformationAdapter.toJson(writer, value.nodeInfo());
    }
    if (value.stats() != null) {
      writer.name("stats");
      taskStatisticsAdapter.toJson(writer, value.stats());
    }
    if (value.multiInstanceSettings() != null) {
      writer.name("multiInstanceSettings");
      multiInstanceSettingsAdapter.toJson(writer, value.multiInstanceSettings());
    }
    if (value.dependsOn() != null) {
      writer.name("dependsOn");
      taskDependenciesAdapter.toJson(writer, value.dependsOn());
    }
    if (value.exitConditions() != null) {
      writer.name("exitConditions");
      exitConditionsAdapter.toJson(writer, value.exitConditions());
    }
    if (value.authenticationTokenSettings() != null) {
      writer.name("authenticationTokenSettings");
      authenticationTokenSettingsAdapter.toJson(writer, value.authenticationTokenSettings());
    }
    Json.writeRaw(writer, value.unknownProperties());
    writer.endObject();
  }

  @Override public String toString() {
    return "GeneratedJsonAdapter(BatchTask)";
  }
}

// Generated from spec/batch-task.yaml by the templates in templates/. Do not edit.

package io.github.batchtask.model;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import io.github.batchtask.internal.Json;
import io.github.batchtask.internal.JsonByteWriter;
import java.io.IOException;

/**
 * Streams {@link BatchTask} to and from JSON without reflection,
 * keeping the properties it does not know. Compact output to Moshi's UTF-8 writer takes a faster
 * path of pre-encoded names and byte-level escaping that writes the same bytes.
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
  private static final byte[][] ENCODED_NAMES = JsonByteWriter.names(NAMES);
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
  /** Whether every nested model is written by its generated adapter, so the fast path applies. */
  final boolean direct;

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
    boolean direct = true;
    direct &= resourceFileAdapter
        instanceof ResourceFileJsonAdapter generated && generated.direct;
    direct &= outputFileAdapter
        instanceof OutputFileJsonAdapter generated && generated.direct;
    direct &= applicationPackageReferenceAdapter
        instanceof ApplicationPackageReferenceJsonAdapter generated && generated.direct;
    direct &= environmentSettingAdapter
        instanceof EnvironmentSettingJsonAdapter generated && generated.direct;
    direct &= affinityInformationAdapter
        instanceof AffinityInformationJsonAdapter generated && generated.direct;
    direct &= taskConstraintsAdapter
        instanceof TaskConstraintsJsonAdapter generated && generated.direct;
    direct &= userIdentityAdapter
        instanceof UserIdentityJsonAdapter generated && generated.direct;
    direct &= taskExecutionInformationAdapter
        instanceof TaskExecutionInformationJsonAdapter generated && generated.direct;
    direct &= computeNodeInformationAdapter
        instanceof ComputeNodeInformationJsonAdapter generated && generated.direct;
    direct &= taskStatisticsAdapter
        instanceof TaskStatisticsJsonAdapter generated && generated.direct;
    direct &= multiInstanceSettingsAdapter
        instanceof MultiInstanceSettingsJsonAdapter generated && generated.direct;
    direct &= taskDependenciesAdapter
        instanceof TaskDependenciesJsonAdapter generated && generated.direct;
    direct &= exitConditionsAdapter
        instanceof ExitConditionsJsonAdapter generated && generated.direct;
    direct &= authenticationTokenSettingsAdapter
        instanceof AuthenticationTokenSettingsJsonAdapter generated && generated.direct;
    this.direct = direct;
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
          builder.applicationPackageReferences(Json.readList(reader,
              r0 -> applicationPackageReferenceAdapter.fromJson(r0)));
          break;
        case 14:
          builder.environmentSettings(Json.readList(reader,
              r0 -> environmentSettingAdapter.fromJson(r0)));
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
    if (direct && JsonByteWriter.canStandIn(writer)) {
      JsonByteWriter out = new JsonByteWriter(writer.isLenient());
      write(out, value);
      out.writeTo(writer);
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
      Json.writeList(writer, value.applicationPackageReferences(),
          applicationPackageReferenceAdapter::toJson);
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

  /** Writes {@code value} compactly; nested models go through their generated adapters. */
  static void write(JsonByteWriter out, BatchTask value) {
    out.beginObject();
    if (value.id() != null) {
      out.name(ENCODED_NAMES[0]);
      out.string(value.id());
    }
    if (value.displayName() != null) {
      out.name(ENCODED_NAMES[1]);
      out.string(value.displayName());
    }
    if (value.url() != null) {
      out.name(ENCODED_NAMES[2]);
      out.string(value.url());
    }
    if (value.eTag() != null) {
      out.name(ENCODED_NAMES[3]);
      out.string(value.eTag());
    }
    if (value.lastModified() != null) {
      out.name(ENCODED_NAMES[4]);
      out.instant(value.lastModified());
    }
    if (value.creationTime() != null) {
      out.name(ENCODED_NAMES[5]);
      out.instant(value.creationTime());
    }
    if (value.stateValue() != null) {
      out.name(ENCODED_NAMES[6]);
      out.string(value.stateValue());
    }
    if (value.stateTransitionTime() != null) {
      out.name(ENCODED_NAMES[7]);
      out.instant(value.stateTransitionTime());
    }
    if (value.previousStateValue() != null) {
      out.name(ENCODED_NAMES[8]);
      out.string(value.previousStateValue());
    }
    if (value.previousStateTransitionTime() != null) {
      out.name(ENCODED_NAMES[9]);
      out.instant(value.previousStateTransitionTime());
    }
    if (value.commandLine() != null) {
      out.name(ENCODED_NAMES[10]);
      out.string(value.commandLine());
    }
    if (value.resourceFiles() != null) {
      out.name(ENCODED_NAMES[11]);
      out.beginArray();
      for (var v0 : value.resourceFiles()) {
        if (v0 == null) {
          out.nullValue();
        } else {
          ResourceFileJsonAdapter.write(out, v0);
        }
      }
      out.endArray();
    }
    if (value.outputFiles() != null) {
      out.name(ENCODED_NAMES[12]);
      out.beginArray();
      for (var v0 : value.outputFiles()) {
        if (v0 == null) {
          out.nullValue();
        } else {
          OutputFileJsonAdapter.write(out, v0);
        }
      }
      out.endArray();
    }
    if (value.applicationPackageReferences() != null) {
      out.name(ENCODED_NAMES[13]);
      out.beginArray();
      for (var v0 : value.applicationPackageReferences()) {
        if (v0 == null) {
          out.nullValue();
        } else {
          ApplicationPackageReferenceJsonAdapter.write(out, v0);
        }
      }
      out.endArray();
    }
    if (value.environmentSettings() != null) {
      out.name(ENCODED_NAMES[14]);
      out.beginArray();
      for (var v0 : value.environmentSettings()) {
        if (v0 == null) {
          out.nullValue();
        } else {
          EnvironmentSettingJsonAdapter.write(out, v0);
        }
      }
      out.endArray();
    }
    if (value.affinityInfo() != null) {
      out.name(ENCODED_NAMES[15]);
      AffinityInformationJsonAdapter.write(out, value.affinityInfo());
    }
    if (value.constraints() != null) {
      out.name(ENCODED_NAMES[16]);
      TaskConstraintsJsonAdapter.write(out, value.constraints());
    }
    if (value.userIdentity() != null) {
      out.name(ENCODED_NAMES[17]);
      UserIdentityJsonAdapter.write(out, value.userIdentity());
    }
    if (value.executionInfo() != null) {
      out.name(ENCODED_NAMES[18]);
      TaskExecutionInformationJsonAdapter.write(out, value.executionInfo());
    }
    if (value.nodeInfo() != null) {
      out.name(ENCODED_NAMES[19]);
      ComputeNodeInformationJsonAdapter.write(out, value.nodeInfo());
    }
    if (value.stats() != null) {
      out.name(ENCODED_NAMES[20]);
      TaskStatisticsJsonAdapter.write(out, value.stats());
    }
    if (value.multiInstanceSettings() != null) {
      out.name(ENCODED_NAMES[21]);
      MultiInstanceSettingsJsonAdapter.write(out, value.multiInstanceSettings());
    }
    if (value.dependsOn() != null) {
      out.name(ENCODED_NAMES[22]);
      TaskDependenciesJsonAdapter.write(out, value.dependsOn());
    }
    if (value.exitConditions() != null) {
      out.name(ENCODED_NAMES[23]);
      ExitConditionsJsonAdapter.write(out, value.exitConditions());
    }
    if (value.authenticationTokenSettings() != null) {
      out.name(ENCODED_NAMES[24]);
      AuthenticationTokenSettingsJsonAdapter.write(out, value.authenticationTokenSettings());
    }
    out.unknownProperties(value.unknownProperties());
    out.endObject();
  }

  @Override public String toString() {
    return "GeneratedJsonAdapter(BatchTask)";
  }
}

// Generated from spec/batch-task.yaml by the templates in templates/. Do not edit.

package io.github.batchtask.model;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import io.github.batchtask.json.Json;
import io.github.batchtask.json.JsonByteReader;
import io.github.batchtask.json.JsonByteWriter;
import io.github.batchtask.json.JsonName;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Streams {@link BatchTask} to and from JSON without reflection,
 * keeping the properties it does not know. Compact output to Moshi's UTF-8 writer takes a faster
 * path of pre-encoded names and byte-level escaping that writes the same bytes; {@link #read}
 * reads the same values straight from UTF-8 bytes.
 */
public final class BatchTaskJsonAdapter extends JsonAdapter<BatchTask> {
  /** The wire names of the properties; {@link #NAMES} matches them by their index here. */
  private static final String[] WIRE_NAMES = {
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
      "containerSettings",
      "resourceFiles",
      "outputFiles",
      "applicationPackageReferences",
      "environmentSettings",
      "affinityInfo",
      "constraints",
      "requiredSlots",
      "userIdentity",
      "executionInfo",
      "nodeInfo",
      "stats",
      "multiInstanceSettings",
      "dependsOn",
      "exitConditions",
      "authenticationTokenSettings",
  };
  private static final JsonReader.Options NAMES = JsonReader.Options.of(WIRE_NAMES);
  private static final JsonByteReader.Names READ_NAMES = JsonByteReader.Names.of(WIRE_NAMES);
  private static final JsonName ID = JsonName.of("id");
  private static final JsonName DISPLAY_NAME = JsonName.of("displayName");
  private static final JsonName URL = JsonName.of("url");
  private static final JsonName E_TAG = JsonName.of("eTag");
  private static final JsonName LAST_MODIFIED = JsonName.of("lastModified");
  private static final JsonName CREATION_TIME = JsonName.of("creationTime");
  private static final JsonName STATE = JsonName.of("state");
  private static final JsonName STATE_TRANSITION_TIME = JsonName.of("stateTransitionTime");
  private static final JsonName PREVIOUS_STATE = JsonName.of("previousState");
  private static final JsonName PREVIOUS_STATE_TRANSITION_TIME =
      JsonName.of("previousStateTransitionTime");
  private static final JsonName COMMAND_LINE = JsonName.of("commandLine");
  private static final JsonName CONTAINER_SETTINGS = JsonName.of("containerSettings");
  private static final JsonName RESOURCE_FILES = JsonName.of("resourceFiles");
  private static final JsonName OUTPUT_FILES = JsonName.of("outputFiles");
  private static final JsonName APPLICATION_PACKAGE_REFERENCES =
      JsonName.of("applicationPackageReferences");
  private static final JsonName ENVIRONMENT_SETTINGS = JsonName.of("environmentSettings");
  private static final JsonName AFFINITY_INFO = JsonName.of("affinityInfo");
  private static final JsonName CONSTRAINTS = JsonName.of("constraints");
  private static final JsonName REQUIRED_SLOTS = JsonName.of("requiredSlots");
  private static final JsonName USER_IDENTITY = JsonName.of("userIdentity");
  private static final JsonName EXECUTION_INFO = JsonName.of("executionInfo");
  private static final JsonName NODE_INFO = JsonName.of("nodeInfo");
  private static final JsonName STATS = JsonName.of("stats");
  private static final JsonName MULTI_INSTANCE_SETTINGS = JsonName.of("multiInstanceSettings");
  private static final JsonName DEPENDS_ON = JsonName.of("dependsOn");
  private static final JsonName EXIT_CONDITIONS = JsonName.of("exitConditions");
  private static final JsonName AUTHENTICATION_TOKEN_SETTINGS =
      JsonName.of("authenticationTokenSettings");
  private final JsonAdapter<TaskContainerSettings> taskContainerSettingsAdapter;
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
    this.taskContainerSettingsAdapter = moshi.adapter(TaskContainerSettings.class);
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
    direct &= taskContainerSettingsAdapter
        instanceof TaskContainerSettingsJsonAdapter generated && generated.direct;
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
      int index = reader.selectName(NAMES);
      // The very string instances of WIRE_NAMES: hash codes cached, equals by identity.
      switch (index < 0 ? "" : WIRE_NAMES[index]) {
        case "id":
          builder.id(Json.readString(reader));
          break;
        case "displayName":
          builder.displayName(Json.readString(reader));
          break;
        case "url":
          builder.url(Json.readString(reader));
          break;
        case "eTag":
          builder.eTag(Json.readString(reader));
          break;
        case "lastModified":
          builder.lastModified(Json.readInstant(reader));
          break;
        case "creationTime":
          builder.creationTime(Json.readInstant(reader));
          break;
        case "state":
          builder.stateValue(Json.readString(reader));
          break;
        case "stateTransitionTime":
          builder.stateTransitionTime(Json.readInstant(reader));
          break;
        case "previousState":
          builder.previousStateValue(Json.readString(reader));
          break;
        case "previousStateTransitionTime":
          builder.previousStateTransitionTime(Json.readInstant(reader));
          break;
        case "commandLine":
          builder.commandLine(Json.readString(reader));
          break;
        case "containerSettings":
          builder.containerSettings(taskContainerSettingsAdapter.fromJson(reader));
          break;
        case "resourceFiles":
          builder.resourceFiles(Json.readList(reader,
              resourceFileAdapter::fromJson));
          break;
        case "outputFiles":
          builder.outputFiles(Json.readList(reader,
              outputFileAdapter::fromJson));
          break;
        case "applicationPackageReferences":
          builder.applicationPackageReferences(Json.readList(reader,
              applicationPackageReferenceAdapter::fromJson));
          break;
        case "environmentSettings":
          builder.environmentSettings(Json.readList(reader,
              environmentSettingAdapter::fromJson));
          break;
        case "affinityInfo":
          builder.affinityInfo(affinityInformationAdapter.fromJson(reader));
          break;
        case "constraints":
          builder.constraints(taskConstraintsAdapter.fromJson(reader));
          break;
        case "requiredSlots":
          builder.requiredSlots(Json.readInt(reader));
          break;
        case "userIdentity":
          builder.userIdentity(userIdentityAdapter.fromJson(reader));
          break;
        case "executionInfo":
          builder.executionInfo(taskExecutionInformationAdapter.fromJson(reader));
          break;
        case "nodeInfo":
          builder.nodeInfo(computeNodeInformationAdapter.fromJson(reader));
          break;
        case "stats":
          builder.stats(taskStatisticsAdapter.fromJson(reader));
          break;
        case "multiInstanceSettings":
          builder.multiInstanceSettings(multiInstanceSettingsAdapter.fromJson(reader));
          break;
        case "dependsOn":
          builder.dependsOn(taskDependenciesAdapter.fromJson(reader));
          break;
        case "exitConditions":
          builder.exitConditions(exitConditionsAdapter.fromJson(reader));
          break;
        case "authenticationTokenSettings":
          builder.authenticationTokenSettings(authenticationTokenSettingsAdapter.fromJson(reader));
          break;
        default:
          builder.putReadUnknownProperty(reader.nextName(), Json.readRaw(reader));
      }
    }
    reader.endObject();
    return builder.build();
  }

  /**
   * Reads what {@link #fromJson} reads, with the same errors, straight from UTF-8 bytes: the
   * Retrofit converter's path. Nested models are read by their generated adapters.
   */
  public static BatchTask read(JsonByteReader in) throws IOException {
    if (in.nextNull()) {
      return null;
    }
    in.beginObject();
    // Each property is looked for first where the model puts it, its name compared in place;
    // the loop reads the rest (another order, unknown or escaped names) as it comes.
    String id = in.nextNameIs(ID) ? in.readString() : null;
    String displayName = in.nextNameIs(DISPLAY_NAME) ? in.readString() : null;
    String url = in.nextNameIs(URL) ? in.readString() : null;
    String eTag = in.nextNameIs(E_TAG) ? in.readString() : null;
    Instant lastModified = in.nextNameIs(LAST_MODIFIED) ? in.readInstant() : null;
    Instant creationTime = in.nextNameIs(CREATION_TIME) ? in.readInstant() : null;
    String state = in.nextNameIs(STATE) ? in.readString() : null;
    Instant stateTransitionTime = in.nextNameIs(STATE_TRANSITION_TIME) ? in.readInstant() : null;
    String previousState = in.nextNameIs(PREVIOUS_STATE) ? in.readString() : null;
    Instant previousStateTransitionTime =
        in.nextNameIs(PREVIOUS_STATE_TRANSITION_TIME) ? in.readInstant() : null;
    String commandLine = in.nextNameIs(COMMAND_LINE) ? in.readString() : null;
    TaskContainerSettings containerSettings =
        in.nextNameIs(CONTAINER_SETTINGS) ? TaskContainerSettingsJsonAdapter.read(in) : null;
    List<ResourceFile> resourceFiles =
        in.nextNameIs(RESOURCE_FILES) ? in.readList(ResourceFileJsonAdapter::read) : null;
    List<OutputFile> outputFiles =
        in.nextNameIs(OUTPUT_FILES) ? in.readList(OutputFileJsonAdapter::read) : null;
    List<ApplicationPackageReference> applicationPackageReferences =
        in.nextNameIs(APPLICATION_PACKAGE_REFERENCES)
            ? in.readList(ApplicationPackageReferenceJsonAdapter::read) : null;
    List<EnvironmentSetting> environmentSettings =
        in.nextNameIs(ENVIRONMENT_SETTINGS)
            ? in.readList(EnvironmentSettingJsonAdapter::read) : null;
    AffinityInformation affinityInfo =
        in.nextNameIs(AFFINITY_INFO) ? AffinityInformationJsonAdapter.read(in) : null;
    TaskConstraints constraints =
        in.nextNameIs(CONSTRAINTS) ? TaskConstraintsJsonAdapter.read(in) : null;
    Integer requiredSlots = in.nextNameIs(REQUIRED_SLOTS) ? in.readInt() : null;
    UserIdentity userIdentity =
        in.nextNameIs(USER_IDENTITY) ? UserIdentityJsonAdapter.read(in) : null;
    TaskExecutionInformation executionInfo =
        in.nextNameIs(EXECUTION_INFO) ? TaskExecutionInformationJsonAdapter.read(in) : null;
    ComputeNodeInformation nodeInfo =
        in.nextNameIs(NODE_INFO) ? ComputeNodeInformationJsonAdapter.read(in) : null;
    TaskStatistics stats = in.nextNameIs(STATS) ? TaskStatisticsJsonAdapter.read(in) : null;
    MultiInstanceSettings multiInstanceSettings =
        in.nextNameIs(MULTI_INSTANCE_SETTINGS) ? MultiInstanceSettingsJsonAdapter.read(in) : null;
    TaskDependencies dependsOn =
        in.nextNameIs(DEPENDS_ON) ? TaskDependenciesJsonAdapter.read(in) : null;
    ExitConditions exitConditions =
        in.nextNameIs(EXIT_CONDITIONS) ? ExitConditionsJsonAdapter.read(in) : null;
    AuthenticationTokenSettings authenticationTokenSettings =
        in.nextNameIs(AUTHENTICATION_TOKEN_SETTINGS)
            ? AuthenticationTokenSettingsJsonAdapter.read(in) : null;
    Map<String, String> unknownProperties = null;
    while (in.hasNext()) {
      // A known name comes back as its one JsonName, the constant above: compared by identity.
      JsonName next = in.nextKnownName(READ_NAMES);
      if (next == null) {
        unknownProperties = in.readUnknownProperty(unknownProperties);
      } else if (next == ID) {
        id = in.readString();
      } else if (next == DISPLAY_NAME) {
        displayName = in.readString();
      } else if (next == URL) {
        url = in.readString();
      } else if (next == E_TAG) {
        eTag = in.readString();
      } else if (next == LAST_MODIFIED) {
        lastModified = in.readInstant();
      } else if (next == CREATION_TIME) {
        creationTime = in.readInstant();
      } else if (next == STATE) {
        state = in.readString();
      } else if (next == STATE_TRANSITION_TIME) {
        stateTransitionTime = in.readInstant();
      } else if (next == PREVIOUS_STATE) {
        previousState = in.readString();
      } else if (next == PREVIOUS_STATE_TRANSITION_TIME) {
        previousStateTransitionTime = in.readInstant();
      } else if (next == COMMAND_LINE) {
        commandLine = in.readString();
      } else if (next == CONTAINER_SETTINGS) {
        containerSettings = TaskContainerSettingsJsonAdapter.read(in);
      } else if (next == RESOURCE_FILES) {
        resourceFiles = in.readList(ResourceFileJsonAdapter::read);
      } else if (next == OUTPUT_FILES) {
        outputFiles = in.readList(OutputFileJsonAdapter::read);
      } else if (next == APPLICATION_PACKAGE_REFERENCES) {
        applicationPackageReferences = in.readList(ApplicationPackageReferenceJsonAdapter::read);
      } else if (next == ENVIRONMENT_SETTINGS) {
        environmentSettings = in.readList(EnvironmentSettingJsonAdapter::read);
      } else if (next == AFFINITY_INFO) {
        affinityInfo = AffinityInformationJsonAdapter.read(in);
      } else if (next == CONSTRAINTS) {
        constraints = TaskConstraintsJsonAdapter.read(in);
      } else if (next == REQUIRED_SLOTS) {
        requiredSlots = in.readInt();
      } else if (next == USER_IDENTITY) {
        userIdentity = UserIdentityJsonAdapter.read(in);
      } else if (next == EXECUTION_INFO) {
        executionInfo = TaskExecutionInformationJsonAdapter.read(in);
      } else if (next == NODE_INFO) {
        nodeInfo = ComputeNodeInformationJsonAdapter.read(in);
      } else if (next == STATS) {
        stats = TaskStatisticsJsonAdapter.read(in);
      } else if (next == MULTI_INSTANCE_SETTINGS) {
        multiInstanceSettings = MultiInstanceSettingsJsonAdapter.read(in);
      } else if (next == DEPENDS_ON) {
        dependsOn = TaskDependenciesJsonAdapter.read(in);
      } else if (next == EXIT_CONDITIONS) {
        exitConditions = ExitConditionsJsonAdapter.read(in);
      } else if (next == AUTHENTICATION_TOKEN_SETTINGS) {
        authenticationTokenSettings = AuthenticationTokenSettingsJsonAdapter.read(in);
      }
    }
    in.endObject();
    return new BatchTask(
        id,
        displayName,
        url,
        eTag,
        lastModified,
        creationTime,
        state,
        stateTransitionTime,
        previousState,
        previousStateTransitionTime,
        commandLine,
        containerSettings,
        resourceFiles,
        outputFiles,
        applicationPackageReferences,
        environmentSettings,
        affinityInfo,
        constraints,
        requiredSlots,
        userIdentity,
        executionInfo,
        nodeInfo,
        stats,
        multiInstanceSettings,
        dependsOn,
        exitConditions,
        authenticationTokenSettings,
        unknownProperties);
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
    if (value.containerSettings() != null) {
      writer.name("containerSettings");
      taskContainerSettingsAdapter.toJson(writer, value.containerSettings());
    }
    if (value.resourceFiles() != null) {
      writer.name("resourceFiles");
      Json.writeList(writer, value.resourceFiles(),
          resourceFileAdapter::toJson);
    }
    if (value.outputFiles() != null) {
      writer.name("outputFiles");
      Json.writeList(writer, value.outputFiles(),
          outputFileAdapter::toJson);
    }
    if (value.applicationPackageReferences() != null) {
      writer.name("applicationPackageReferences");
      Json.writeList(writer, value.applicationPackageReferences(),
          applicationPackageReferenceAdapter::toJson);
    }
    if (value.environmentSettings() != null) {
      writer.name("environmentSettings");
      Json.writeList(writer, value.environmentSettings(),
          environmentSettingAdapter::toJson);
    }
    if (value.affinityInfo() != null) {
      writer.name("affinityInfo");
      affinityInformationAdapter.toJson(writer, value.affinityInfo());
    }
    if (value.constraints() != null) {
      writer.name("constraints");
      taskConstraintsAdapter.toJson(writer, value.constraints());
    }
    if (value.requiredSlots() != null) {
      writer.name("requiredSlots");
      Json.writeInt(writer, value.requiredSlots());
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
      out.name(ID);
      out.writeString(value.id());
    }
    if (value.displayName() != null) {
      out.name(DISPLAY_NAME);
      out.writeString(value.displayName());
    }
    if (value.url() != null) {
      out.name(URL);
      out.writeString(value.url());
    }
    if (value.eTag() != null) {
      out.name(E_TAG);
      out.writeString(value.eTag());
    }
    if (value.lastModified() != null) {
      out.name(LAST_MODIFIED);
      out.writeInstant(value.lastModified());
    }
    if (value.creationTime() != null) {
      out.name(CREATION_TIME);
      out.writeInstant(value.creationTime());
    }
    if (value.stateValue() != null) {
      out.name(STATE);
      out.writeString(value.stateValue());
    }
    if (value.stateTransitionTime() != null) {
      out.name(STATE_TRANSITION_TIME);
      out.writeInstant(value.stateTransitionTime());
    }
    if (value.previousStateValue() != null) {
      out.name(PREVIOUS_STATE);
      out.writeString(value.previousStateValue());
    }
    if (value.previousStateTransitionTime() != null) {
      out.name(PREVIOUS_STATE_TRANSITION_TIME);
      out.writeInstant(value.previousStateTransitionTime());
    }
    if (value.commandLine() != null) {
      out.name(COMMAND_LINE);
      out.writeString(value.commandLine());
    }
    if (value.containerSettings() != null) {
      out.name(CONTAINER_SETTINGS);
      TaskContainerSettingsJsonAdapter.write(out, value.containerSettings());
    }
    if (value.resourceFiles() != null) {
      out.name(RESOURCE_FILES);
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
      out.name(OUTPUT_FILES);
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
      out.name(APPLICATION_PACKAGE_REFERENCES);
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
      out.name(ENVIRONMENT_SETTINGS);
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
      out.name(AFFINITY_INFO);
      AffinityInformationJsonAdapter.write(out, value.affinityInfo());
    }
    if (value.constraints() != null) {
      out.name(CONSTRAINTS);
      TaskConstraintsJsonAdapter.write(out, value.constraints());
    }
    if (value.requiredSlots() != null) {
      out.name(REQUIRED_SLOTS);
      out.writeInt(value.requiredSlots());
    }
    if (value.userIdentity() != null) {
      out.name(USER_IDENTITY);
      UserIdentityJsonAdapter.write(out, value.userIdentity());
    }
    if (value.executionInfo() != null) {
      out.name(EXECUTION_INFO);
      TaskExecutionInformationJsonAdapter.write(out, value.executionInfo());
    }
    if (value.nodeInfo() != null) {
      out.name(NODE_INFO);
      ComputeNodeInformationJsonAdapter.write(out, value.nodeInfo());
    }
    if (value.stats() != null) {
      out.name(STATS);
      TaskStatisticsJsonAdapter.write(out, value.stats());
    }
    if (value.multiInstanceSettings() != null) {
      out.name(MULTI_INSTANCE_SETTINGS);
      MultiInstanceSettingsJsonAdapter.write(out, value.multiInstanceSettings());
    }
    if (value.dependsOn() != null) {
      out.name(DEPENDS_ON);
      TaskDependenciesJsonAdapter.write(out, value.dependsOn());
    }
    if (value.exitConditions() != null) {
      out.name(EXIT_CONDITIONS);
      ExitConditionsJsonAdapter.write(out, value.exitConditions());
    }
    if (value.authenticationTokenSettings() != null) {
      out.name(AUTHENTICATION_TOKEN_SETTINGS);
      AuthenticationTokenSettingsJsonAdapter.write(out, value.authenticationTokenSettings());
    }
    out.unknownProperties(value.unknownProperties());
    out.endObject();
  }

  @Override public String toString() {
    return "GeneratedJsonAdapter(BatchTask)";
  }
}

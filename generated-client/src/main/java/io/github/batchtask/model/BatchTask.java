// Generated from spec/batch-task.yaml by the templates in templates/. Do not edit.

package io.github.batchtask.model;

import static java.util.Objects.requireNonNull;

import com.squareup.moshi.JsonClass;
import io.github.batchtask.json.Json;
import io.github.batchtask.json.ModelString;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A task in a Batch job, as returned by the service. */
@JsonClass(generateAdapter = true)
public final class BatchTask {
  private final String id;
  private final String displayName;
  private final String url;
  private final String eTag;
  private final Instant lastModified;
  private final Instant creationTime;
  private final String state;
  private final Instant stateTransitionTime;
  private final String previousState;
  private final Instant previousStateTransitionTime;
  private final String commandLine;
  private final TaskContainerSettings containerSettings;
  private final List<ResourceFile> resourceFiles;
  private final List<OutputFile> outputFiles;
  private final List<ApplicationPackageReference> applicationPackageReferences;
  private final List<EnvironmentSetting> environmentSettings;
  private final AffinityInformation affinityInfo;
  private final TaskConstraints constraints;
  private final Integer requiredSlots;
  private final UserIdentity userIdentity;
  private final TaskExecutionInformation executionInfo;
  private final ComputeNodeInformation nodeInfo;
  private final TaskStatistics stats;
  private final MultiInstanceSettings multiInstanceSettings;
  private final TaskDependencies dependsOn;
  private final ExitConditions exitConditions;
  private final AuthenticationTokenSettings authenticationTokenSettings;
  private final Map<String, String> unknownProperties;

  private BatchTask(Builder builder) {
    this(
        builder.id,
        builder.displayName,
        builder.url,
        builder.eTag,
        builder.lastModified,
        builder.creationTime,
        builder.state,
        builder.stateTransitionTime,
        builder.previousState,
        builder.previousStateTransitionTime,
        builder.commandLine,
        builder.containerSettings,
        builder.resourceFiles,
        builder.outputFiles,
        builder.applicationPackageReferences,
        builder.environmentSettings,
        builder.affinityInfo,
        builder.constraints,
        builder.requiredSlots,
        builder.userIdentity,
        builder.executionInfo,
        builder.nodeInfo,
        builder.stats,
        builder.multiInstanceSettings,
        builder.dependsOn,
        builder.exitConditions,
        builder.authenticationTokenSettings,
        builder.unknownProperties == null
            ? null : new LinkedHashMap<>(builder.unknownProperties));
  }

  /**
   * The values as the adapter's byte read reads them, each as its field holds it;
   * {@code unknownProperties} (null if none) is taken over, not copied.
   */
  BatchTask(
      String id,
      String displayName,
      String url,
      String eTag,
      Instant lastModified,
      Instant creationTime,
      String state,
      Instant stateTransitionTime,
      String previousState,
      Instant previousStateTransitionTime,
      String commandLine,
      TaskContainerSettings containerSettings,
      List<ResourceFile> resourceFiles,
      List<OutputFile> outputFiles,
      List<ApplicationPackageReference> applicationPackageReferences,
      List<EnvironmentSetting> environmentSettings,
      AffinityInformation affinityInfo,
      TaskConstraints constraints,
      Integer requiredSlots,
      UserIdentity userIdentity,
      TaskExecutionInformation executionInfo,
      ComputeNodeInformation nodeInfo,
      TaskStatistics stats,
      MultiInstanceSettings multiInstanceSettings,
      TaskDependencies dependsOn,
      ExitConditions exitConditions,
      AuthenticationTokenSettings authenticationTokenSettings,
      Map<String, String> unknownProperties) {
    this.id = id;
    this.displayName = displayName;
    this.url = url;
    this.eTag = eTag;
    this.lastModified = lastModified;
    this.creationTime = creationTime;
    this.state = state;
    this.stateTransitionTime = stateTransitionTime;
    this.previousState = previousState;
    this.previousStateTransitionTime = previousStateTransitionTime;
    this.commandLine = commandLine;
    this.containerSettings = containerSettings;
    this.resourceFiles = resourceFiles;
    this.outputFiles = outputFiles;
    this.applicationPackageReferences = applicationPackageReferences;
    this.environmentSettings = environmentSettings;
    this.affinityInfo = affinityInfo;
    this.constraints = constraints;
    this.requiredSlots = requiredSlots;
    this.userIdentity = userIdentity;
    this.executionInfo = executionInfo;
    this.nodeInfo = nodeInfo;
    this.stats = stats;
    this.multiInstanceSettings = multiInstanceSettings;
    this.dependsOn = dependsOn;
    this.exitConditions = exitConditions;
    this.authenticationTokenSettings = authenticationTokenSettings;
    this.unknownProperties = unknownProperties == null
        ? Collections.emptyMap() : Collections.unmodifiableMap(unknownProperties);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The id of the task. */
  public String id() {
    return id;
  }

  /** The display name of the task. */
  public String displayName() {
    return displayName;
  }

  /** The URL of the task. */
  public String url() {
    return url;
  }

  /**
   * The ETag of the task: an opaque string that changes whenever the task changes. Pass it in
   * If-Match to act only if nobody else has modified the task in the meantime.
   */
  public String eTag() {
    return eTag;
  }

  /** The last modified time of the task. */
  public Instant lastModified() {
    return lastModified;
  }

  /** The creation time of the task. */
  public Instant creationTime() {
    return creationTime;
  }

  /** The current state of the task. */
  public TaskState state() {
    return state == null ? null : TaskState.fromValue(state);
  }

  /** {@code state} exactly as sent, also when it is not a known value. */
  public String stateValue() {
    return state;
  }

  /** The time at which the task entered its current state. */
  public Instant stateTransitionTime() {
    return stateTransitionTime;
  }

  /** The previous state of the task. Absent if the task is in its initial active state. */
  public TaskState previousState() {
    return previousState == null ? null : TaskState.fromValue(previousState);
  }

  /** {@code previousState} exactly as sent, also when it is not a known value. */
  public String previousStateValue() {
    return previousState;
  }

  /**
   * The time at which the task entered its previous state. Absent if the task is in its initial
   * active state.
   */
  public Instant previousStateTransitionTime() {
    return previousStateTransitionTime;
  }

  /** The command line of the task. */
  public String commandLine() {
    return commandLine;
  }

  /**
   * The settings for the container under which the task runs: the task's command line runs in
   * that container, with the Batch directories and the task's environment mapped into it.
   */
  public TaskContainerSettings containerSettings() {
    return containerSettings;
  }

  /**
   * The files that the Batch service downloads to the compute node before running the command
   * line.
   */
  public List<ResourceFile> resourceFiles() {
    return resourceFiles;
  }

  /**
   * The files that the Batch service uploads from the compute node after running the command
   * line. For multi-instance tasks, only from the node of the primary task.
   */
  public List<OutputFile> outputFiles() {
    return outputFiles;
  }

  /**
   * The application packages that the Batch service deploys to the compute node before running
   * the command line. Packages go to a shared directory and are not downloaded again when up to
   * date; a package that cannot be installed makes the task fail to start.
   */
  public List<ApplicationPackageReference> applicationPackageReferences() {
    return applicationPackageReferences;
  }

  /** The environment variable settings for the task. */
  public List<EnvironmentSetting> environmentSettings() {
    return environmentSettings;
  }

  /**
   * A locality hint that the Batch service can use to select a node on which to start the task.
   */
  public AffinityInformation affinityInfo() {
    return affinityInfo;
  }

  /** The execution constraints that apply to this task. */
  public TaskConstraints constraints() {
    return constraints;
  }

  /**
   * The number of scheduling slots the task needs on a compute node; the default is 1, and a
   * multi-instance task needs 1.
   */
  public Integer requiredSlots() {
    return requiredSlots;
  }

  /**
   * The user identity under which the task runs. If absent, the task runs as a
   * non-administrative user unique to the task.
   */
  public UserIdentity userIdentity() {
    return userIdentity;
  }

  /** Information about the execution of the task. */
  public TaskExecutionInformation executionInfo() {
    return executionInfo;
  }

  /** Information about the compute node on which the task ran. */
  public ComputeNodeInformation nodeInfo() {
    return nodeInfo;
  }

  /** Resource usage statistics for the task; present only with $expand=stats. */
  public TaskStatistics stats() {
    return stats;
  }

  /** Present when the task is a multi-instance task that requires several compute nodes. */
  public MultiInstanceSettings multiInstanceSettings() {
    return multiInstanceSettings;
  }

  /**
   * The tasks this task depends on. The task is not scheduled until all of them have completed
   * successfully; if one fails and exhausts its retries, it is never scheduled.
   */
  public TaskDependencies dependsOn() {
    return dependsOn;
  }

  /**
   * How the Batch service responds to the task's exit codes and other ways the task can
   * complete.
   */
  public ExitConditions exitConditions() {
    return exitConditions;
  }

  /**
   * The settings for an authentication token that the task can use to perform Batch service
   * operations.
   */
  public AuthenticationTokenSettings authenticationTokenSettings() {
    return authenticationTokenSettings;
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
    return other instanceof BatchTask that
        && Objects.equals(id, that.id)
        && Objects.equals(displayName, that.displayName)
        && Objects.equals(url, that.url)
        && Objects.equals(eTag, that.eTag)
        && Objects.equals(lastModified, that.lastModified)
        && Objects.equals(creationTime, that.creationTime)
        && Objects.equals(state, that.state)
        && Objects.equals(stateTransitionTime, that.stateTransitionTime)
        && Objects.equals(previousState, that.previousState)
        && Objects.equals(previousStateTransitionTime, that.previousStateTransitionTime)
        && Objects.equals(commandLine, that.commandLine)
        && Objects.equals(containerSettings, that.containerSettings)
        && Objects.equals(resourceFiles, that.resourceFiles)
        && Objects.equals(outputFiles, that.outputFiles)
        && Objects.equals(applicationPackageReferences, that.applicationPackageReferences)
        && Objects.equals(environmentSettings, that.environmentSettings)
        && Objects.equals(affinityInfo, that.affinityInfo)
        && Objects.equals(constraints, that.constraints)
        && Objects.equals(requiredSlots, that.requiredSlots)
        && Objects.equals(userIdentity, that.userIdentity)
        && Objects.equals(executionInfo, that.executionInfo)
        && Objects.equals(nodeInfo, that.nodeInfo)
        && Objects.equals(stats, that.stats)
        && Objects.equals(multiInstanceSettings, that.multiInstanceSettings)
        && Objects.equals(dependsOn, that.dependsOn)
        && Objects.equals(exitConditions, that.exitConditions)
        && Objects.equals(authenticationTokenSettings, that.authenticationTokenSettings)
        && unknownProperties.equals(that.unknownProperties);
  }

  @Override public int hashCode() {
    return Objects.hash(
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

  @Override public String toString() {
    return new ModelString("BatchTask")
        .add("id", id)
        .add("displayName", displayName)
        .add("url", url)
        .add("eTag", eTag)
        .add("lastModified", lastModified)
        .add("creationTime", creationTime)
        .add("state", state)
        .add("stateTransitionTime", stateTransitionTime)
        .add("previousState", previousState)
        .add("previousStateTransitionTime", previousStateTransitionTime)
        .add("commandLine", commandLine)
        .add("containerSettings", containerSettings)
        .add("resourceFiles", resourceFiles)
        .add("outputFiles", outputFiles)
        .add("applicationPackageReferences", applicationPackageReferences)
        .add("environmentSettings", environmentSettings)
        .add("affinityInfo", affinityInfo)
        .add("constraints", constraints)
        .add("requiredSlots", requiredSlots)
        .add("userIdentity", userIdentity)
        .add("executionInfo", executionInfo)
        .add("nodeInfo", nodeInfo)
        .add("stats", stats)
        .add("multiInstanceSettings", multiInstanceSettings)
        .add("dependsOn", dependsOn)
        .add("exitConditions", exitConditions)
        .add("authenticationTokenSettings", authenticationTokenSettings)
        .addUnknown(unknownProperties)
        .toString();
  }

  /** Builds {@link BatchTask} values; every property is optional. */
  public static final class Builder {
    private String id;
    private String displayName;
    private String url;
    private String eTag;
    private Instant lastModified;
    private Instant creationTime;
    private String state;
    private Instant stateTransitionTime;
    private String previousState;
    private Instant previousStateTransitionTime;
    private String commandLine;
    private TaskContainerSettings containerSettings;
    private List<ResourceFile> resourceFiles;
    private List<OutputFile> outputFiles;
    private List<ApplicationPackageReference> applicationPackageReferences;
    private List<EnvironmentSetting> environmentSettings;
    private AffinityInformation affinityInfo;
    private TaskConstraints constraints;
    private Integer requiredSlots;
    private UserIdentity userIdentity;
    private TaskExecutionInformation executionInfo;
    private ComputeNodeInformation nodeInfo;
    private TaskStatistics stats;
    private MultiInstanceSettings multiInstanceSettings;
    private TaskDependencies dependsOn;
    private ExitConditions exitConditions;
    private AuthenticationTokenSettings authenticationTokenSettings;
    private Map<String, String> unknownProperties;

    Builder() {
    }

    Builder(BatchTask source) {
      this.id = source.id;
      this.displayName = source.displayName;
      this.url = source.url;
      this.eTag = source.eTag;
      this.lastModified = source.lastModified;
      this.creationTime = source.creationTime;
      this.state = source.state;
      this.stateTransitionTime = source.stateTransitionTime;
      this.previousState = source.previousState;
      this.previousStateTransitionTime = source.previousStateTransitionTime;
      this.commandLine = source.commandLine;
      this.containerSettings = source.containerSettings;
      this.resourceFiles = source.resourceFiles;
      this.outputFiles = source.outputFiles;
      this.applicationPackageReferences = source.applicationPackageReferences;
      this.environmentSettings = source.environmentSettings;
      this.affinityInfo = source.affinityInfo;
      this.constraints = source.constraints;
      this.requiredSlots = source.requiredSlots;
      this.userIdentity = source.userIdentity;
      this.executionInfo = source.executionInfo;
      this.nodeInfo = source.nodeInfo;
      this.stats = source.stats;
      this.multiInstanceSettings = source.multiInstanceSettings;
      this.dependsOn = source.dependsOn;
      this.exitConditions = source.exitConditions;
      this.authenticationTokenSettings = source.authenticationTokenSettings;
      this.unknownProperties =
          source.unknownProperties.isEmpty() ? null : new LinkedHashMap<>(source.unknownProperties);
    }

    public Builder id(String id) {
      this.id = id;
      return this;
    }

    public Builder displayName(String displayName) {
      this.displayName = displayName;
      return this;
    }

    public Builder url(String url) {
      this.url = url;
      return this;
    }

    public Builder eTag(String eTag) {
      this.eTag = eTag;
      return this;
    }

    public Builder lastModified(Instant lastModified) {
      this.lastModified = lastModified;
      return this;
    }

    public Builder creationTime(Instant creationTime) {
      this.creationTime = creationTime;
      return this;
    }

    public Builder state(TaskState state) {
      this.state = state == null
          ? null : Json.enumValue(state.value(), "state");
      return this;
    }

    /** Sets {@code state} to a wire value, known or not. */
    public Builder stateValue(String stateValue) {
      this.state = stateValue;
      return this;
    }

    public Builder stateTransitionTime(Instant stateTransitionTime) {
      this.stateTransitionTime = stateTransitionTime;
      return this;
    }

    public Builder previousState(TaskState previousState) {
      this.previousState = previousState == null
          ? null : Json.enumValue(previousState.value(), "previousState");
      return this;
    }

    /** Sets {@code previousState} to a wire value, known or not. */
    public Builder previousStateValue(String previousStateValue) {
      this.previousState = previousStateValue;
      return this;
    }

    public Builder previousStateTransitionTime(Instant previousStateTransitionTime) {
      this.previousStateTransitionTime = previousStateTransitionTime;
      return this;
    }

    public Builder commandLine(String commandLine) {
      this.commandLine = commandLine;
      return this;
    }

    public Builder containerSettings(TaskContainerSettings containerSettings) {
      this.containerSettings = containerSettings;
      return this;
    }

    public Builder resourceFiles(List<ResourceFile> resourceFiles) {
      this.resourceFiles = Json.copyOf(resourceFiles);
      return this;
    }

    public Builder outputFiles(List<OutputFile> outputFiles) {
      this.outputFiles = Json.copyOf(outputFiles);
      return this;
    }

    public Builder applicationPackageReferences(
        List<ApplicationPackageReference> applicationPackageReferences) {
      this.applicationPackageReferences = Json.copyOf(applicationPackageReferences);
      return this;
    }

    public Builder environmentSettings(List<EnvironmentSetting> environmentSettings) {
      this.environmentSettings = Json.copyOf(environmentSettings);
      return this;
    }

    public Builder affinityInfo(AffinityInformation affinityInfo) {
      this.affinityInfo = affinityInfo;
      return this;
    }

    public Builder constraints(TaskConstraints constraints) {
      this.constraints = constraints;
      return this;
    }

    public Builder requiredSlots(Integer requiredSlots) {
      this.requiredSlots = requiredSlots;
      return this;
    }

    public Builder userIdentity(UserIdentity userIdentity) {
      this.userIdentity = userIdentity;
      return this;
    }

    public Builder executionInfo(TaskExecutionInformation executionInfo) {
      this.executionInfo = executionInfo;
      return this;
    }

    public Builder nodeInfo(ComputeNodeInformation nodeInfo) {
      this.nodeInfo = nodeInfo;
      return this;
    }

    public Builder stats(TaskStatistics stats) {
      this.stats = stats;
      return this;
    }

    public Builder multiInstanceSettings(MultiInstanceSettings multiInstanceSettings) {
      this.multiInstanceSettings = multiInstanceSettings;
      return this;
    }

    public Builder dependsOn(TaskDependencies dependsOn) {
      this.dependsOn = dependsOn;
      return this;
    }

    public Builder exitConditions(ExitConditions exitConditions) {
      this.exitConditions = exitConditions;
      return this;
    }

    public Builder authenticationTokenSettings(
        AuthenticationTokenSettings authenticationTokenSettings) {
      this.authenticationTokenSettings = authenticationTokenSettings;
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

    public BatchTask build() {
      return new BatchTask(this);
    }
  }
}

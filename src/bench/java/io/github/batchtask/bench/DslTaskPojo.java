package io.github.batchtask.bench;

import com.dslplatform.json.CompiledJson;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * {@link TaskPojo}'s twin for dsl-json's compiled bindings: its annotation processor writes a
 * converter per class at build time, dsl-json's fastest and reflection-free configuration.
 */
@CompiledJson
public final class DslTaskPojo {
  public String id;
  public String url;
  public String eTag;
  public Instant creationTime;
  public Instant lastModified;
  public String state;
  public Instant stateTransitionTime;
  public String previousState;
  public Instant previousStateTransitionTime;
  public String commandLine;
  public ContainerSettingsPojo containerSettings;
  public List<ResourceFilePojo> resourceFiles;
  public List<OutputFilePojo> outputFiles;
  public List<EnvironmentSettingPojo> environmentSettings;
  public AffinityPojo affinityInfo;
  public ConstraintsPojo constraints;
  public Integer requiredSlots;
  public UserIdentityPojo userIdentity;
  public ExecutionPojo executionInfo;
  public NodePojo nodeInfo;

  @CompiledJson
  public static final class ContainerSettingsPojo {
    public String containerRunOptions;
    public String imageName;
    public RegistryPojo registry;
    public String workingDirectory;
  }

  @CompiledJson
  public static final class RegistryPojo {
    public String registryServer;
    public String username;
    public IdentityReferencePojo identityReference;
  }

  @CompiledJson
  public static final class IdentityReferencePojo {
    public String resourceId;
  }

  @CompiledJson
  public static final class ResourceFilePojo {
    public String autoStorageContainerName;
    public String storageContainerUrl;
    public String httpUrl;
    public String blobPrefix;
    public String blobSource;
    public String filePath;
    public String fileMode;
    public IdentityReferencePojo identityReference;
  }

  @CompiledJson
  public static final class OutputFilePojo {
    public String filePattern;
    public DestinationPojo destination;
    public UploadOptionsPojo uploadOptions;
  }

  @CompiledJson
  public static final class DestinationPojo {
    public ContainerPojo container;
  }

  @CompiledJson
  public static final class ContainerPojo {
    public String path;
    public String containerUrl;
    public IdentityReferencePojo identityReference;
    public List<HeaderPojo> uploadHeaders;
  }

  @CompiledJson
  public static final class HeaderPojo {
    public String name;
    public String value;
  }

  @CompiledJson
  public static final class UploadOptionsPojo {
    public String uploadCondition;
  }

  @CompiledJson
  public static final class EnvironmentSettingPojo {
    public String name;
    public String value;
  }

  @CompiledJson
  public static final class AffinityPojo {
    public String affinityId;
  }

  @CompiledJson
  public static final class UserIdentityPojo {
    public String username;
    public AutoUserPojo autoUser;
  }

  @CompiledJson
  public static final class AutoUserPojo {
    public String scope;
    public String elevationLevel;
  }

  @CompiledJson
  public static final class ConstraintsPojo {
    public Duration maxWallClockTime;
    public Duration retentionTime;
    public Integer maxTaskRetryCount;
  }

  @CompiledJson
  public static final class ExecutionPojo {
    public Instant startTime;
    public Instant endTime;
    public Integer exitCode;
    public Integer retryCount;
    public Integer requeueCount;
  }

  @CompiledJson
  public static final class NodePojo {
    public String affinityId;
    public String nodeUrl;
    public String poolId;
    public String nodeId;
    public String taskRootDirectory;
    public String taskRootDirectoryUrl;
  }
}

package io.github.batchtask.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Plain public-field classes for the peers (Jackson, fastjson2, reflective Moshi and dsl-json)
 * to fill: the page's properties and those of api-version 2025-06-01 that the large task uses.
 */
public final class TaskPojo {
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

  public static final class ContainerSettingsPojo {
    public String containerRunOptions;
    public String imageName;
    public RegistryPojo registry;
    public String workingDirectory;
  }

  public static final class RegistryPojo {
    public String registryServer;
    public String username;
    public IdentityReferencePojo identityReference;
  }

  public static final class IdentityReferencePojo {
    public String resourceId;
  }

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

  public static final class OutputFilePojo {
    public String filePattern;
    public DestinationPojo destination;
    public UploadOptionsPojo uploadOptions;
  }

  public static final class DestinationPojo {
    public ContainerPojo container;
  }

  public static final class ContainerPojo {
    public String path;
    public String containerUrl;
    public IdentityReferencePojo identityReference;
    public List<HeaderPojo> uploadHeaders;
  }

  public static final class HeaderPojo {
    public String name;
    public String value;
  }

  public static final class UploadOptionsPojo {
    public String uploadCondition;
  }

  public static final class EnvironmentSettingPojo {
    public String name;
    public String value;
  }

  public static final class AffinityPojo {
    public String affinityId;
  }

  public static final class UserIdentityPojo {
    public String username;
    public AutoUserPojo autoUser;
  }

  public static final class AutoUserPojo {
    public String scope;
    public String elevationLevel;
  }

  public static final class ConstraintsPojo {
    public Duration maxWallClockTime;
    public Duration retentionTime;
    public Integer maxTaskRetryCount;
  }

  public static final class ExecutionPojo {
    public Instant startTime;
    public Instant endTime;
    public Integer exitCode;
    public Integer retryCount;
    public Integer requeueCount;
  }

  public static final class NodePojo {
    public String affinityId;
    public String nodeUrl;
    public String poolId;
    public String nodeId;
    public String taskRootDirectory;
    public String taskRootDirectoryUrl;
  }
}

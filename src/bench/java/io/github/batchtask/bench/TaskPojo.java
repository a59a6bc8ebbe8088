package io.github.batchtask.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Plain public-field classes for the peers (Jackson, reflective Moshi, dsl-json) to fill. */
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
  public List<ResourceFilePojo> resourceFiles;
  public List<EnvironmentSettingPojo> environmentSettings;
  public AffinityPojo affinityInfo;
  public UserIdentityPojo userIdentity;
  public ConstraintsPojo constraints;
  public ExecutionPojo executionInfo;
  public NodePojo nodeInfo;

  public static final class ResourceFilePojo {
    public String blobSource;
    public String filePath;
    public String fileMode;
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

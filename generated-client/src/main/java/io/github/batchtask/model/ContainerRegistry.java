// Generated from spec/batch-task.yaml by the templates in templates/. Do not edit.

package io.github.batchtask.model;

import static java.util.Objects.requireNonNull;

import com.squareup.moshi.JsonClass;
import io.github.batchtask.json.Json;
import io.github.batchtask.json.ModelString;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** A private container registry. */
@JsonClass(generateAdapter = true)
public final class ContainerRegistry {
  private final String username;
  private final String password;
  private final String registryServer;
  private final ComputeNodeIdentityReference identityReference;
  private final Map<String, String> unknownProperties;

  private ContainerRegistry(Builder builder) {
    this(
        builder.username,
        builder.password,
        builder.registryServer,
        builder.identityReference,
        builder.unknownProperties == null
            ? null : new LinkedHashMap<>(builder.unknownProperties));
  }

  /**
   * The values as the adapter's byte read reads them, each as its field holds it;
   * {@code unknownProperties} (null if none) is taken over, not copied.
   */
  ContainerRegistry(
      String username,
      String password,
      String registryServer,
      ComputeNodeIdentityReference identityReference,
      Map<String, String> unknownProperties) {
    this.username = username;
    this.password = password;
    this.registryServer = registryServer;
    this.identityReference = identityReference;
    this.unknownProperties = unknownProperties == null
        ? Collections.emptyMap() : Collections.unmodifiableMap(unknownProperties);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The user name with which to log into the registry. */
  public String username() {
    return username;
  }

  /** The password with which to log into the registry. */
  public String password() {
    return password;
  }

  /** The registry URL; the default is docker.io. */
  public String registryServer() {
    return registryServer;
  }

  /**
   * The user-assigned identity with which to read an Azure Container Registry, instead of a user
   * name and password.
   */
  public ComputeNodeIdentityReference identityReference() {
    return identityReference;
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
    return other instanceof ContainerRegistry that
        && Objects.equals(username, that.username)
        && Objects.equals(password, that.password)
        && Objects.equals(registryServer, that.registryServer)
        && Objects.equals(identityReference, that.identityReference)
        && unknownProperties.equals(that.unknownProperties);
  }

  @Override public int hashCode() {
    return Objects.hash(
        username,
        password,
        registryServer,
        identityReference,
        unknownProperties);
  }

  @Override public String toString() {
    return new ModelString("ContainerRegistry")
        .add("username", username)
        .addSecret("password", password)
        .add("registryServer", registryServer)
        .add("identityReference", identityReference)
        .addUnknown(unknownProperties)
        .toString();
  }

  /** Builds {@link ContainerRegistry} values; every property is optional. */
  public static final class Builder {
    private String username;
    private String password;
    private String registryServer;
    private ComputeNodeIdentityReference identityReference;
    private Map<String, String> unknownProperties;

    Builder() {
    }

    Builder(ContainerRegistry source) {
      this.username = source.username;
      this.password = source.password;
      this.registryServer = source.registryServer;
      this.identityReference = source.identityReference;
      this.unknownProperties =
          source.unknownProperties.isEmpty() ? null : new LinkedHashMap<>(source.unknownProperties);
    }

    public Builder username(String username) {
      this.username = username;
      return this;
    }

    public Builder password(String password) {
      this.password = password;
      return this;
    }

    public Builder registryServer(String registryServer) {
      this.registryServer = registryServer;
      return this;
    }

    public Builder identityReference(ComputeNodeIdentityReference identityReference) {
      this.identityReference = identityReference;
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

    public ContainerRegistry build() {
      return new ContainerRegistry(this);
    }
  }
}

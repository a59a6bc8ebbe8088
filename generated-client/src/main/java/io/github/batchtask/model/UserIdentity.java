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

/** The identity under which a task runs; username and autoUser are exclusive. */
@JsonClass(generateAdapter = true)
public final class UserIdentity {
  private final String username;
  private final AutoUserSpecification autoUser;
  private final Map<String, String> unknownProperties;

  private UserIdentity(Builder builder) {
    this(
        builder.username,
        builder.autoUser,
        builder.unknownProperties == null
            ? null : new LinkedHashMap<>(builder.unknownProperties));
  }

  /**
   * The values as the adapter's byte read reads them, each as its field holds it;
   * {@code unknownProperties} (null if none) is taken over, not copied.
   */
  UserIdentity(
      String username,
      AutoUserSpecification autoUser,
      Map<String, String> unknownProperties) {
    this.username = username;
    this.autoUser = autoUser;
    this.unknownProperties = unknownProperties == null
        ? Collections.emptyMap() : Collections.unmodifiableMap(unknownProperties);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The name of the user identity under which the task runs. */
  public String username() {
    return username;
  }

  /** The auto user under which the task runs. */
  public AutoUserSpecification autoUser() {
    return autoUser;
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
    return other instanceof UserIdentity that
        && Objects.equals(username, that.username)
        && Objects.equals(autoUser, that.autoUser)
        && unknownProperties.equals(that.unknownProperties);
  }

  @Override public int hashCode() {
    return Objects.hash(
        username,
        autoUser,
        unknownProperties);
  }

  @Override public String toString() {
    return new ModelString("UserIdentity")
        .add("username", username)
        .add("autoUser", autoUser)
        .addUnknown(unknownProperties)
        .toString();
  }

  /** Builds {@link UserIdentity} values; every property is optional. */
  public static final class Builder {
    private String username;
    private AutoUserSpecification autoUser;
    private Map<String, String> unknownProperties;

    Builder() {
    }

    Builder(UserIdentity source) {
      this.username = source.username;
      this.autoUser = source.autoUser;
      this.unknownProperties =
          source.unknownProperties.isEmpty() ? null : new LinkedHashMap<>(source.unknownProperties);
    }

    public Builder username(String username) {
      this.username = username;
      return this;
    }

    public Builder autoUser(AutoUserSpecification autoUser) {
      this.autoUser = autoUser;
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

    public UserIdentity build() {
      return new UserIdentity(this);
    }
  }
}

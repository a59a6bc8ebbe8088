package io.github.batchtask;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** What to ask for beyond the ids: property selection, statistics, conditions. Immutable. */
public final class GetTaskOptions {
  private static final GetTaskOptions DEFAULTS = builder().build();

  private final List<String> select;
  private final boolean expandStats;
  private final Integer serverTimeoutSeconds;
  private final UUID clientRequestId;
  private final boolean returnClientRequestId;
  private final String ifMatch;
  private final String ifNoneMatch;
  private final Instant ifModifiedSince;
  private final Instant ifUnmodifiedSince;

  private GetTaskOptions(Builder builder) {
    this.select = builder.select;
    this.expandStats = builder.expandStats;
    this.serverTimeoutSeconds = builder.serverTimeoutSeconds;
    this.clientRequestId = builder.clientRequestId;
    this.returnClientRequestId = builder.returnClientRequestId;
    this.ifMatch = builder.ifMatch;
    this.ifNoneMatch = builder.ifNoneMatch;
    this.ifModifiedSince = builder.ifModifiedSince;
    this.ifUnmodifiedSince = builder.ifUnmodifiedSince;
  }

  /** No selection, no expansion, no conditions. */
  public static GetTaskOptions defaults() {
    return DEFAULTS;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The top-level properties to return ({@code $select}), or null for all. */
  public List<String> select() {
    return select;
  }

  /** Whether to return the task's statistics ({@code $expand=stats}). */
  public boolean expandStats() {
    return expandStats;
  }

  /** The server-side processing limit in seconds, or null for the service's 30. */
  public Integer serverTimeoutSeconds() {
    return serverTimeoutSeconds;
  }

  /** The {@code client-request-id} to send, or null for a fresh random one per call. */
  public UUID clientRequestId() {
    return clientRequestId;
  }

  public boolean returnClientRequestId() {
    return returnClientRequestId;
  }

  public String ifMatch() {
    return ifMatch;
  }

  public String ifNoneMatch() {
    return ifNoneMatch;
  }

  public Instant ifModifiedSince() {
    return ifModifiedSince;
  }

  public Instant ifUnmodifiedSince() {
    return ifUnmodifiedSince;
  }

  @Override public String toString() {
    return "GetTaskOptions{select=" + select + ", expandStats=" + expandStats
        + ", serverTimeoutSeconds=" + serverTimeoutSeconds + ", clientRequestId="
        + clientRequestId + ", ifMatch=" + ifMatch + ", ifNoneMatch=" + ifNoneMatch
        + ", ifModifiedSince=" + ifModifiedSince + ", ifUnmodifiedSince=" + ifUnmodifiedSince
        + "}";
  }

  /** Builds {@link GetTaskOptions}. */
  public static final class Builder {
    private List<String> select;
    private boolean expandStats;
    private Integer serverTimeoutSeconds;
    private UUID clientRequestId;
    private boolean returnClientRequestId;
    private String ifMatch;
    private String ifNoneMatch;
    private Instant ifModifiedSince;
    private Instant ifUnmodifiedSince;

    Builder() {
    }

    /** Returns only these top-level properties, such as {@code id}, {@code state}. */
    public Builder select(String... propertyNames) {
      return select(Arrays.asList(requireNonNull(propertyNames, "propertyNames == null")));
    }

    public Builder select(List<String> propertyNames) {
      requireNonNull(propertyNames, "propertyNames == null");
      for (String name : propertyNames) {
        requireNonNull(name, "property name == null");
        if (name.isBlank() || name.indexOf(',') >= 0 || !printable(name)) {
          throw new IllegalArgumentException("not a property name: \"" + name + "\"");
        }
      }
      this.select = List.copyOf(propertyNames);
      return this;
    }

    public Builder expandStats(boolean expandStats) {
      this.expandStats = expandStats;
      return this;
    }

    /** How long the service may spend on the request; it treats more than 30 s as 30 s. */
    public Builder serverTimeout(Duration serverTimeout) {
      requireNonNull(serverTimeout, "serverTimeout == null");
      if (serverTimeout.getSeconds() < 1) {
        throw new IllegalArgumentException("serverTimeout < 1 s: " + serverTimeout);
      }
      this.serverTimeoutSeconds = (int) Math.min(Integer.MAX_VALUE, serverTimeout.getSeconds());
      return this;
    }

    public Builder clientRequestId(UUID clientRequestId) {
      this.clientRequestId = requireNonNull(clientRequestId, "clientRequestId == null");
      return this;
    }

    /** Asks the service to echo the {@code client-request-id} in its answer. */
    public Builder returnClientRequestId(boolean returnClientRequestId) {
      this.returnClientRequestId = returnClientRequestId;
      return this;
    }

    /** Reads the task only if its ETag is this one; otherwise a 412 ConditionNotMet. */
    public Builder ifMatch(String etag) {
      this.ifMatch = headerValue(etag, "ifMatch");
      return this;
    }

    /** Reads the task only if it changed from this ETag; otherwise "not modified". */
    public Builder ifNoneMatch(String etag) {
      this.ifNoneMatch = headerValue(etag, "ifNoneMatch");
      return this;
    }

    public Builder ifModifiedSince(Instant instant) {
      this.ifModifiedSince = requireNonNull(instant, "ifModifiedSince == null");
      return this;
    }

    public Builder ifUnmodifiedSince(Instant instant) {
      this.ifUnmodifiedSince = requireNonNull(instant, "ifUnmodifiedSince == null");
      return this;
    }

    /**
     * @throws IllegalStateException if conditions of both pairs are set: the service accepts
     *     If-None-Match with If-Modified-Since, or If-Match with If-Unmodified-Since, not a mix.
     */
    public GetTaskOptions build() {
      if ((ifNoneMatch != null || ifModifiedSince != null)
          && (ifMatch != null || ifUnmodifiedSince != null)) {
        throw new IllegalStateException("the service accepts If-None-Match with "
            + "If-Modified-Since, or If-Match with If-Unmodified-Since, but not a mix of them");
      }
      return new GetTaskOptions(this);
    }

    private static String headerValue(String value, String name) {
      requireNonNull(value, name + " == null");
      if (value.isEmpty() || !printable(value)) {
        throw new IllegalArgumentException(
            name + " must be a non-empty ETag of printable ASCII characters");
      }
      return value;
    }

    private static boolean printable(String value) {
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (c < 0x20 || c >= 0x7f) {
          return false;
        }
      }
      return true;
    }
  }
}

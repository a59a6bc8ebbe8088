package io.github.batchtask;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * When to try a request again. Getting a task is idempotent, so connection failures, timeouts
 * and 408, 429, 500, 502, 503 and 504 answers are retried, with exponential backoff and jitter,
 * or after the delay the service asks for ({@code Retry-After}, {@code retry-after-ms},
 * {@code x-ms-retry-after-ms}); never past the time budget.
 */
public final class RetryPolicy {
  private static final RetryPolicy DEFAULTS = builder().build();

  private final int maxRetries;
  private final Duration baseDelay;
  private final Duration maxDelay;
  private final Duration timeBudget;

  private RetryPolicy(Builder builder) {
    this.maxRetries = builder.maxRetries;
    this.baseDelay = builder.baseDelay;
    this.maxDelay = builder.maxDelay;
    this.timeBudget = builder.timeBudget;
  }

  /** 4 retries, backoff from 0.8 s doubling to at most 8 s, within 60 s in all. */
  public static RetryPolicy defaults() {
    return DEFAULTS;
  }

  /** Never retries. */
  public static RetryPolicy none() {
    return builder().maxRetries(0).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public int maxRetries() {
    return maxRetries;
  }

  public Duration baseDelay() {
    return baseDelay;
  }

  public Duration maxDelay() {
    return maxDelay;
  }

  /** The longest time from the first attempt after which no retry starts. */
  public Duration timeBudget() {
    return timeBudget;
  }

  /** Whether an answer with this status is worth retrying. */
  public static boolean isRetryable(int status) {
    return status == 408 || status == 429 || status == 500 || status == 502 || status == 503
        || status == 504;
  }

  @Override public String toString() {
    return "RetryPolicy{maxRetries=" + maxRetries + ", baseDelay=" + baseDelay + ", maxDelay="
        + maxDelay + ", timeBudget=" + timeBudget + "}";
  }

  /** Builds a {@link RetryPolicy}, starting from the defaults. */
  public static final class Builder {
    private int maxRetries = 4;
    private Duration baseDelay = Duration.ofMillis(800);
    private Duration maxDelay = Duration.ofSeconds(8);
    private Duration timeBudget = Duration.ofSeconds(60);

    Builder() {
    }

    public Builder maxRetries(int maxRetries) {
      if (maxRetries < 0) {
        throw new IllegalArgumentException("maxRetries < 0: " + maxRetries);
      }
      this.maxRetries = maxRetries;
      return this;
    }

    public Builder baseDelay(Duration baseDelay) {
      this.baseDelay = positive(baseDelay, "baseDelay");
      return this;
    }

    public Builder maxDelay(Duration maxDelay) {
      this.maxDelay = positive(maxDelay, "maxDelay");
      return this;
    }

    public Builder timeBudget(Duration timeBudget) {
      this.timeBudget = positive(timeBudget, "timeBudget");
      return this;
    }

    public RetryPolicy build() {
      if (maxDelay.compareTo(baseDelay) < 0) {
        throw new IllegalArgumentException("maxDelay < baseDelay");
      }
      return new RetryPolicy(this);
    }

    private static Duration positive(Duration value, String name) {
      requireNonNull(value, name + " == null");
      if (value.isNegative()) {
        throw new IllegalArgumentException(name + " < 0: " + value);
      }
      return value;
    }
  }
}

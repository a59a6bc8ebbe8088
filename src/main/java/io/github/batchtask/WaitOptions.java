package io.github.batchtask;

import static java.util.Objects.requireNonNull;

import io.github.batchtask.model.TaskState;
import java.time.Duration;

/**
 * How {@link BatchTaskClient#waitForTask} waits: for which state, how long, how often. Immutable.
 *
 * <p>A state is reached when the task is in it or in a later one of the lifecycle
 * {@code active → preparing → running → completed}: waiting for {@code running} also ends on a
 * task that completed before a poll saw it running.
 */
public final class WaitOptions {
  private static final WaitOptions DEFAULTS = builder().build();

  private final TaskState state;
  private final Duration timeout;
  private final Duration pollInterval;
  private final Duration maxPollInterval;
  private final TaskWaitListener listener;

  private WaitOptions(Builder builder) {
    this.state = builder.state;
    this.timeout = builder.timeout;
    this.pollInterval = builder.pollInterval;
    this.maxPollInterval = builder.maxPollInterval != null
        ? builder.maxPollInterval : multiply(builder.pollInterval, 8);
    this.listener = builder.listener;
  }

  /** Waits for {@code completed}, without a timeout, polling every 5 s and up to every 40 s. */
  public static WaitOptions defaults() {
    return DEFAULTS;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The state to wait for. */
  public TaskState state() {
    return state;
  }

  /** How long to wait at most, or null for no limit. */
  public Duration timeout() {
    return timeout;
  }

  /** The first interval between polls, and the interval again after each change of the task. */
  public Duration pollInterval() {
    return pollInterval;
  }

  /** The longest interval between polls, which the interval doubles up to while nothing changes. */
  public Duration maxPollInterval() {
    return maxPollInterval;
  }

  public TaskWaitListener listener() {
    return listener;
  }

  /** Whether {@code current} is {@link #state()} or a later state of the lifecycle. */
  boolean reached(TaskState current) {
    return rank(current) >= rank(state);
  }

  /** The place of a state in the lifecycle; -1 for none or one this version does not know. */
  private static int rank(TaskState state) {
    if (state == null) {
      return -1;
    }
    switch (state) {
      case ACTIVE: return 0;
      case PREPARING: return 1;
      case RUNNING: return 2;
      case COMPLETED: return 3;
      default: return -1;
    }
  }

  @Override public String toString() {
    return "WaitOptions{state=" + state + ", timeout=" + timeout + ", pollInterval="
        + pollInterval + ", maxPollInterval=" + maxPollInterval + "}";
  }

  private static Duration multiply(Duration duration, int times) {
    try {
      return duration.multipliedBy(times);
    } catch (ArithmeticException e) {
      return duration;
    }
  }

  /** Builds {@link WaitOptions}. */
  public static final class Builder {
    private TaskState state = TaskState.COMPLETED;
    private Duration timeout;
    private Duration pollInterval = Duration.ofSeconds(5);
    private Duration maxPollInterval;
    private TaskWaitListener listener = TaskWaitListener.NONE;

    Builder() {
    }

    /** The state to wait for; {@code completed} by default. */
    public Builder state(TaskState state) {
      requireNonNull(state, "state == null");
      if (state == TaskState.UNRECOGNIZED) {
        throw new IllegalArgumentException("cannot wait for an unrecognized state");
      }
      this.state = state;
      return this;
    }

    /** Gives up after this long with a {@link TaskWaitTimeoutException}; no limit by default. */
    public Builder timeout(Duration timeout) {
      this.timeout = positive(timeout, "timeout");
      return this;
    }

    /** The first interval between polls; 5 s by default. */
    public Builder pollInterval(Duration pollInterval) {
      this.pollInterval = positive(pollInterval, "pollInterval");
      return this;
    }

    /** The longest interval between polls; 8 times the poll interval by default. */
    public Builder maxPollInterval(Duration maxPollInterval) {
      this.maxPollInterval = positive(maxPollInterval, "maxPollInterval");
      return this;
    }

    /** Told of every poll and every change of state; called on the thread that polled. */
    public Builder listener(TaskWaitListener listener) {
      this.listener = requireNonNull(listener, "listener == null");
      return this;
    }

    /** @throws IllegalStateException if the longest interval is shorter than the first. */
    public WaitOptions build() {
      if (maxPollInterval != null && maxPollInterval.compareTo(pollInterval) < 0) {
        throw new IllegalStateException("maxPollInterval " + maxPollInterval
            + " is shorter than pollInterval " + pollInterval);
      }
      return new WaitOptions(this);
    }

    private static Duration positive(Duration duration, String name) {
      requireNonNull(duration, name + " == null");
      if (duration.isNegative() || duration.isZero()) {
        throw new IllegalArgumentException(name + " must be positive: " + duration);
      }
      return duration;
    }
  }
}

package io.github.batchtask.cli;

/** The exit statuses of {@code batch-task}, one table for every command; README lists them. */
final class ExitStatus {
  /** The command did what was asked (for {@code task wait}: the task reached the state). */
  static final int OK = 0;
  /** The service answered with an error not listed below. */
  static final int SERVICE_ERROR = 1;
  /** The command line was wrong: nothing was sent. */
  static final int USAGE = 2;
  /** Anything else: not reachable, an answer that cannot be read, a protocol error. */
  static final int OTHER_ERROR = 3;
  /** A conditional read ({@code --if-none-match}, {@code --if-modified-since}): not modified. */
  static final int NOT_MODIFIED = 4;
  /** A precondition ({@code --if-match}, {@code --if-unmodified-since}) was not met (412). */
  static final int CONDITION_NOT_MET = 5;
  /** The deadline of the call, or the timeout of {@code task wait}, passed. */
  static final int TIMED_OUT = 6;
  /** The task or its job does not exist (404). */
  static final int NOT_FOUND = 7;
  /** {@code task wait --for completed}: the task completed with a failure. */
  static final int TASK_FAILED = 8;

  private ExitStatus() {
  }
}

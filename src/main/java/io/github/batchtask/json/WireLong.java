package io.github.batchtask.json;

/**
 * A 64-bit integer together with the form it had on the wire, a JSON number or a JSON string
 * holding one, so that it is written back in that form. Models expose only its {@link Long}.
 */
public final class WireLong {
  private final long value;
  private final boolean quoted;

  private WireLong(long value, boolean quoted) {
    this.value = value;
    this.quoted = quoted;
  }

  /** {@code value} written as a JSON number. */
  public static WireLong ofNumber(long value) {
    return new WireLong(value, false);
  }

  /** {@code value} written as a JSON string of its digits. */
  public static WireLong ofString(long value) {
    return new WireLong(value, true);
  }

  public long value() {
    return value;
  }

  /** Whether it is written as a JSON string rather than a number. */
  public boolean quoted() {
    return quoted;
  }

  @Override public boolean equals(Object other) {
    return other instanceof WireLong that && value == that.value && quoted == that.quoted;
  }

  @Override public int hashCode() {
    return Long.hashCode(value) * 31 + (quoted ? 1 : 0);
  }

  /** The number alone, as a model's {@code toString} shows it. */
  @Override public String toString() {
    return Long.toString(value);
  }
}

package io.github.batchtask.json;

import static java.util.Objects.requireNonNull;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A property name encoded once as {@code "name":}, the bytes {@link JsonByteWriter} writes before
 * the value and {@link JsonByteReader#nextNameIs} compares in place, eight at a time. Not public
 * API.
 */
public final class JsonName {
  private static final VarHandle WORDS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  final String string;
  /** {@code "name":} as Moshi's writer escapes it. */
  final byte[] encoded;
  /** The length of {@link #encoded}, or 0 if the name is never matched in place. */
  final int span;
  /** The first eight bytes of {@link #encoded} ({@link #firstMask} keeps those that are its). */
  private final long first;
  private final long firstMask;
  /** The last eight bytes, overlapping the first when fewer than sixteen; 0 when eight or less. */
  private final long last;
  /** The eight-byte words between the first and the last. */
  private final long[] middle;

  private JsonName(String string) {
    this.string = string;
    this.encoded = JsonByteWriter.encodedName(string);
    byte[] plain = ("\"" + string + "\":").getBytes(StandardCharsets.UTF_8);
    // Matched in place only when written unescaped: an escaped name takes the reader's general
    // path. (A lone surrogate is written as '?' either way, and matched as Moshi matches it.)
    this.span = Arrays.equals(plain, encoded) ? encoded.length : 0;
    byte[] padded = Arrays.copyOf(encoded, Math.max(8, encoded.length));
    this.first = (long) WORDS.get(padded, 0);
    this.firstMask = encoded.length >= 8 ? -1L : (1L << (encoded.length << 3)) - 1;
    int n = encoded.length;
    this.last = n > 8 ? (long) WORDS.get(encoded, n - 8) : 0;
    this.middle = new long[n > 16 ? (n - 9) >>> 3 : 0];
    for (int k = 0; k < middle.length; k++) {
      middle[k] = (long) WORDS.get(encoded, 8 + (k << 3));
    }
  }

  /** The name of a model's property; the generated code keeps one per property. */
  public static JsonName of(String name) {
    return new JsonName(requireNonNull(name, "name == null"));
  }

  /**
   * Whether {@code buf} holds {@code "name":} from {@code p} on, within {@code end}; false too
   * when fewer than eight bytes are left, or when the name is never matched in place.
   */
  boolean isAt(byte[] buf, int p, int end) {
    int n = span;
    if (n == 0 || p + Math.max(n, 8) > end) {
      return false;
    }
    if (((long) WORDS.get(buf, p) & firstMask) != first) {
      return false;
    }
    if (n <= 8) {
      return true;
    }
    if ((long) WORDS.get(buf, p + n - 8) != last) {
      return false;
    }
    for (int k = 0; k < middle.length; k++) {
      if ((long) WORDS.get(buf, p + 8 + (k << 3)) != middle[k]) {
        return false;
      }
    }
    return true;
  }

  @Override public String toString() {
    return string;
  }
}

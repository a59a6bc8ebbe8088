package io.github.batchtask.json;

import static java.util.Objects.requireNonNull;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A property name encoded once as {@code "name":}, the bytes {@link JsonByteWriter} writes before
 * the value and {@link JsonByteReader} compares in place, eight at a time; with its UTF-8 bytes,
 * which a name read in general is looked up by ({@link JsonByteReader.Names}). Not public API.
 */
public final class JsonName {
  private static final VarHandle WORDS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  final String string;
  /** {@code "name":} as Moshi's writer escapes it. */
  final byte[] encoded;
  /** The name's own UTF-8 bytes, as a reader finds them between the quotes when not escaped. */
  final byte[] utf8;
  /**
   * The length of {@link #encoded}; past any document's end when the name is never matched in
   * place, so that it never fits.
   */
  final int span;
  /** The first sixteen bytes of {@link #encoded} as two words, each with a mask of its bytes. */
  private final long first;
  private final long firstMask;
  private final long second;
  private final long secondMask;
  /** For a longer name, its words from the sixteenth byte on, the last ending with it. */
  private final long[] rest;

  private JsonName(String string) {
    this.string = string;
    this.encoded = JsonByteWriter.encodedName(string);
    this.utf8 = string.getBytes(StandardCharsets.UTF_8);
    byte[] plain = ("\"" + string + "\":").getBytes(StandardCharsets.UTF_8);
    // Matched in place only when written unescaped: an escaped name takes the reader's general
    // path. (A lone surrogate is written as '?' either way, and matched as Moshi matches it.)
    int n = encoded.length;
    this.span = Arrays.equals(plain, encoded) ? n : Integer.MAX_VALUE / 2;
    byte[] padded = Arrays.copyOf(encoded, Math.max(16, n));
    this.first = (long) WORDS.get(padded, 0);
    this.second = (long) WORDS.get(padded, 8);
    this.firstMask = mask(n);
    this.secondMask = mask(n - 8);
    this.rest = new long[n > 16 ? (n - 9) >>> 3 : 0];
    for (int k = 0; k < rest.length; k++) {
      rest[k] = (long) WORDS.get(encoded, Math.min(16 + (k << 3), n - 8));
    }
  }

  /** A mask of the low {@code bytes} bytes of a word (all, none). */
  private static long mask(int bytes) {
    return bytes >= 8 ? -1L : bytes <= 0 ? 0 : (1L << (bytes << 3)) - 1;
  }

  /** The name of a model's property; the generated code keeps one per property. */
  public static JsonName of(String name) {
    return new JsonName(requireNonNull(name, "name == null"));
  }

  /**
   * Whether {@code buf} holds {@code "name":} from {@code p} on, within {@code end}; false too
   * when fewer than sixteen bytes are left in {@code buf}, or when the name is never matched in
   * place. Small, so that each generated call site inlines it and has branches of its own.
   */
  boolean isAt(byte[] buf, int p, int end) {
    int n = span;
    if (n > end - p || 16 > buf.length - p) {
      return false;
    }
    long words = ((long) WORDS.get(buf, p) & firstMask) ^ first
        | ((long) WORDS.get(buf, p + 8) & secondMask) ^ second;
    return words == 0 && (n <= 16 || restMatches(buf, p));
  }

  private boolean restMatches(byte[] buf, int p) {
    int last = p + span - 8;
    for (int k = 0; k < rest.length; k++) {
      if ((long) WORDS.get(buf, Math.min(p + 16 + (k << 3), last)) != rest[k]) {
        return false;
      }
    }
    return true;
  }

  @Override public String toString() {
    return string;
  }
}

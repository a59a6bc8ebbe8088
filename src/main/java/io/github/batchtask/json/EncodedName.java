package io.github.batchtask.json;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a {@link JsonName} is: the name, its encoded and UTF-8 bytes, and the words the reader
 * compares in place. A record because the JIT trusts a record's final fields: for a name held in
 * a {@code static final} field, the words, masks and length are constants in the compiled
 * comparison, not loads (JMH: the large task 2-6% faster for it, the page example 4%). Built only
 * by {@link #of}, once per name.
 *
 * @param string the name
 * @param encoded {@code "name":} as Moshi's writer escapes it
 * @param utf8 the name's own UTF-8 bytes, as a reader finds them between the quotes unescaped
 * @param span the length of {@code encoded}; past any document's end when the name is never
 *     matched in place (it is escaped), so that it never fits
 * @param first the first eight bytes of {@code encoded}, zeros past its end
 * @param firstMask a mask of the bytes of {@code first} that are the name's
 * @param second the next eight bytes, as {@code first}
 * @param secondMask as {@code firstMask}
 * @param rest for a longer name, its words from the sixteenth byte on, the last ending with it
 */
record EncodedName(String string, byte[] encoded, byte[] utf8, int span, long first,
    long firstMask, long second, long secondMask, long[] rest) implements JsonName {
  private static final VarHandle WORDS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /** One instance per name, so that a name is compared by identity. */
  private static final Map<String, EncodedName> INTERNED = new ConcurrentHashMap<>();

  /** The one instance of {@code string}'s name. */
  static EncodedName of(String string) {
    return INTERNED.computeIfAbsent(string, EncodedName::encode);
  }

  private static EncodedName encode(String string) {
    byte[] encoded = JsonByteWriter.encodedName(string);
    byte[] plain = ("\"" + string + "\":").getBytes(StandardCharsets.UTF_8);
    // Matched in place only when written unescaped: an escaped name takes the reader's general
    // path. (A lone surrogate is written as '?' either way, and matched as Moshi matches it.)
    int n = encoded.length;
    int span = Arrays.equals(plain, encoded) ? n : Integer.MAX_VALUE / 2;
    byte[] padded = Arrays.copyOf(encoded, Math.max(16, n));
    long[] rest = new long[n > 16 ? (n - 9) >>> 3 : 0];
    for (int k = 0; k < rest.length; k++) {
      rest[k] = (long) WORDS.get(encoded, Math.min(16 + (k << 3), n - 8));
    }
    return new EncodedName(string, encoded, string.getBytes(StandardCharsets.UTF_8), span,
        (long) WORDS.get(padded, 0), mask(n), (long) WORDS.get(padded, 8), mask(n - 8), rest);
  }

  /** A mask of the low {@code bytes} bytes of a word (all, none). */
  private static long mask(int bytes) {
    return bytes >= 8 ? -1L : bytes <= 0 ? 0 : (1L << (bytes << 3)) - 1;
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

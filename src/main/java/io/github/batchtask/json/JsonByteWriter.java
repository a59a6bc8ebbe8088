package io.github.batchtask.json;

import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import okio.Buffer;
import okio.BufferedSink;

/**
 * The generated adapters' fast write path: compact JSON into a growing byte array, with property
 * names encoded once per class. Every value is followed by a comma, which a closing bracket
 * overwrites, so no nesting state is kept. Writes the bytes Moshi's own UTF-8 writer writes for
 * the same calls, but for one thing: a lone surrogate, which okio would replace with '?', is
 * escaped (a backslash, {@code u} and four hex digits), so that a string read from the service
 * is written back unchanged. Not public API.
 */
public final class JsonByteWriter {
  /**
   * The Moshi version whose UTF-8 writer this class was checked to reproduce byte for byte; a test
   * fails when the pom's Moshi differs, so that an upgrade is checked again before this is raised.
   */
  static final String VERIFIED_MOSHI_VERSION = "1.15.2";
  /** Moshi's UTF-8 writer class: no public API tells it from the tree-building writer. */
  private static final Class<?> MOSHI_UTF8_WRITER = JsonWriter.of(new Buffer()).getClass();
  private static final byte[] HEX = {
      '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'a', 'b', 'c', 'd', 'e', 'f'
  };
  private static final byte[] TRUE = {'t', 'r', 'u', 'e', ','};
  private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e', ','};
  private static final byte[] NULL = {'n', 'u', 'l', 'l', ','};
  private static final byte[] LONG_MIN = "-9223372036854775808,".getBytes(
      java.nio.charset.StandardCharsets.US_ASCII);
  /**
   * For each ASCII character, 0 if it is written as is, else the character after the backslash of
   * its escape ({@code u} for the six-character form backslash, {@code u00XX}). The same escapes
   * as Moshi.
   */
  private static final byte[] ESCAPES = new byte[128];

  static {
    for (int c = 0; c < 0x20; c++) {
      ESCAPES[c] = 'u';
    }
    ESCAPES['"'] = '"';
    ESCAPES['\\'] = '\\';
    ESCAPES['\t'] = 't';
    ESCAPES['\b'] = 'b';
    ESCAPES['\n'] = 'n';
    ESCAPES['\r'] = 'r';
    ESCAPES['\f'] = 'f';
  }

  /** The scratch array of a whole-value writer, kept per thread from one write to the next. */
  private static final ThreadLocal<byte[][]> SCRATCH = ThreadLocal.withInitial(() -> new byte[1][]);
  private static final int SCRATCH_BYTES = 4096;
  /** A larger array, grown for a large task, is not kept. */
  private static final int MAX_KEPT_BYTES = 64 * 1024;

  private final boolean lenient;
  private final boolean scratch;
  private byte[] bytes;
  private int size;

  /**
   * A writer refusing NaN and infinities unless {@code lenient}, like a Moshi writer, sized for
   * a whole task: its array is this thread's scratch array (taken, and handed back by
   * {@link #writeTo}), or a new one.
   */
  public JsonByteWriter(boolean lenient) {
    this.lenient = lenient;
    this.scratch = true;
    byte[][] slot = SCRATCH.get();
    byte[] kept = slot[0];
    slot[0] = null;
    this.bytes = kept != null ? kept : new byte[SCRATCH_BYTES];
  }

  /** A writer whose buffer starts at {@code capacity} bytes, for a single small value. */
  JsonByteWriter(boolean lenient, int capacity) {
    this.lenient = lenient;
    this.scratch = false;
    this.bytes = new byte[capacity];
  }

  /**
   * Whether {@code writer} is Moshi's compact UTF-8 writer, whose output this class reproduces;
   * an indenting writer or one building a value tree ({@code toJsonValue}) is not.
   */
  public static boolean canStandIn(JsonWriter writer) {
    return writer.getClass() == MOSHI_UTF8_WRITER && writer.getIndent().isEmpty();
  }

  /** {@code name} encoded as {@code "name":}, once, by {@link EncodedName}. */
  static byte[] encodedName(String name) {
    JsonByteWriter writer = new JsonByteWriter(false, 64);
    writer.name(name);
    return Arrays.copyOf(writer.bytes, writer.size);
  }

  /** Writes a name encoded once, {@code "name":}. */
  public void name(JsonName name) {
    append(((EncodedName) name).encoded());
  }

  private void append(byte[] constant) {
    ensure(constant.length);
    System.arraycopy(constant, 0, bytes, size, constant.length);
    size += constant.length;
  }

  public void beginObject() {
    ensure(1);
    bytes[size++] = '{';
  }

  public void endObject() {
    close((byte) '}');
  }

  public void beginArray() {
    ensure(1);
    bytes[size++] = '[';
  }

  public void endArray() {
    close((byte) ']');
  }

  private void close(byte bracket) {
    ensure(2);
    if (bytes[size - 1] == ',') {
      bytes[size - 1] = bracket;
    } else {
      bytes[size++] = bracket;
    }
    bytes[size++] = ',';
  }

  public void nullValue() {
    append(NULL);
  }

  public void bool(boolean value) {
    append(value ? TRUE : FALSE);
  }

  public void number(long value) {
    if (value == Long.MIN_VALUE) {
      append(LONG_MIN);
      return;
    }
    ensure(21);
    long magnitude = value;
    if (value < 0) {
      bytes[size++] = '-';
      magnitude = -value;
    }
    int digits = 1;
    for (long rest = magnitude / 10; rest != 0; rest /= 10) {
      digits++;
    }
    int end = size + digits;
    for (int i = end - 1; i >= size; i--) {
      bytes[i] = (byte) ('0' + magnitude % 10);
      magnitude /= 10;
    }
    bytes[end] = ',';
    size = end + 1;
  }

  /** Writes {@link Double#toString}, as Moshi does. */
  public void number(double value) {
    if (!lenient && !Double.isFinite(value)) {
      throw new IllegalArgumentException("Numeric values must be finite, but was " + value);
    }
    ascii(Double.toString(value));
  }

  /** Writes {@link Iso8601#formatInstant(Instant)} without making a string of it. */
  public void instant(Instant value) {
    ensure(Iso8601.INSTANT_MAX_BYTES + 3);
    int end = Iso8601.formatInstant(value, bytes, size + 1);
    if (end < 0) {
      string(Iso8601.formatInstant(value));
      return;
    }
    bytes[size] = '"';
    bytes[end] = '"';
    bytes[end + 1] = ',';
    size = end + 2;
  }

  public void duration(Duration value) {
    string(Iso8601.formatDuration(value));
  }

  @SuppressWarnings("deprecation") // the one String method copying chars' low bytes in bulk
  private void ascii(String text) {
    int n = text.length();
    ensure(n + 1);
    text.getBytes(0, n, bytes, size); // ASCII only: the low byte of each char is the char
    size += n;
    bytes[size++] = ',';
  }

  // The writers the generated adapters call by a property's kind, write<Kind>, for a non-null
  // value; Json has the JsonWriter counterparts under the same names.

  public void writeString(String value) {
    string(value);
  }

  public void writeInt(Integer value) {
    number(value.longValue());
  }

  public void writeLong(Long value) {
    number(value.longValue());
  }

  public void writeDouble(Double value) {
    number(value.doubleValue());
  }

  /** Writes {@link Float#toString}, as Moshi writes a {@code Float}. */
  public void writeFloat(Float value) {
    float f = value.floatValue();
    if (!lenient && !Float.isFinite(f)) {
      throw new IllegalArgumentException("Numeric values must be finite, but was " + value);
    }
    ascii(Float.toString(f));
  }

  public void writeWireLong(WireLong value) {
    if (value.quoted()) {
      string(Long.toString(value.value()));
    } else {
      number(value.value());
    }
  }

  public void writeBoolean(Boolean value) {
    bool(value.booleanValue());
  }

  public void writeInstant(Instant value) {
    instant(value);
  }

  public void writeDuration(Duration value) {
    duration(value);
  }

  /** Writes one JSON value kept as its JSON text. */
  public void writeRawJson(String json) {
    raw(json);
  }

  /** Writes {@code value} as a JSON string, escaped as Moshi does but for lone surrogates. */
  public void string(String value) {
    quote(value);
    bytes[size++] = ',';
  }

  /** Writes {@code name} and a colon. */
  public void name(String name) {
    quote(name);
    bytes[size++] = ':';
  }

  /** Writes a quoted string and leaves room for one more byte. */
  private void quote(String value) {
    ensure(6L * value.length() + 3);
    bytes[size++] = '"';
    encode(value, true);
    bytes[size++] = '"';
  }

  /**
   * Writes {@code text} as UTF-8 into room already ensured (six bytes a char): escaped for the
   * inside of a JSON string if {@code escape}, else as it is but for lone surrogates.
   */
  @SuppressWarnings("deprecation") // the one String method copying chars' low bytes in bulk
  private void encode(String text, boolean escape) {
    int n = text.length();
    byte[] b = bytes;
    int p = size;
    for (int i = 0; i < n; i++) {
      int plain = i;
      while (plain < n && isPlain(text.charAt(plain), escape)) {
        plain++;
      }
      if (plain > i) { // a run of ASCII written as it is: copied in bulk
        text.getBytes(i, plain, b, p);
        p += plain - i;
        i = plain;
        if (i == n) {
          break;
        }
      }
      char c = text.charAt(i);
      if (c < 0x80) {
        byte escaped = escape ? ESCAPES[c] : 0;
        if (escaped == 0) {
          b[p++] = (byte) c;
        } else if (escaped == 'u') {
          b[p++] = '\\';
          b[p++] = 'u';
          b[p++] = '0';
          b[p++] = '0';
          b[p++] = HEX[c >> 4];
          b[p++] = HEX[c & 0xf];
        } else {
          b[p++] = '\\';
          b[p++] = escaped;
        }
      } else if (escape && (c == '\u2028' || c == '\u2029')) {
        b[p++] = '\\';
        b[p++] = 'u';
        b[p++] = '2';
        b[p++] = '0';
        b[p++] = '2';
        b[p++] = HEX[c & 0xf];
      } else {
        int next = i + 1 < n ? text.charAt(i + 1) : 0;
        p = utf8(b, p, c, next);
        if (Character.isHighSurrogate(c) && Character.isLowSurrogate((char) next)) {
          i++;
        }
      }
    }
    size = p;
  }

  /** Whether {@code c} is ASCII written as it is (inside a string if {@code escape}). */
  private static boolean isPlain(char c, boolean escape) {
    return c < 0x80 && (!escape || ESCAPES[c] == 0);
  }

  /**
   * Encodes the non-ASCII char {@code c} (with {@code next} if they form a surrogate pair) and
   * returns the new position; a lone surrogate is escaped, which is valid JSON only in a string.
   */
  private static int utf8(byte[] b, int p, char c, int next) {
    if (c < 0x800) {
      b[p++] = (byte) (0xc0 | c >> 6);
      b[p++] = (byte) (0x80 | c & 0x3f);
    } else if (!Character.isSurrogate(c)) {
      b[p++] = (byte) (0xe0 | c >> 12);
      b[p++] = (byte) (0x80 | c >> 6 & 0x3f);
      b[p++] = (byte) (0x80 | c & 0x3f);
    } else if (Character.isHighSurrogate(c) && Character.isLowSurrogate((char) next)) {
      int codePoint = Character.toCodePoint(c, (char) next);
      b[p++] = (byte) (0xf0 | codePoint >> 18);
      b[p++] = (byte) (0x80 | codePoint >> 12 & 0x3f);
      b[p++] = (byte) (0x80 | codePoint >> 6 & 0x3f);
      b[p++] = (byte) (0x80 | codePoint & 0x3f);
    } else {
      b[p++] = '\\';
      b[p++] = 'u';
      b[p++] = HEX[c >> 12];
      b[p++] = HEX[c >> 8 & 0xf];
      b[p++] = HEX[c >> 4 & 0xf];
      b[p++] = HEX[c & 0xf];
    }
    return p;
  }

  /** Whether {@code text} holds a surrogate that is not part of a pair. */
  public static boolean hasLoneSurrogate(String text) {
    return loneSurrogateIndex(text) >= 0;
  }

  /** The index of the first surrogate in {@code text} that is not part of a pair, or -1. */
  public static int loneSurrogateIndex(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  /** Writes the properties kept as raw JSON text, each value as it is. */
  public void unknownProperties(Map<String, String> properties) {
    if (properties.isEmpty()) {
      return;
    }
    for (Map.Entry<String, String> entry : properties.entrySet()) {
      name(entry.getKey());
      raw(entry.getValue());
    }
  }

  /** Writes {@code json}, one valid JSON value, as it is but for escaping lone surrogates. */
  public void raw(String json) {
    ensure(6L * json.length() + 1);
    encode(json, false);
    bytes[size++] = ',';
  }

  /**
   * Hands the single value written so far to {@code writer} as one streamed value; this writer is
   * done then, and its scratch array goes back to the thread.
   */
  public void writeTo(JsonWriter writer) throws IOException {
    try (BufferedSink sink = writer.valueSink()) {
      sink.write(bytes, 0, size - 1);
    }
    if (scratch && bytes.length <= MAX_KEPT_BYTES) {
      SCRATCH.get()[0] = bytes;
    }
    bytes = null; // no further use: another writer of this thread may take the array
  }

  private void ensure(long more) {
    long needed = size + more;
    if (needed > bytes.length) {
      if (needed > Integer.MAX_VALUE - 8) {
        throw new IllegalStateException("JSON output over 2 GiB");
      }
      bytes = Arrays.copyOf(bytes, (int) Math.max(Math.min(bytes.length * 2L,
          Integer.MAX_VALUE - 8), needed));
    }
  }
}

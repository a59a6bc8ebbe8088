package io.github.batchtask.json;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import java.io.EOFException;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigDecimal;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okio.ByteString;

/**
 * Reads one JSON document straight from its UTF-8 bytes for the generated models, the twin of
 * {@link JsonByteWriter}. It accepts exactly what the generated Moshi adapters accept from a
 * strict {@code JsonReader} and fails the same way: {@link JsonEncodingException} for malformed
 * JSON, {@link EOFException} for a cut-off document, {@link JsonDataException} for a value of
 * the wrong type, all naming the JSON path ({@code $.executionInfo.startTime}). As in Moshi,
 * {@code true}, {@code false} and {@code null} are read in any case, numbers are read as strings
 * and quoted numbers as numbers. The path is only built for an error message. Not public API.
 */
public final class JsonByteReader {
  /** Reads one value; used for list elements and whole documents. */
  @FunctionalInterface
  public interface ValueReader<T> {
    T read(JsonByteReader in) throws IOException;
  }

  /** Eight bytes of the document at once, the first in the lowest bits. */
  private static final VarHandle WORDS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGH_BITS = 0x8080808080808080L;
  private static final long QUOTES = 0x2222222222222222L;
  private static final long BACKSLASHES = 0x5C5C5C5C5C5C5C5CL;
  private static final long EIGHT_SPACES = 0x2020202020202020L;

  /** Moshi's limit: a reader holds at most 256 scopes, the document's own included. */
  static final int MAX_SCOPES = 256;

  /** The scope of the document itself, around its one value. */
  private static final int DOCUMENT = 0;
  private static final int EMPTY_OBJECT = 2;
  private static final int NONEMPTY_OBJECT = 3;
  private static final int EMPTY_ARRAY = 4;
  private static final int NONEMPTY_ARRAY = 5;

  // What the next value is, as Moshi's JsonReader.Token names it.
  private static final int STRING = 1;
  private static final int NUMBER = 2;
  private static final int TRUE = 3;
  private static final int FALSE = 4;
  private static final int NULL = 5;
  private static final int BEGIN_OBJECT = 6;
  private static final int BEGIN_ARRAY = 7;

  private static final String LENIENT =
      "Use JsonReader.setLenient(true) to accept malformed JSON";

  private final byte[] buf;
  private final int end;
  private int pos;

  private int[] scopes = new int[16];
  private String[] pathNames = new String[16];
  /**
   * Where the current name of each object was matched in place, its opening quote; -1 where
   * {@link #pathNames} holds it. An int store costs no garbage collector barrier, unlike a
   * reference store, per property; the name is only decoded for an error's path.
   */
  private int[] pathNameAt = new int[16];
  private int[] pathIndices = new int[16];
  private int size = 1;

  /** A view of ASCII bytes, reused for each timestamp. */
  private final AsciiView ascii = new AsciiView();
  /** The text of a string with escapes, as it is read. */
  private byte[] scratch = new byte[0];
  private static final Object[] NO_ELEMENTS = {};
  /** Per depth, the array {@link #readList} gathers elements in. */
  private Object[][] listElements = new Object[16][];
  /** Names outside the model seen lately, by a hash of their bytes: decoded once per document. */
  private final String[] unknownNames = new String[16];

  /** Set by {@link #peekValue}: where a number or keyword ends, and a number's long value. */
  private int literalEnd;
  private boolean numberIsLong;
  /** The number {@link #peekValue} found, when {@link #numberIsLong}. */
  private long numberValue;

  private JsonByteReader(byte[] bytes, int offset, int length) {
    this.buf = bytes;
    this.pos = offset;
    this.end = offset + length;
    scopes[0] = DOCUMENT;
  }

  /**
   * Reads {@code bytes} as one document with {@code reader}, as Retrofit's Moshi converter does:
   * a UTF-8 byte order mark is skipped, and nothing but whitespace may follow the value.
   */
  public static <T> T readDocument(byte[] bytes, ValueReader<T> reader) throws IOException {
    int offset = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB
        && bytes[2] == (byte) 0xBF ? 3 : 0;
    JsonByteReader in = new JsonByteReader(bytes, offset, bytes.length - offset);
    T value = reader.read(in);
    in.endDocument();
    return value;
  }

  /** A reader of {@code bytes} positioned before its single value; see {@link #endDocument}. */
  public static JsonByteReader of(byte[] bytes) {
    return new JsonByteReader(bytes, 0, bytes.length);
  }

  /** Checks that nothing but whitespace follows the document's value. */
  public void endDocument() throws IOException {
    int c = nextNonWhitespace();
    // Moshi reads a byte 0xFF here as -1, its end of input, and so ends the document there.
    if (c != -1 && c != 0xFF) {
      throw syntaxError(LENIENT);
    }
  }

  /** The JSON path of the value being read, as Moshi writes it: {@code $.a[2].b}. */
  public String path() {
    StringBuilder result = new StringBuilder("$");
    for (int i = 1; i < size; i++) {
      switch (scopes[i]) {
        case EMPTY_ARRAY:
        case NONEMPTY_ARRAY:
          result.append('[').append(pathIndices[i]).append(']');
          break;
        case EMPTY_OBJECT:
        case NONEMPTY_OBJECT:
          result.append('.');
          String name = pathName(i);
          if (name != null) {
            result.append(name);
          }
          break;
        default:
          break;
      }
    }
    return result.toString();
  }

  /** The current property name of the object at depth {@code i}, or null if none yet. */
  private String pathName(int i) {
    int at = pathNameAt[i];
    if (at < 0) {
      return pathNames[i];
    }
    int close = at + 1;
    while (buf[close] != '"') { // a name matched in place has no quote or escape of its own
      close++;
    }
    return decode(at + 1, close);
  }

  /** The path once a value is read: Moshi counts an array's element as soon as it is read. */
  private String pathAfterValue() {
    int top = size - 1;
    if (scopes[top] != EMPTY_ARRAY && scopes[top] != NONEMPTY_ARRAY) {
      return path();
    }
    pathIndices[top]++;
    String path = path();
    pathIndices[top]--;
    return path;
  }

  /** The closing quote of a string of plain ASCII without escapes starting at {@code p}, or -1. */
  private int asciiStringEnd(int p) {
    p = stringStop(p);
    return p < end && buf[p] == '"' ? p : -1;
  }

  /**
   * The first byte from {@code p} on that is a quote, a backslash or not ASCII (the end if none):
   * eight bytes at a time, each word's flags set by the classic has-a-zero-byte test, whose
   * lowest flag is exact.
   */
  private int stringStop(int p) {
    for (; p + 16 <= end; p += 16) {
      long low = stops((long) WORDS.get(buf, p));
      long high = stops((long) WORDS.get(buf, p + 8));
      if ((low | high) != 0) {
        return p + (low != 0 ? Long.numberOfTrailingZeros(low) >>> 3
            : 8 + (Long.numberOfTrailingZeros(high) >>> 3));
      }
    }
    for (; p + 8 <= end; p += 8) {
      long flags = stops((long) WORDS.get(buf, p));
      if (flags != 0) {
        return p + (Long.numberOfTrailingZeros(flags) >>> 3);
      }
    }
    for (; p < end; p++) {
      byte b = buf[p];
      if (b == '"' || b == '\\' || b < 0) {
        return p;
      }
    }
    return end;
  }

  /** The high bit of each byte of {@code word} from its first quote, backslash or non-ASCII on. */
  private static long stops(long word) {
    long quotes = word ^ QUOTES;
    long backslashes = word ^ BACKSLASHES;
    return ((quotes - ONES) & ~quotes | (backslashes - ONES) & ~backslashes | word) & HIGH_BITS;
  }

  /** The first quote or backslash from {@code p} on, stepping over UTF-8; the end if none. */
  private int quoteOrBackslash(int p) {
    p = stringStop(p);
    while (p < end && buf[p] < 0) {
      p = stringStop(p + 1);
    }
    return p;
  }

  // Structure.

  public void beginObject() throws IOException {
    begin(BEGIN_OBJECT, "BEGIN_OBJECT", EMPTY_OBJECT);
  }

  public void endObject() throws IOException {
    end(EMPTY_OBJECT, '}', "an object");
  }

  public void beginArray() throws IOException {
    begin(BEGIN_ARRAY, "BEGIN_ARRAY", EMPTY_ARRAY);
  }

  public void endArray() throws IOException {
    end(EMPTY_ARRAY, ']', "an array");
  }

  /** Opens the object or array whose {@code token} is next; its scope starts as {@code empty}. */
  private void begin(int token, String expected, int empty) throws IOException {
    if (peekValue() != token) {
      throw typeMismatch(expected);
    }
    pos++;
    push(empty);
  }

  /** Closes the object or array of scope {@code empty} (or its non-empty successor). */
  private void end(int empty, char close, String what) throws IOException {
    int scope = scopes[size - 1];
    if ((scope != empty && scope != empty + 1) || nextNonWhitespace() != close) {
      throw new IllegalStateException("not at the end of " + what + " at path " + path());
    }
    pos++;
    pop();
  }

  /** Whether the current object or array has another member; consumes the comma before it. */
  public boolean hasNext() throws IOException {
    // Compact JSON inside an object or array with members: the comma and the next member's
    // first byte, or the close, at once. Anything else takes the general path.
    int top = size - 1;
    int scope = scopes[top];
    int p = pos;
    if (p + 1 < end) {
      byte b = buf[p];
      if (scope == NONEMPTY_OBJECT) {
        if (b == ',' && buf[p + 1] == '"') {
          pos = p + 1;
          return true;
        }
        if (b == '}') {
          return false;
        }
      } else if (scope == EMPTY_OBJECT && b == '"') {
        scopes[top] = NONEMPTY_OBJECT;
        return true;
      } else if (scope == EMPTY_ARRAY && (b == '{' || b == '"')) {
        scopes[top] = NONEMPTY_ARRAY;
        return true;
      } else if (scope == NONEMPTY_ARRAY && (b == ']' || b == ','
          && (buf[p + 1] == '{' || buf[p + 1] == '"'))) {
        pathIndices[top]++; // Moshi counts the element just read either way
        if (b == ']') {
          return false;
        }
        pos = p + 1;
        return true;
      }
    }
    return hasNextInGeneral();
  }

  private boolean hasNextInGeneral() throws IOException {
    int top = size - 1;
    int scope = scopes[top];
    boolean object = scope == EMPTY_OBJECT || scope == NONEMPTY_OBJECT;
    if (!object && scope != EMPTY_ARRAY && scope != NONEMPTY_ARRAY) {
      throw new IllegalStateException("not in an object or array at path " + path());
    }
    int close = object ? '}' : ']';
    if (scope == NONEMPTY_ARRAY) {
      pathIndices[top]++;
    }
    int c = require();
    if (scope == EMPTY_OBJECT || scope == EMPTY_ARRAY) {
      if (c == close) {
        return false;
      }
      scopes[top] = scope + 1;
      return true;
    }
    if (c == close) {
      return false;
    }
    if (c != ',') {
      throw syntaxError(c == ';' ? LENIENT : object ? "Unterminated object" : "Unterminated array");
    }
    pos++;
    c = require();
    if (object && c == '}') {
      throw syntaxError("Expected name");
    }
    if (!object && (c == ']' || c == ',' || c == ';')) {
      throw syntaxError(LENIENT);
    }
    return true;
  }

  /** The next property name and its colon: a name among {@code names} as the instance given. */
  public String nextName(Names names) throws IOException {
    int index = nextNameIndex(names);
    return index >= 0 ? names.given(index) : pathNames[size - 1];
  }

  /**
   * The next property name and its colon, if it is among {@code names}: as its one
   * {@link JsonName}, which the generated reads compare by identity. Null for any other name,
   * which {@link #readUnknownProperty} then reads with its value.
   */
  public JsonName nextKnownName(Names names) throws IOException {
    int index = nextNameIndex(names);
    return index >= 0 ? names.at(index) : null;
  }

  /** Reads the next name and its colon: its index among {@code names}, or -1. */
  private int nextNameIndex(Names names) throws IOException {
    // An object's properties mostly come in the order of its model: the one after the last
    // known one (kept in the object's path index, which only arrays use) is tried first.
    int top = size - 1;
    int expected = pathIndices[top];
    int p = pos;
    EncodedName guess = names.at(expected);
    int index = guess != null && guess.isAt(buf, p, end) ? expected : names.indexAt(buf, p, end);
    if (index < 0) {
      return nextNameInGeneral(names);
    }
    pathNameAt[top] = p;
    pathIndices[top] = index + 1;
    pos = p + names.at(index).span();
    return index;
  }

  /**
   * Consumes the next property's name and colon if they are {@code name}'s bytes right here
   * (after the comma, if a property came before, and whitespace around it); false, consuming no
   * more than whitespace, if not. The generated reads try each property in the model's order,
   * then read what is left with {@link #hasNext} and {@link #nextKnownName}, which accept all
   * that this does and more.
   */
  public boolean nextNameIs(JsonName jsonName) {
    EncodedName name = (EncodedName) jsonName;
    int top = size - 1;
    int scope = scopes[top];
    int p = pos;
    if (scope == NONEMPTY_OBJECT) {
      byte b = p < end ? buf[p] : 0;
      if (b != ',') {
        return isSpace(b) && nextNameIsAfterSpace(name);
      }
      p++;
    } else if (scope != EMPTY_OBJECT) {
      return false;
    }
    if (!name.isAt(buf, p, end)) {
      return p < end && isSpace(buf[p]) && nextNameIsAfterSpace(name);
    }
    return take(name, top, p);
  }

  /** {@link #nextNameIs} where whitespace comes before the comma or the name. */
  private boolean nextNameIsAfterSpace(EncodedName name) {
    int top = size - 1;
    int p = skipSpaces(pos);
    pos = p; // whitespace between tokens means nothing: consumed, the next try starts after it
    if (scopes[top] == NONEMPTY_OBJECT) {
      if (p >= end || buf[p] != ',') {
        return false;
      }
      p = skipSpaces(p + 1);
    }
    return name.isAt(buf, p, end) && take(name, top, p);
  }

  /** The first byte from {@code p} on that is not whitespace (the end if none). */
  private int skipSpaces(int p) {
    if (p < end && buf[p] > ' ') {
      return p; // none: compact JSON
    }
    // Eight bytes at a time: the first that is not a space is the lowest nonzero byte of the word
    // XOR eight spaces. Pretty-printed JSON mostly indents with spaces after a line break, which
    // is stepped over first, so that one word usually ends the skip.
    if (p < end && buf[p] == '\n') {
      p++;
    }
    while (p + 8 <= end) {
      long notSpaces = (long) WORDS.get(buf, p) ^ EIGHT_SPACES;
      if (notSpaces == 0) {
        p += 8;
        continue;
      }
      p += Long.numberOfTrailingZeros(notSpaces) >>> 3;
      byte b = buf[p];
      if (b != '\n' && b != '\r' && b != '\t') {
        return p;
      }
      p++;
    }
    while (p < end && isSpace(buf[p])) {
      p++;
    }
    return p;
  }

  /** Consumes {@code name}, found at {@code p} in the object at {@code top}; true. */
  private boolean take(EncodedName name, int top, int p) {
    scopes[top] = NONEMPTY_OBJECT;
    pathNameAt[top] = p;
    pos = p + name.span();
    return true;
  }

  /** JSON's whitespace: space, tab, line feed and carriage return, as bits by their value. */
  private static final long SPACES = 1L << ' ' | 1L << '\t' | 1L << '\n' | 1L << '\r';

  private static boolean isSpace(byte b) {
    return (b & 0xFF) <= ' ' && (SPACES & 1L << b) != 0;
  }

  /** Reads a name as {@link #nextNameIndex} does, from its first byte, whatever it is. */
  private int nextNameInGeneral(Names names) throws IOException {
    int c = require();
    if (c != '"') {
      throw syntaxError(LENIENT); // a single-quoted or unquoted name
    }
    int start = ++pos;
    int top = size - 1;
    String name;
    int index;
    int p = quoteOrBackslash(start);
    if (p == end) {
      throw syntaxError("Unterminated string");
    }
    if (buf[p] == '"') { // looked up by its bytes; an unknown one decoded (once per name)
      index = names.indexOf(buf, start, p);
      name = index >= 0 ? null : unknownName(start, p);
      pos = p + 1;
    } else { // escaped: looked up once read
      name = readQuoted();
      index = names.indexOf(name);
    }
    if (index >= 0) { // known, escaped or not: the next name expected is the one after it
      name = names.given(index);
      pathIndices[top] = index + 1;
    }
    pathNames[top] = name;
    pathNameAt[top] = -1;
    c = require();
    if (c != ':') {
      throw syntaxError(c == '=' ? LENIENT : "Expected ':'");
    }
    pos++;
    return index;
  }

  private String unknownName(int from, int to) {
    int slot = Names.hash(Names.firstWord(buf, from, to) ^ (to - from))
        & (unknownNames.length - 1);
    String seen = unknownNames[slot];
    if (seen != null && seen.length() == to - from) {
      int i = 0;
      while (i < to - from && buf[from + i] >= 0 && buf[from + i] == seen.charAt(i)) {
        i++;
      }
      if (i == to - from) {
        return seen;
      }
    }
    String name = decode(from, to);
    unknownNames[slot] = name;
    return name;
  }

  // Values. Each reads an explicit null as null.

  /** Consumes a {@code null} if one is next. */
  public boolean nextNull() throws IOException {
    if (peekValue() == NULL) {
      pos = literalEnd;
      return true;
    }
    return false;
  }

  /** A string; a number is read as its text, as Moshi's {@code nextString()} does. */
  public String readString() throws IOException {
    switch (peekValue()) {
      case STRING:
        pos++;
        return readQuoted();
      case NUMBER:
        return numberText();
      case NULL:
        pos = literalEnd;
        return null;
      default:
        throw typeMismatch("a string");
    }
  }

  public Integer readInt() throws IOException {
    String text;
    switch (peekValue()) {
      case NULL:
        pos = literalEnd;
        return null;
      case NUMBER:
        if (numberIsLong) {
          int result = (int) numberValue;
          if (result != numberValue) {
            throw new JsonDataException("Expected an int but was " + numberValue + " at path "
                + path());
          }
          pos = literalEnd;
          return result;
        }
        text = numberText();
        break;
      case STRING:
        pos++;
        text = readQuoted();
        try {
          return Integer.parseInt(text);
        } catch (NumberFormatException notAnInt) {
          break; // perhaps a double, as below
        }
      default:
        throw typeMismatch("an int");
    }
    double asDouble;
    try {
      asDouble = Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw new JsonDataException("Expected an int but was " + text + " at path " + path());
    }
    int result = (int) asDouble;
    if (result != asDouble) {
      throw new JsonDataException("Expected an int but was " + text + " at path " + path());
    }
    return result;
  }

  public Long readLong() throws IOException {
    String text;
    switch (peekValue()) {
      case NULL:
        pos = literalEnd;
        return null;
      case NUMBER:
        if (numberIsLong) {
          pos = literalEnd;
          return numberValue;
        }
        text = numberText();
        break;
      case STRING:
        pos++;
        text = readQuoted();
        try {
          return Long.parseLong(text);
        } catch (NumberFormatException notALong) {
          break; // perhaps a decimal, as below
        }
      default:
        throw typeMismatch("a long");
    }
    try {
      return new BigDecimal(text).longValueExact();
    } catch (NumberFormatException | ArithmeticException e) {
      throw new JsonDataException("Expected a long but was " + text + " at path " + path());
    }
  }

  public Double readDouble() throws IOException {
    double result;
    switch (peekValue()) {
      case NULL:
        pos = literalEnd;
        return null;
      case NUMBER:
        if (numberIsLong) {
          pos = literalEnd;
          return (double) numberValue;
        }
        result = Double.parseDouble(numberText());
        break;
      case STRING:
        pos++;
        String text = readQuoted();
        try {
          result = Double.parseDouble(text);
        } catch (NumberFormatException e) {
          throw new JsonDataException("Expected a double but was " + text + " at path "
              + path());
        }
        break;
      default:
        throw typeMismatch("a double");
    }
    if (Double.isNaN(result) || Double.isInfinite(result)) {
      throw new JsonEncodingException("JSON forbids NaN and infinities: " + result + " at path "
          + path());
    }
    return result;
  }

  /** A double that fits a float, as {@link Json#readFloat} reads it. */
  public Float readFloat() throws IOException {
    Double value = readDouble();
    if (value == null) {
      return null;
    }
    float narrowed = value.floatValue();
    if ((Float.isInfinite(narrowed) && !value.isInfinite()) || (narrowed == 0 && value != 0)) {
      throw new JsonDataException("Expected a float but was " + value + " at path " + path());
    }
    return narrowed;
  }

  /** A 64-bit integer as a number or a string holding one, as {@link Json#readWireLong}. */
  public WireLong readWireLong() throws IOException {
    boolean quoted = peekValue() == STRING;
    Long value = readLong();
    if (value == null) {
      return null;
    }
    return quoted ? WireLong.ofString(value) : WireLong.ofNumber(value);
  }

  public Boolean readBoolean() throws IOException {
    switch (peekValue()) {
      case TRUE:
        pos = literalEnd;
        return Boolean.TRUE;
      case FALSE:
        pos = literalEnd;
        return Boolean.FALSE;
      case NULL:
        pos = literalEnd;
        return null;
      default:
        throw typeMismatch("a boolean");
    }
  }

  public Instant readInstant() throws IOException {
    if (peekValue() == STRING) {
      int close = asciiStringEnd(pos + 1);
      if (close > 0) { // parsed where it lies, without a string made of it
        ascii.set(buf, pos + 1, close);
        pos = close + 1;
        try {
          return Iso8601.parseInstant(ascii);
        } catch (IllegalArgumentException e) {
          throw new JsonDataException("Expected an ISO-8601 date-time but was "
              + Json.quote(ascii.toString()) + " at path " + pathAfterValue(), e);
        }
      }
    }
    String text = readString();
    if (text == null) {
      return null;
    }
    try {
      return Iso8601.parseInstant(text);
    } catch (IllegalArgumentException e) {
      throw new JsonDataException("Expected an ISO-8601 date-time but was " + Json.quote(text)
          + " at path " + pathAfterValue(), e);
    }
  }

  public Duration readDuration() throws IOException {
    String text = readString();
    if (text == null) {
      return null;
    }
    try {
      return Iso8601.parseDuration(text);
    } catch (IllegalArgumentException e) {
      throw new JsonDataException("Expected an ISO-8601 duration but was " + Json.quote(text)
          + " at path " + pathAfterValue(), e);
    }
  }

  /** An array as an unmodifiable list; elements may be null. */
  public <T> List<T> readList(ValueReader<T> element) throws IOException {
    if (nextNull()) {
      return null;
    }
    beginArray();
    // The elements gather in this depth's array, kept for the next list read at this depth, and
    // the list gets an exact copy.
    int depth = size - 1;
    if (depth >= listElements.length) {
      listElements = Arrays.copyOf(listElements, scopes.length);
    }
    Object[] elements = listElements[depth] != null ? listElements[depth] : NO_ELEMENTS;
    int count = 0;
    while (hasNext()) {
      if (count == elements.length) {
        elements = Arrays.copyOf(elements, Math.max(16, count * 2));
        listElements[depth] = elements;
      }
      elements[count++] = element.read(this);
    }
    endArray();
    return new Json.ReadList<>(Arrays.copyOf(elements, count), count);
  }

  private static final Names NO_NAMES = Names.of();

  /**
   * An object as an unmodifiable map, as {@link Json#readMap} reads it: a key whose value is
   * null is left out, a key given twice fails.
   */
  public <T> Map<String, T> readMap(ValueReader<T> value) throws IOException {
    if (nextNull()) {
      return null;
    }
    beginObject();
    Map<String, T> map = new LinkedHashMap<>();
    while (hasNext()) {
      String name = nextName(NO_NAMES);
      if (nextNull()) {
        continue;
      }
      if (map.put(name, value.read(this)) != null) {
        throw new JsonDataException(
            "Map key '" + name + "' has multiple values at path " + path());
      }
    }
    endObject();
    return Collections.unmodifiableMap(map);
  }

  /**
   * Reads the value of the property just named, one the model does not know, into
   * {@code unknown} as its JSON text ({@link #readRaw}); returns the map, made if null.
   */
  public Map<String, String> readUnknownProperty(Map<String, String> unknown)
      throws IOException {
    String name = pathName(size - 1);
    return Json.putRaw(unknown, name, readRaw());
  }

  /** A free-form property's value as its JSON text, as {@link Json#readRawJson} reads it. */
  public String readRawJson() throws IOException {
    return readRaw();
  }

  /**
   * The next value, whatever it is, as its JSON text: what Moshi's {@code nextSource()} gives
   * (keywords in lower case), checked as {@link Json#readRaw} checks it.
   */
  public String readRaw() throws IOException {
    int type = peekValue();
    if (type == STRING || type == BEGIN_OBJECT || type == BEGIN_ARRAY) {
      int valueEnd = new RawBytes(buf, end).value(pos, 0);
      if (valueEnd > 0) {
        // Strict RFC 8259 within Moshi's limits: what the general path below accepts, at once.
        String json = decode(pos, valueEnd);
        pos = valueEnd;
        return json;
      }
    }
    String json;
    switch (type) {
      case STRING:
        json = decode(pos, skipRawString(pos + 1, '"'));
        break;
      case BEGIN_OBJECT:
      case BEGIN_ARRAY:
        json = decode(pos, skipRawContainer(pos));
        break;
      case NUMBER:
        json = numberText();
        break;
      case TRUE:
        pos = literalEnd;
        json = "true";
        break;
      case FALSE:
        pos = literalEnd;
        json = "false";
        break;
      default:
        pos = literalEnd;
        json = "null";
        break;
    }
    int depth = RawJson.depth(json, Json.MAX_RAW_DEPTH);
    if (depth == RawJson.MALFORMED || depth > Json.MAX_RAW_DEPTH) {
      Json.failRaw(depth, path());
    }
    return json;
  }

  /**
   * Where a container starting at {@code p} ends, found as Moshi's {@code JsonValueSource} finds
   * it: brackets counted, strings, comments and single-quoted strings stepped over.
   */
  private int skipRawContainer(int p) throws IOException {
    int depth = 0;
    while (p < end) {
      byte b = buf[p++];
      switch (b) {
        case '[':
        case '{':
          depth++;
          break;
        case ']':
        case '}':
          if (--depth == 0) {
            pos = p;
            return p;
          }
          break;
        case '"':
        case '\'':
          p = skipRawString(p, b);
          break;
        case '#':
          p = skipLine(p);
          break;
        case '/':
          if (p >= end) {
            throw new EOFException(); // as okio's require(), which Moshi's value source calls
          }
          if (buf[p] == '*') {
            p = skipComment(p + 1);
          } else if (buf[p] == '/') {
            p = skipLine(p + 1);
          }
          break;
        default:
          break;
      }
    }
    throw new EOFException(); // as okio's require(), which Moshi's value source calls
  }

  /** Past the closing {@code quote} of a string whose content starts at {@code p}. */
  private int skipRawString(int p, int quote) throws IOException {
    while (p < end) {
      byte b = buf[p++];
      if (b == quote) {
        pos = p;
        return p;
      }
      if (b == '\\') {
        p++;
      }
    }
    throw new EOFException(); // as okio's require(), which Moshi's value source calls
  }

  private int skipLine(int p) throws IOException {
    while (p < end) {
      byte b = buf[p++];
      if (b == '\n' || b == '\r') {
        return p;
      }
    }
    throw new EOFException(); // as okio's require(), which Moshi's value source calls
  }

  private int skipComment(int p) throws IOException {
    for (; p + 1 < end; p++) {
      if (buf[p] == '*' && buf[p + 1] == '/') {
        return p + 2;
      }
    }
    throw new EOFException(); // as okio's require(), which Moshi's value source calls
  }

  // Tokens.

  /**
   * What the next value is, without consuming it (a number or keyword is checked and its end
   * kept in {@link #literalEnd}). Fails as Moshi's {@code peek()} does on anything else.
   */
  private int peekValue() throws IOException {
    int p = pos;
    if (p < end) { // compact JSON: a string, object or array starts right here
      byte b = buf[p];
      if (b == '"') {
        return STRING;
      }
      if (b == '{') {
        return BEGIN_OBJECT;
      }
      if (b == '[') {
        return BEGIN_ARRAY;
      }
    }
    return peekValueInGeneral();
  }

  private int peekValueInGeneral() throws IOException {
    int c = require();
    switch (c) {
      case '"':
        return STRING;
      case '{':
        return BEGIN_OBJECT;
      case '[':
        return BEGIN_ARRAY;
      case 't':
      case 'T':
        return keyword("true", TRUE);
      case 'f':
      case 'F':
        return keyword("false", FALSE);
      case 'n':
      case 'N':
        return keyword("null", NULL);
      case '\'':
        throw syntaxError(LENIENT);
      case ']':
      case ',':
      case ';':
        int scope = scopes[size - 1];
        throw syntaxError(scope == EMPTY_ARRAY || scope == NONEMPTY_ARRAY ? LENIENT
            : "Unexpected value");
      default:
        if (c == '-' || (c >= '0' && c <= '9')) {
          return number();
        }
        if (isLiteral(c)) {
          throw syntaxError(LENIENT); // an unquoted string
        }
        throw syntaxError("Expected value");
    }
  }

  private int keyword(String word, int token) throws IOException {
    int n = word.length();
    if (pos + n <= end) {
      boolean matches = true;
      for (int i = 0; i < n; i++) {
        int b = buf[pos + i];
        if (b != word.charAt(i) && b != word.charAt(i) - ('a' - 'A')) {
          matches = false;
          break;
        }
      }
      if (matches && (pos + n == end || !isLiteral(buf[pos + n]))) {
        literalEnd = pos + n;
        return token;
      }
    }
    throw syntaxError(LENIENT); // an unquoted string
  }

  /** {@code -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?}, as Moshi's peekNumber. */
  private int number() throws IOException {
    int p = pos;
    boolean negative = buf[p] == '-';
    if (negative) {
      p++;
    }
    int intStart = p;
    // The digits added up in a long that wraps around, as Moshi does; exact as an unsigned long up
    // to 19 digits (10^19 < 2^64). Moshi takes the number for an unquoted string if a digit
    // follows a sum of 0: a leading zero (01), or a prefix that 2^64 divides (a digit, 64 zeros).
    long magnitude = 0;
    boolean zeroEarly = false;
    while (p < end && isDigit(buf[p])) {
      zeroEarly |= magnitude == 0 && p > intStart;
      magnitude = magnitude * 10 + (buf[p] - '0');
      p++;
    }
    int intDigits = p - intStart;
    boolean valid = intDigits > 0 && !zeroEarly;
    boolean integer = true;
    if (valid && p < end && buf[p] == '.') {
      integer = false;
      int start = ++p;
      while (p < end && isDigit(buf[p])) {
        p++;
      }
      valid = p > start;
    }
    if (valid && p < end && (buf[p] == 'e' || buf[p] == 'E')) {
      integer = false;
      p++;
      if (p < end && (buf[p] == '+' || buf[p] == '-')) {
        p++;
      }
      int start = p;
      while (p < end && isDigit(buf[p])) {
        p++;
      }
      valid = p > start;
    }
    if (!valid || (p < end && isLiteral(buf[p]))) {
      throw syntaxError(LENIENT); // an unquoted string
    }
    literalEnd = p;
    // A long, as Moshi's PEEKED_LONG: an integer within a long's range, but not -0.
    numberIsLong = integer && intDigits <= 19 && !(negative && magnitude == 0)
        && Long.compareUnsigned(magnitude, negative ? Long.MIN_VALUE : Long.MAX_VALUE) <= 0;
    numberValue = negative ? -magnitude : magnitude;
    return NUMBER;
  }

  /** Consumes the number {@link #peekValue} found and returns its text. */
  private String numberText() {
    String text = numberIsLong ? Long.toString(numberValue)
        : new String(buf, pos, literalEnd - pos, StandardCharsets.ISO_8859_1);
    pos = literalEnd;
    return text;
  }

  /** Moshi's isLiteral: whether {@code c} may continue an unquoted literal. */
  private boolean isLiteral(int c) throws IOException {
    switch (c) {
      case '/':
      case '\\':
      case ';':
      case '#':
      case '=':
        throw syntaxError(LENIENT);
      case '{':
      case '}':
      case '[':
      case ']':
      case ':':
      case ',':
      case ' ':
      case '\t':
      case '\f':
      case '\r':
      case '\n':
        return false;
      default:
        return true;
    }
  }

  /** Reads a string whose opening quote is consumed, through its closing quote. */
  private String readQuoted() throws IOException {
    int start = pos;
    int p = stringStop(start);
    if (p < end && buf[p] == '"') { // ASCII without escapes: the bytes are the chars
      pos = p + 1;
      return latin1(buf, start, p - start);
    }
    return readQuotedInGeneral(start, p);
  }

  /**
   * Bytes as the chars of the same value (ASCII, or Latin-1 from the scratch array). The
   * constructor taking a high byte is deprecated because it does not decode, which these bytes
   * do not need; unlike the one taking a charset, it is small enough to be inlined, which makes
   * reading a task about a tenth faster.
   */
  @SuppressWarnings("deprecation")
  private static String latin1(byte[] bytes, int from, int length) {
    return new String(bytes, 0, from, length);
  }

  /** Reads a string from {@code start} whose first escape or non-ASCII byte is at {@code p}. */
  private String readQuotedInGeneral(int start, int p) throws IOException {
    if (p < end && buf[p] == '\\') {
      return readEscaped(start, p);
    }
    p = quoteOrBackslash(p);
    if (p == end) {
      throw syntaxError("Unterminated string");
    }
    if (buf[p] == '"') {
      pos = p + 1;
      return decode(start, p);
    }
    return readEscapedText(start);
  }

  /**
   * Reads a string from its first backslash at {@code p} on: ASCII text and escapes of Latin-1
   * characters into {@link #scratch}, anything else as {@link #readEscapedText} reads it.
   */
  private String readEscaped(int start, int p) throws IOException {
    int first = start;
    byte[] out = scratch;
    int n = 0;
    while (true) {
      int length = p - start;
      if (out.length < n + length + 1) {
        out = scratch = Arrays.copyOf(out, Math.max(out.length * 2, n + length + 64));
      }
      System.arraycopy(buf, start, out, n, length);
      n += length;
      if (buf[p] == '"') {
        pos = p + 1;
        return latin1(out, 0, n);
      }
      pos = p + 1;
      char c = escape();
      if (c > 0xFF) {
        return readEscapedText(first);
      }
      out[n++] = (byte) c;
      start = pos;
      p = stringStop(start);
      if (p == end) {
        throw syntaxError("Unterminated string");
      }
      if (buf[p] < 0) {
        return readEscapedText(first);
      }
    }
  }

  /** Reads a string with escapes and UTF-8 whose content starts at {@code start}. */
  private String readEscapedText(int start) throws IOException {
    int p = quoteOrBackslash(start);
    StringBuilder out = new StringBuilder(p - start + 16);
    while (true) {
      out.append(decode(start, p));
      if (buf[p] == '"') {
        pos = p + 1;
        return out.toString();
      }
      pos = p + 1;
      out.append(escape());
      start = pos;
      p = quoteOrBackslash(start);
      if (p == end) {
        throw syntaxError("Unterminated string");
      }
    }
  }

  /** The character of the escape after a consumed backslash, as Moshi reads it. */
  private char escape() throws IOException {
    if (pos >= end) {
      throw syntaxError("Unterminated escape sequence");
    }
    byte escaped = buf[pos++];
    switch (escaped) {
      case 'u':
        if (pos + 4 > end) {
          throw new EOFException("Unterminated escape sequence at path " + path());
        }
        int result = 0;
        for (int i = 0; i < 4; i++) {
          int c = buf[pos + i];
          result <<= 4;
          if (c >= '0' && c <= '9') {
            result += c - '0';
          } else if (c >= 'a' && c <= 'f') {
            result += c - 'a' + 10;
          } else if (c >= 'A' && c <= 'F') {
            result += c - 'A' + 10;
          } else {
            throw syntaxError("\\u" + decode(pos, pos + 4));
          }
        }
        pos += 4;
        return (char) result;
      case 't':
        return '\t';
      case 'b':
        return '\b';
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 'f':
        return '\f';
      case '\n':
      case '\'':
      case '"':
      case '\\':
      case '/':
        return (char) escaped;
      default:
        throw syntaxError("Invalid escape sequence: \\" + (char) escaped);
    }
  }

  /** UTF-8 bytes as a string: ASCII directly, anything else by okio's decoder, as Moshi. */
  private String decode(int from, int to) {
    int p = from;
    for (; p + 8 <= to; p += 8) {
      if (((long) WORDS.get(buf, p) & HIGH_BITS) != 0) {
        return ByteString.of(buf, from, to - from).utf8();
      }
    }
    for (; p < to; p++) {
      if (buf[p] < 0) {
        return ByteString.of(buf, from, to - from).utf8();
      }
    }
    return latin1(buf, from, to - from);
  }

  private static boolean isDigit(byte b) {
    return b >= '0' && b <= '9';
  }

  /** The next byte that is not whitespace, not consumed, or -1 at the end. */
  private int nextNonWhitespace() {
    int p = pos;
    if (p < end && buf[p] > ' ' && buf[p] != '/' && buf[p] != '#') {
      return buf[p]; // compact JSON: no whitespace between tokens (a byte over 0x7F is negative)
    }
    pos = p = skipSpaces(p);
    // A '/' or '#' starts a comment, which only a lenient reader skips: the caller fails on it.
    return p < end ? buf[p] & 0xFF : -1;
  }

  /** The next byte that is not whitespace, not consumed; fails at the end. */
  private int require() throws IOException {
    int c = nextNonWhitespace();
    if (c == -1) {
      throw endOfInput();
    }
    // A comment, which only a lenient reader skips; Moshi takes a '/' that ends the input for
    // a plain character, which the caller then fails on (found by the fuzzer).
    if (c == '#' || (c == '/' && pos + 1 < end)) {
      throw syntaxError(LENIENT);
    }
    return c;
  }

  private void push(int scope) {
    if (size == scopes.length) {
      if (size == MAX_SCOPES) {
        throw new JsonDataException("Nesting too deep at " + path());
      }
      scopes = Arrays.copyOf(scopes, size * 2);
      pathNames = Arrays.copyOf(pathNames, size * 2);
      pathIndices = Arrays.copyOf(pathIndices, size * 2);
      pathNameAt = Arrays.copyOf(pathNameAt, size * 2);
    }
    scopes[size] = scope; // its path name is null: pop() leaves it so
    pathNameAt[size] = -1;
    pathIndices[size] = 0;
    size++;
  }

  private void pop() {
    size--;
    pathNames[size] = null;
  }

  private JsonDataException typeMismatch(String expected) throws IOException {
    String token;
    switch (peekValue()) {
      case STRING:
        token = "STRING";
        break;
      case NUMBER:
        token = "NUMBER";
        break;
      case TRUE:
      case FALSE:
        token = "BOOLEAN";
        break;
      case NULL:
        token = "NULL";
        break;
      case BEGIN_OBJECT:
        token = "BEGIN_OBJECT";
        break;
      default:
        token = "BEGIN_ARRAY";
        break;
    }
    return new JsonDataException("Expected " + expected + " but was " + token + " at path "
        + path());
  }

  private EOFException endOfInput() {
    return new EOFException("End of input");
  }

  private JsonEncodingException syntaxError(String message) {
    return new JsonEncodingException(message + " at path " + path());
  }

  /** ASCII bytes as chars, for {@link Iso8601#parseInstant}. */
  private static final class AsciiView implements CharSequence {
    private byte[] bytes;
    private int from;
    private int to;

    void set(byte[] bytes, int from, int to) {
      this.bytes = bytes;
      this.from = from;
      this.to = to;
    }

    @Override public int length() {
      return to - from;
    }

    @Override public char charAt(int index) {
      return (char) bytes[from + index];
    }

    @Override public CharSequence subSequence(int start, int end) {
      return toString().substring(start, end);
    }

    @Override public String toString() {
      return new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
    }
  }

  /**
   * A one-pass check of a raw value's bytes that accepts only plain RFC 8259 (lower-case keywords,
   * the standard escapes, at most {@link Json#MAX_RAW_DEPTH} levels): text that Moshi delimits
   * and {@link RawJson} accepts alike. Anything else is left to the general path.
   */
  private static final class RawBytes {
    private final byte[] buf;
    private final int end;

    RawBytes(byte[] buf, int end) {
      this.buf = buf;
      this.end = end;
    }

    /** Where the value at {@code p} ends, or -1 if it is not plainly valid. */
    int value(int p, int depth) {
      if (p >= end) {
        return -1;
      }
      switch (buf[p]) {
        case '{':
          return depth >= Json.MAX_RAW_DEPTH ? -1 : object(p + 1, depth + 1);
        case '[':
          return depth >= Json.MAX_RAW_DEPTH ? -1 : array(p + 1, depth + 1);
        case '"':
          return string(p + 1);
        case 't':
          return word(p, "true");
        case 'f':
          return word(p, "false");
        case 'n':
          return word(p, "null");
        default:
          return number(p);
      }
    }

    private int object(int p, int depth) {
      p = whitespace(p);
      if (p < end && buf[p] == '}') {
        return p + 1;
      }
      while (p > 0 && p < end && buf[p] == '"') {
        p = whitespace(string(p + 1));
        if (p < 0 || p >= end || buf[p] != ':') {
          return -1;
        }
        p = whitespace(value(whitespace(p + 1), depth));
        if (p < 0 || p >= end) {
          return -1;
        }
        if (buf[p] == '}') {
          return p + 1;
        }
        if (buf[p] != ',') {
          return -1;
        }
        p = whitespace(p + 1);
      }
      return -1;
    }

    private int array(int p, int depth) {
      p = whitespace(p);
      if (p < end && buf[p] == ']') {
        return p + 1;
      }
      while (p > 0) {
        p = whitespace(value(p, depth));
        if (p < 0 || p >= end) {
          return -1;
        }
        if (buf[p] == ']') {
          return p + 1;
        }
        if (buf[p] != ',') {
          return -1;
        }
        p = whitespace(p + 1);
      }
      return -1;
    }

    /** Past the closing quote of a string whose content starts at {@code p}. */
    private int string(int p) {
      if (p < 0) {
        return -1;
      }
      while (p < end) {
        byte b = buf[p++];
        if (b == '"') {
          return p;
        }
        if (b == '\\') {
          if (p >= end) {
            return -1;
          }
          switch (buf[p++]) {
            case '"':
            case '\\':
            case '/':
            case 'b':
            case 'f':
            case 'n':
            case 'r':
            case 't':
              break;
            case 'u':
              if (p + 4 > end) {
                return -1;
              }
              for (int i = 0; i < 4; i++, p++) {
                byte h = buf[p];
                if (!((h >= '0' && h <= '9') || (h >= 'a' && h <= 'f') || (h >= 'A' && h <= 'F'))) {
                  return -1;
                }
              }
              break;
            default:
              return -1;
          }
        }
      }
      return -1;
    }

    private int word(int p, String word) {
      int n = word.length();
      if (p + n > end) {
        return -1;
      }
      for (int i = 0; i < n; i++) {
        if (buf[p + i] != word.charAt(i)) {
          return -1;
        }
      }
      return endOfLiteral(p + n);
    }

    /** {@code -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?} */
    private int number(int p) {
      if (p < end && buf[p] == '-') {
        p++;
      }
      if (p < end && buf[p] == '0') {
        p++;
      } else {
        int start = p;
        p = digits(p);
        if (p == start) {
          return -1;
        }
      }
      if (p < end && buf[p] == '.') {
        int start = ++p;
        p = digits(p);
        if (p == start) {
          return -1;
        }
      }
      if (p < end && (buf[p] == 'e' || buf[p] == 'E')) {
        p++;
        if (p < end && (buf[p] == '+' || buf[p] == '-')) {
          p++;
        }
        int start = p;
        p = digits(p);
        if (p == start) {
          return -1;
        }
      }
      return endOfLiteral(p);
    }

    private int digits(int p) {
      while (p < end && buf[p] >= '0' && buf[p] <= '9') {
        p++;
      }
      return p;
    }

    /** {@code p} if what is there ends a number or keyword for Moshi and RawJson alike. */
    private int endOfLiteral(int p) {
      if (p >= end) {
        return -1; // only inside a container, which is then unterminated
      }
      byte b = buf[p];
      return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == ',' || b == '}' || b == ']'
          ? p : -1;
    }

    private int whitespace(int p) {
      if (p < 0) {
        return -1;
      }
      while (p < end) {
        byte b = buf[p];
        if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
          break;
        }
        p++;
      }
      return p;
    }
  }

  /**
   * Property names of one model, matched against the bytes of a name without decoding it: an
   * open-addressing table keyed by a hash of the UTF-8 bytes.
   */
  public static final class Names {
    private final String[] given;
    private final EncodedName[] names;
    /** Indexes into {@link #names} by {@link #hash}, -1 where empty; open addressing. */
    private final int[] table;
    private final int mask;

    private Names(String[] names) {
      this.given = names.clone();
      this.names = new EncodedName[names.length];
      int capacity = Integer.highestOneBit(Math.max(4, names.length * 4) - 1) << 1;
      this.table = new int[capacity];
      this.mask = capacity - 1;
      Arrays.fill(table, -1);
      for (int i = 0; i < names.length; i++) {
        EncodedName name = EncodedName.of(names[i]);
        this.names[i] = name;
        int slot = hash(firstWord(name.utf8(), 0, name.utf8().length)) & mask;
        while (table[slot] != -1) {
          slot = (slot + 1) & mask;
        }
        table[slot] = i;
      }
    }

    /** The names of a model's properties, in the model's order; see {@link #nextName}. */
    public static Names of(String... names) {
      return new Names(names);
    }

    /** The index of the name whose UTF-8 bytes are {@code buf[from, to)}, or -1. */
    int indexOf(byte[] buf, int from, int to) {
      int length = to - from;
      int slot = hash(firstWord(buf, from, to)) & mask;
      int index;
      while ((index = table[slot]) != -1) {
        byte[] name = names[index].utf8();
        if (name.length == length && Arrays.equals(buf, from, to, name, 0, length)) {
          return index;
        }
        slot = (slot + 1) & mask;
      }
      return -1;
    }

    /**
     * The index of the name written plain as {@code "name":} at {@code p} (its opening quote),
     * or -1: looked up by the bytes before the first quote among the first eight, then compared
     * whole in place ({@link EncodedName#isAt}), without looking for the closing quote first.
     */
    int indexAt(byte[] buf, int p, int end) {
      if (p + 9 > buf.length || buf[p] != '"') {
        return -1;
      }
      long word = (long) WORDS.get(buf, p + 1);
      long quotes = word ^ QUOTES;
      long flags = (quotes - ONES) & ~quotes & HIGH_BITS; // its lowest flag is exact
      if (flags != 0) {
        word &= (flags & -flags) - 1 >>> 7; // the bytes before that quote
      }
      int slot = hash(word) & mask;
      int index;
      while ((index = table[slot]) != -1) {
        if (names[index].isAt(buf, p, end)) {
          return index;
        }
        slot = (slot + 1) & mask;
      }
      return -1;
    }

    /** Name {@code index} as given to {@link #of}. */
    String given(int index) {
      return given[index];
    }

    /** Name {@code index}, or null past the last. */
    EncodedName at(int index) {
      return index < names.length ? names[index] : null;
    }

    /** The index of the name {@code name}, or -1. */
    int indexOf(String name) {
      for (int i = 0; i < names.length; i++) {
        if (names[i].string().equals(name)) {
          return i;
        }
      }
      return -1;
    }

    /** The first eight bytes of {@code buf[from, to)}, zeros past {@code to}. */
    static long firstWord(byte[] buf, int from, int to) {
      int length = to - from;
      if (length >= 8) {
        return (long) WORDS.get(buf, from);
      }
      if (from + 8 <= buf.length) {
        return (long) WORDS.get(buf, from) & ((1L << (length << 3)) - 1);
      }
      long word = 0;
      for (int i = to - 1; i >= from; i--) {
        word = (word << 8) | (buf[i] & 0xFF);
      }
      return word;
    }

    /** A hash of a name's first eight bytes (fewer when shorter, as {@link #firstWord}). */
    static int hash(long firstWord) {
      return (int) ((firstWord * 0x9E3779B97F4A7C15L) >>> 32);
    }
  }
}

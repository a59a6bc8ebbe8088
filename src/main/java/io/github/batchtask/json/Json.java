package io.github.batchtask.json;

import static java.util.Objects.requireNonNull;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Function;
import okio.Buffer;
import okio.BufferedSink;
import okio.BufferedSource;

/**
 * Reading and writing of JSON values for the generated adapters. Every reader accepts an explicit
 * {@code null} and returns {@code null} for it. Not public API.
 */
public final class Json {
  private Json() {
  }

  /** Reads one value of a list element. */
  @FunctionalInterface
  public interface ValueReader<T> {
    T read(JsonReader reader) throws IOException;
  }

  /** Writes one non-null value. */
  @FunctionalInterface
  public interface ValueWriter<T> {
    void write(JsonWriter writer, T value) throws IOException;
  }

  public static String readString(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    return reader.nextString();
  }

  public static Integer readInt(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    return reader.nextInt();
  }

  public static Long readLong(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    return reader.nextLong();
  }

  public static Double readDouble(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    return reader.nextDouble();
  }

  /**
   * Reads a float as a double narrowed to the nearest float; a number that a float cannot hold
   * (it would become infinite, or zero though it is not) fails naming the path.
   */
  public static Float readFloat(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    double value = reader.nextDouble();
    float narrowed = (float) value;
    if ((Float.isInfinite(narrowed) && !Double.isInfinite(value))
        || (narrowed == 0 && value != 0)) {
      throw new JsonDataException(
          "Expected a float but was " + value + " at path " + reader.getPath());
    }
    return narrowed;
  }

  /**
   * Reads a 64-bit integer sent as a JSON number or as a JSON string holding one, keeping which
   * it was; anything else fails as {@link JsonReader#nextLong} fails.
   */
  public static WireLong readWireLong(JsonReader reader) throws IOException {
    JsonReader.Token token = reader.peek();
    if (token == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    long value = reader.nextLong();
    return token == JsonReader.Token.STRING ? WireLong.ofString(value) : WireLong.ofNumber(value);
  }

  public static Boolean readBoolean(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    return reader.nextBoolean();
  }

  public static Instant readInstant(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    String text = reader.nextString();
    try {
      return Iso8601.parseInstant(text);
    } catch (IllegalArgumentException e) {
      throw new JsonDataException(
          "Expected an ISO-8601 date-time but was " + quote(text) + " at path " + reader.getPath(),
          e);
    }
  }

  public static Duration readDuration(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    String text = reader.nextString();
    try {
      return Iso8601.parseDuration(text);
    } catch (IllegalArgumentException e) {
      throw new JsonDataException(
          "Expected an ISO-8601 duration but was " + quote(text) + " at path " + reader.getPath(),
          e);
    }
  }

  /** Reads an array into an unmodifiable list; elements may be null. */
  public static <T> List<T> readList(JsonReader reader, ValueReader<T> element)
      throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    Object[] elements = new Object[4];
    int size = 0;
    reader.beginArray();
    while (reader.hasNext()) {
      if (size == elements.length) {
        elements = Arrays.copyOf(elements, size * 2);
      }
      elements[size++] = element.read(reader);
    }
    reader.endArray();
    return new ReadList<>(elements, size);
  }

  /**
   * Reads an object into an unmodifiable map in wire order; an explicit null value reads as
   * absent, and a name given twice fails as it does in Moshi.
   */
  public static <T> Map<String, T> readMap(JsonReader reader, ValueReader<T> value)
      throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    Map<String, T> map = new LinkedHashMap<>();
    reader.beginObject();
    while (reader.hasNext()) {
      String name = reader.nextName();
      if (reader.peek() == JsonReader.Token.NULL) {
        reader.skipValue();
        continue;
      }
      if (map.put(name, value.read(reader)) != null) {
        throw new JsonDataException(
            "Map key '" + name + "' has multiple values at path " + reader.getPath());
      }
    }
    reader.endObject();
    return Collections.unmodifiableMap(map);
  }

  /** Reads any JSON value as its JSON text, checked as {@link #readRaw} checks it. */
  public static String readRawJson(JsonReader reader) throws IOException {
    return readRaw(reader);
  }

  /** Deepest nesting kept in an unknown property: Moshi's own limit for the values it models. */
  static final int MAX_RAW_DEPTH = 255;

  /**
   * Reads the next value, whatever it is, as its JSON text, checked as Moshi checks the values it
   * models (Moshi itself only finds where the value ends).
   *
   * @throws JsonEncodingException if it is malformed (for {@code reader}'s leniency).
   * @throws JsonDataException if it nests deeper than {@value #MAX_RAW_DEPTH} levels.
   */
  public static String readRaw(JsonReader reader) throws IOException {
    String path = reader.getPath();
    String json;
    try (BufferedSource source = reader.nextSource()) {
      json = source.readUtf8();
    }
    int depth = rawDepth(json, reader.isLenient());
    if (depth == RawJson.MALFORMED || depth > MAX_RAW_DEPTH) {
      failRaw(depth, path);
    }
    return json;
  }

  /** Fails a raw value whose {@code depth} is {@link RawJson#MALFORMED} or too deep. */
  static void failRaw(int depth, String path) throws JsonEncodingException {
    if (depth == RawJson.MALFORMED) {
      throw new JsonEncodingException("Malformed JSON at path " + path);
    }
    throw new JsonDataException("Nesting too deep (over " + MAX_RAW_DEPTH + " levels) at path "
        + path);
  }

  /**
   * The nesting depth of {@code json} (over {@value #MAX_RAW_DEPTH} when deeper), or
   * {@link RawJson#MALFORMED}. Text only a lenient reader accepts is checked by Moshi's lenient
   * reader, which enforces the same limit.
   */
  private static int rawDepth(String json, boolean lenient) {
    int depth = RawJson.depth(json, MAX_RAW_DEPTH);
    if (depth != RawJson.MALFORMED || !lenient) {
      return depth;
    }
    JsonReader reader = JsonReader.of(new Buffer().writeUtf8(json));
    reader.setLenient(true);
    try {
      reader.skipValue();
      return 0;
    } catch (JsonDataException e) {
      return MAX_RAW_DEPTH + 1; // Moshi's "Nesting too deep"
    } catch (IOException e) {
      return RawJson.MALFORMED;
    }
  }

  /** Adds an unknown property to {@code map}, creating it on first use. */
  public static Map<String, String> putRaw(Map<String, String> map, String name, String json) {
    Map<String, String> result = map == null ? new LinkedHashMap<>(4) : map;
    result.put(name, json);
    return result;
  }

  /** Writes a string; a lone surrogate is escaped rather than replaced with '?' as Moshi does. */
  public static void writeString(JsonWriter writer, String value) throws IOException {
    if (JsonByteWriter.hasLoneSurrogate(value)) {
      writeEscapingLoneSurrogates(writer, value, false);
    } else {
      writer.value(value);
    }
  }

  public static void writeInt(JsonWriter writer, Integer value) throws IOException {
    writer.value(value.longValue());
  }

  public static void writeLong(JsonWriter writer, Long value) throws IOException {
    writer.value(value.longValue());
  }

  public static void writeDouble(JsonWriter writer, Double value) throws IOException {
    writer.value(value.doubleValue());
  }

  /** Writes {@link Float#toString}, as Moshi writes a {@code Float}. */
  public static void writeFloat(JsonWriter writer, Float value) throws IOException {
    writer.value(value);
  }

  public static void writeWireLong(JsonWriter writer, WireLong value) throws IOException {
    if (value.quoted()) {
      writer.value(Long.toString(value.value()));
    } else {
      writer.value(value.value());
    }
  }

  public static void writeBoolean(JsonWriter writer, Boolean value) throws IOException {
    writer.value(value.booleanValue());
  }

  public static void writeInstant(JsonWriter writer, Instant value) throws IOException {
    writer.value(Iso8601.formatInstant(value));
  }

  public static void writeDuration(JsonWriter writer, Duration value) throws IOException {
    writer.value(Iso8601.formatDuration(value));
  }

  public static <T> void writeList(JsonWriter writer, List<T> list, ValueWriter<T> element)
      throws IOException {
    writer.beginArray();
    for (T item : list) {
      if (item == null) {
        writer.nullValue();
      } else {
        element.write(writer, item);
      }
    }
    writer.endArray();
  }

  /** Writes a map as an object, its entries in order. */
  public static <T> void writeMap(JsonWriter writer, Map<String, T> map, ValueWriter<T> value)
      throws IOException {
    writer.beginObject();
    for (Map.Entry<String, T> entry : map.entrySet()) {
      writer.name(entry.getKey());
      value.write(writer, entry.getValue());
    }
    writer.endObject();
  }

  /** Writes one JSON value kept as its JSON text. */
  public static void writeRawJson(JsonWriter writer, String json) throws IOException {
    if (JsonByteWriter.hasLoneSurrogate(json)) {
      writeEscapingLoneSurrogates(writer, json, true);
      return;
    }
    try (BufferedSink sink = writer.valueSink()) {
      sink.writeUtf8(json);
    }
  }

  /** Writes properties kept as raw JSON text. */
  public static void writeRaw(JsonWriter writer, Map<String, String> properties)
      throws IOException {
    for (Map.Entry<String, String> entry : properties.entrySet()) {
      writer.name(entry.getKey());
      if (entry.getValue() == null) {
        writer.nullValue();
        continue;
      }
      if (JsonByteWriter.hasLoneSurrogate(entry.getValue())) {
        writeEscapingLoneSurrogates(writer, entry.getValue(), true);
        continue;
      }
      try (BufferedSink sink = writer.valueSink()) {
        sink.writeUtf8(entry.getValue());
      }
    }
  }

  /** Writes a string, or raw JSON if {@code raw}, with lone surrogates escaped. */
  private static void writeEscapingLoneSurrogates(JsonWriter writer, String text, boolean raw)
      throws IOException {
    JsonByteWriter out = new JsonByteWriter(writer.isLenient(), 64);
    if (raw) {
      out.raw(text);
    } else {
      out.string(text);
    }
    out.writeTo(writer);
  }

  /** Checks that {@code json} is exactly one JSON value, for raw properties set by callers. */
  public static String checkRaw(String name, String json) {
    int depth = rawDepth(json, false);
    if (depth == RawJson.MALFORMED) {
      throw new IllegalArgumentException(name + " is not a single well-formed JSON value: " + json);
    }
    if (depth > MAX_RAW_DEPTH) {
      throw new IllegalArgumentException(name + " nests deeper than " + MAX_RAW_DEPTH + " levels");
    }
    return json;
  }

  /**
   * An unmodifiable copy of {@code list}, which may hold nulls; null stays null. A list the
   * readers made is kept as it is: it is unmodifiable and nothing else refers to its array.
   */
  public static <T> List<T> copyOf(List<T> list) {
    if (list == null || list instanceof ReadList) {
      return list;
    }
    return Collections.unmodifiableList(new ArrayList<>(list));
  }

  /** The elements read from a JSON array, unmodifiable; only the readers make one. */
  static final class ReadList<T> extends AbstractList<T> implements RandomAccess {
    private final Object[] elements;
    private final int size;

    ReadList(Object[] elements, int size) {
      this.elements = elements;
      this.size = size;
    }

    @SuppressWarnings("unchecked")
    @Override public T get(int index) {
      Objects.checkIndex(index, size);
      return (T) elements[index];
    }

    @Override public int size() {
      return size;
    }
  }

  /**
   * An unmodifiable copy of {@code map} in its order; null stays null.
   *
   * @throws NullPointerException if a key or value is null, naming {@code property}.
   */
  public static <T> Map<String, T> copyOf(Map<String, T> map, String property) {
    if (map == null) {
      return null;
    }
    Map<String, T> copy = new LinkedHashMap<>();
    for (Map.Entry<String, T> entry : map.entrySet()) {
      copy.put(requireNonNull(entry.getKey(), property + " has a null key"),
          requireNonNull(entry.getValue(), property + " has a null value"));
    }
    return Collections.unmodifiableMap(copy);
  }

  /** Maps wire values to enum constants; null stays null. */
  public static <E> List<E> mapList(List<String> values, Function<String, E> fromValue) {
    if (values == null) {
      return null;
    }
    List<E> result = new ArrayList<>(values.size());
    for (String value : values) {
      result.add(value == null ? null : fromValue.apply(value));
    }
    return Collections.unmodifiableList(result);
  }

  /** The wire value of an enum constant set by a caller; UNRECOGNIZED has none. */
  public static String enumValue(String value, String property) {
    if (value == null) {
      throw new IllegalArgumentException(
          property + ": UNRECOGNIZED has no wire value; set the raw value instead");
    }
    return value;
  }

  /** The wire values of enum constants set by a caller; null stays null. */
  public static <E> List<String> enumValues(List<E> constants, Function<E, String> value,
      String property) {
    if (constants == null) {
      return null;
    }
    List<String> result = new ArrayList<>(constants.size());
    for (E constant : constants) {
      result.add(constant == null ? null : enumValue(value.apply(constant), property));
    }
    return Collections.unmodifiableList(result);
  }

  static String quote(String text) {
    String shown = text.length() > 64 ? text.substring(0, 64) + "..." : text;
    return '"' + shown + '"';
  }
}

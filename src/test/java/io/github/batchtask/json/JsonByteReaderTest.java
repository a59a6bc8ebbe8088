package io.github.batchtask.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.JsonReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okio.Buffer;
import okio.ByteString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The byte reader against Moshi's strict reader, read for read: the same values, and the same
 * exception type and message (with its JSON path) for bad input.
 */
class JsonByteReaderTest {
  @FunctionalInterface
  interface MoshiRead {
    Object read(JsonReader reader) throws IOException;
  }

  @FunctionalInterface
  interface ByteRead {
    Object read(JsonByteReader in) throws IOException;
  }

  /** What a read gave: its value, or its exception's type and message. */
  private static String outcome(String json, MoshiRead read) {
    try {
      Buffer body = new Buffer().write(json.getBytes(StandardCharsets.UTF_8));
      if (body.rangeEquals(0, ByteString.decodeHex("efbbbf"))) {
        body.skip(3); // as Retrofit's Moshi converter does
      }
      JsonReader reader = JsonReader.of(body);
      Object value = read.read(reader);
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        return "not fully consumed";
      }
      return "value " + value;
    } catch (Exception e) {
      return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
  }

  private static String outcome(String json, ByteRead read) {
    try {
      return "value " + JsonByteReader.readDocument(json.getBytes(StandardCharsets.UTF_8),
          read::read);
    } catch (Exception e) {
      return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
  }

  private static void same(String json, MoshiRead moshi, ByteRead bytes) {
    assertEquals(outcome(json, moshi), outcome(json, bytes), json);
  }

  /** Reads {"a": V, "b": [V...], other: raw} with {@code value} for V, on either reader. */
  private static void sameInObject(String json, MoshiRead moshiValue, ByteRead byteValue) {
    same(json, reader -> {
      Map<String, Object> map = new LinkedHashMap<>();
      reader.beginObject();
      while (reader.hasNext()) {
        String name = reader.nextName();
        if (name.equals("a")) {
          map.put(name, moshiValue.read(reader));
        } else if (name.equals("b")) {
          map.put(name, Json.readList(reader, moshiValue::read));
        } else {
          map.put(name, Json.readRaw(reader));
        }
      }
      reader.endObject();
      return map;
    }, in -> {
      Map<String, Object> map = new LinkedHashMap<>();
      in.beginObject();
      JsonByteReader.Names names = JsonByteReader.Names.of("a", "b");
      while (in.hasNext()) {
        String name = in.nextName(names);
        if (name.equals("a")) {
          map.put(name, byteValue.read(in));
        } else if (name.equals("b")) {
          map.put(name, in.readList(byteValue::read));
        } else {
          map.put(name, in.readRaw());
        }
      }
      in.endObject();
      return map;
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "\"plain\"", "\"\"", "\"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t\"", "\"\\u00e9\\u20AC\\uD83D\\uDE00\"",
      "\"é€😀 mixed \\n with escapes ü\"", "\"lone \\uD800 surrogate\"", "\"\\'quote\\'\"",
      "\"escaped\\\nnewline\"", "\"raw\ttab and \u0001 control\"", "12", "-0", "1.50", "1e9",
      "123456789012345678901234", "null", "NULL", "Null", "true", "TRUE", "[1]", "{}",
      "\"\\x\"", "\"\\u12\"", "\"\\u12G4\"", "\"unterminated", "\"end\\", "tru", "nul", "01",
      "1.", "-", "1e", "+1", ".5", "'single'", "unquoted", "", "   ", "\"a\" \"b\"", "1 2",
      "\"a\" // comment", "\"a\"#", "/* c */ \"a\"", "1/", "1;", "true1", "\"x\"  ",
  })
  void stringsAsMoshiReadsThem(String json) {
    same(json, Json::readString, JsonByteReader::readString);
    sameInObject("{\"a\":" + json + "}", Json::readString, JsonByteReader::readString);
    sameInObject("{\"b\":[\"x\"," + json + "]}", Json::readString, JsonByteReader::readString);
  }

  /**
   * Whitespace is skipped eight bytes at a time: runs of every length up to two words and more,
   * of spaces, line breaks and tabs, between every two tokens, and up to the end of the input;
   * a form feed or another control character among them fails as in Moshi.
   */
  @Test
  void whitespaceOfAnyRunBetweenTokensAsMoshiSkipsIt() {
    List<String> runs = new ArrayList<>();
    for (int length = 0; length <= 19; length++) {
      runs.add(" ".repeat(length));
      runs.add("\n" + " ".repeat(length));
      runs.add(" ".repeat(length) + "\r\n\t ");
      runs.add("\t".repeat(length / 2) + " ".repeat(length / 2) + "\n");
    }
    runs.add("    \f  ");
    runs.add("\n\u000b");
    runs.add("\n        \f");
    runs.add("\n\n  ");
    runs.add("  \u000b");
    runs.add("         \u0000");
    runs.add(" \u00a0 ");
    for (String run : runs) {
      String json = String.join(run, "", "{", "\"a\"", ":", "[", "1", ",", "\"x\"", ",", "{",
          "}", "]", ",", "\"b\"", ":", "[", "{", "\"c\"", ":", "true", "}", ",", "[", "]", "]",
          ",", "\"d\"", ":", "null", "}", "");
      sameInObject(json, Json::readRaw, JsonByteReader::readRaw);
    }
  }

  @Test
  void invalidUtf8DecodesAsMoshiDecodesIt() {
    byte[][] inputs = {
        {'"', (byte) 0xC3, '"'}, {'"', (byte) 0xE2, (byte) 0x82, '"'},
        {'"', (byte) 0xFF, 'a', (byte) 0x80, '"'},
        {'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'},
        {'"', (byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80, '\\', 'n', (byte) 0xC3, '"'},
    };
    for (byte[] input : inputs) {
      String json = new String(input, StandardCharsets.ISO_8859_1);
      try {
        String moshi = Json.readString(JsonReader.of(new Buffer().write(input)));
        String bytes = JsonByteReader.readDocument(input, JsonByteReader::readString);
        assertEquals(moshi, bytes, json);
      } catch (IOException e) {
        throw new AssertionError(json, e);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "0", "-1", "2147483647", "-2147483648", "2147483648", "1.0", "1.5", "1e2", "1E+2", "-0",
      "\"12\"", "\"+12\"", "\"1.0\"", "\"1e2\"", "\"x\"", "\"\"", "\"NaN\"", "true", "null", "[]",
      "9223372036854775808", "-9223372036854775809", "00", "1.0e400",
      "999999999999999999", "-999999999999999999", "1000000000000000000", "-1000000000000000000",
      "123456789012345678", "-100000000000000000", "18446744073709551617", "-01", "1",
  })
  void intsLongsAndDoublesAsMoshiReadsThem(String json) {
    sameInObject("{\"a\":" + json + "}", Json::readInt, JsonByteReader::readInt);
    sameInObject("{\"a\":" + json + "}", Json::readLong, JsonByteReader::readLong);
    sameInObject("{\"a\":" + json + "}", Json::readDouble, JsonByteReader::readDouble);
    sameInObject("{\"b\":[0, " + json + "]}", Json::readInt, JsonByteReader::readInt);
    sameInObject("{\"a\":" + json + "}", Json::readString, JsonByteReader::readString);
    sameInObject("{\"a\":" + json + "}", r -> wire(Json.readWireLong(r)),
        in -> wire(in.readWireLong()));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "9223372036854775807", "-9223372036854775808", "\"9223372036854775807\"", "\"1.5E3\"",
      "1.5E3", "\"1.5\"", "\"Infinity\"", "\"-Infinity\"", "\"1e400\"",
  })
  void int64AsNumberOrString(String json) {
    sameInObject("{\"a\":" + json + "}", Json::readLong, JsonByteReader::readLong);
    sameInObject("{\"a\":" + json + "}", r -> wire(Json.readWireLong(r)),
        in -> wire(in.readWireLong()));
    sameInObject("{\"a\":" + json + "}", Json::readFloat, JsonByteReader::readFloat);
    sameInObject("{\"a\":" + json + "}", Json::readDouble, JsonByteReader::readDouble);
  }

  private static String wire(WireLong value) {
    return value == null ? null : value.value() + (value.quoted() ? " quoted" : " number");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e-50", "3.4e39", "-3.4e38", "0.1", "\"2.5\"", "0"})
  void floatsAsMoshiReadsThem(String json) {
    sameInObject("{\"a\":" + json + "}", Json::readFloat, JsonByteReader::readFloat);
  }

  @ParameterizedTest
  @ValueSource(strings = {"true", "false", "True", "FALSE", "tRuE", "\"true\"", "1", "null"})
  void booleansInAnyCase(String json) {
    sameInObject("{\"a\":" + json + "}", Json::readBoolean, JsonByteReader::readBoolean);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "\"2014-09-18T05:06:45.4878775Z\"", "\"2025-06-03T09:13:05.123456789+01:00\"",
      "\"2014-09-18T05:06:45Z\"", "\"2014-13-18T05:06:45Z\"", "\"yesterday\"", "12", "null",
      "\"2014-09-18T05:06:45.1234567890Z\"", "\"2014-09-18t05:06:45z\"",
      "\"2014-09-18T05:06:45\"",
      "\"\\u0032014-09-18T05:06:45Z\"", "\"2014-09-18T05:06:45Zé\"",
      "\"2014-09-18T05:06:45+25:00\"",
      // The fast path, at each of its limits:
      "\"2024-02-29T23:59:59.9Z\"", "\"2023-02-29T00:00:00Z\"", "\"2100-02-29T00:00:00Z\"",
      "\"2000-02-29T00:00:00Z\"", "\"0000-01-01T00:00:00Z\"", "\"9999-12-31T23:59:59Z\"",
      "\"2014-00-18T05:06:45Z\"", "\"2014-09-00T05:06:45Z\"", "\"2014-09-31T05:06:45Z\"",
      "\"2014-09-18T24:00:00Z\"", "\"2014-09-18T05:60:45Z\"", "\"2014-09-18T05:06:60Z\"",
      "\"2014-09-18T05:06:45.Z\"", "\"2014-09-18T05:06:45.000000001Z\"",
      "\"2014-09-18T05:06:45.12345678Z\"", "\"2014-09-18T05:06:45,5Z\"",
      "\"2014-09-18T05:06:4/Z\"", "\"2014-09-18T05:06:4:Z\"", "\"2014-09-18T05:06:45.1/Z\"",
      "\"2014-09-18T05:06:45.1:Z\"", "\"/014-09-18T05:06:45Z\"", "\"2014-09-18 05:06:45Z\"",
      "\"2014-09-18T05:06:45.5+00:00\"", "\"2014-09-18T05:06:45Z \"",
  })
  void instants(String json) {
    sameInObject("{\"a\":" + json + "}", Json::readInstant, JsonByteReader::readInstant);
    sameInObject("{\"b\":[\"2014-09-18T05:06:45Z\"," + json + "]}", Json::readInstant,
        JsonByteReader::readInstant);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "\"P10675199DT2H48M5.4775807S\"", "\"PT1H\"", "\"P1D\"", "\"forever\"", "null",
  })
  void durations(String json) {
    sameInObject("{\"a\":" + json + "}", Json::readDuration, JsonByteReader::readDuration);
    sameInObject("{\"b\":[\"PT1S\", " + json + "]}", Json::readDuration,
        JsonByteReader::readDuration);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"x\": [1, 2.5, \"s\", true, null, {\"y\": {}}]}", "{\"x\": \"https://a/$metadata\"}",
      "{\"x\": TRUE}", "{\"x\": Null}", "{\"x\": -0}", "{\"x\": 1.50}", "{\"x\": [1, 2}",
      "{\"x\": [1, '}]' ]}", "{\"x\": [1, /* ] */ 2]}", "{\"x\": [1 // ]\n]}",
      "{\"x\": [1, # ]\n]}",
      "{\"x\": \"\\q\"}", "{\"x\": {\"y\" 1}}", "{\"x\": [1,]}", "{\"x\": {\"é\": \"ü\"}}",
      "{\"x\": [", "{\"x\": \"abc", "{\"x\": [\"abc",
      "{\"x\": {\"y\": [1, 2], \"z\": \"\\u0041\"}}",
      "{\"x\": 1, \"x\": 2}", "{\"x\": [1, 2] }", "{\"x\": [\"a\\\"]\"]}", "{\"x\": [1]x}",
      "{\"x\": 1e}", "{\"x\": 'a'}", "{\"x\": ]}", "{\"x\": }", "{\"x\": [1/2]}",
      "{\"x\": [True, nULL, -0.5e-3]}", "{\"x\": [\"\\'\", \"\\\n\"]}", "{\"x\": {\"a\":1 :2}}",
      "{\"x\": [1 :]}", "{\"x\": {\"a\" : [ ] , \"b\" : { } }}", "{\"x\": [\"\u0001\"]}",
      "{\"x\": [\"\\u00e9\\uD83D\\ude00\"]}", "{\"x\": [\"\\u00G9\"]}", "{\"x\": [01]}",
      "{\"x\": [1.]}", "{\"x\": {\"a\": tru}}", "{\"x\": [\"é\", {\"ü\": \"😀\"}]}",
  })
  void unknownPropertiesKeptRawAndChecked(String json) {
    sameInObject(json, Json::readString, JsonByteReader::readString);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"a\": \"x\" \"b\": []}", "{\"a\" \"x\"}", "{\"a\"= \"x\"}", "{'a': \"x\"}", "{a: \"x\"}",
      "{\"a\": \"x\",}", "{,}", "{\"b\": [\"x\" \"y\"]}", "{\"b\": [\"x\";\"y\"]}", "{\"b\": [,]}",
      "{\"a\": \"x\"", "{\"a\": \"x\",", "{\"a\":", "{\"a\"", "{", "{\"b\": [", "{\"b\": [\"x\",",
      "{\"a\": \"x\"}}", "{\"a\": \"x\"} x", "{\"a\": \"x\"} /", "[]", "\"x\"", "{\"a\": [1]}",
      "{\"b\": {}}", "{\"b\": [[]]}", "{\"a\\u0062\": \"escaped name\"}", "{\"b\\\"\": 1}",
      "\uFEFF{\"a\": \"bom\"}", "{\"a\": \"x\"} ", "{\"b\": [\"1\", 2, null, \"4\"]}",
      "{\"unterminated: 1}", "{\"b\": [\"x\"] ,\"a\": \"y\"}",
      // a '/' that ends the input is a plain character to Moshi, not a comment
      "{\"a\"/", "{\"a\" /", "{\"a\": \"x\"/", "{\"a\":/", "{/", "{\"b\": [/", "{\"b\": [1/",
      "{\"b\": [1,/", "{\"a\": \"x\",/", "/", "{\"a\"/ ", "{\"a\"#",
  })
  void structureAsMoshiReadsIt(String json) {
    sameInObject(json, Json::readString, JsonByteReader::readString);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{}", "{\"k\": \"v\", \"l\": null}", "{\"k\": \"v\", \"k\": \"w\"}", "{\"k\": 1}",
      "{\"k\": true}", "[]", "null", "{\"k\": \"v\",}", "{\"k\" \"v\"}",
  })
  void mapsAsMoshiReadsThem(String json) {
    sameInObject("{\"a\":" + json + "}", r -> Json.readMap(r, Json::readString),
        in -> in.readMap(JsonByteReader::readString));
  }

  @Test
  void aByte0xFfAfterTheDocumentEndsItAsInMoshi() throws IOException {
    for (byte last : new byte[] {(byte) 0xFF, (byte) 0xFE}) {
      byte[] json = {'"', 'a', '"', ' ', last, 'x'};
      String moshi;
      try {
        JsonReader reader = JsonReader.of(new Buffer().write(json));
        moshi = reader.nextString() + " " + reader.peek();
      } catch (IOException e) {
        moshi = e.getClass().getSimpleName();
      }
      String bytes;
      try {
        bytes = JsonByteReader.readDocument(json, JsonByteReader::readString) + " END_DOCUMENT";
      } catch (IOException e) {
        bytes = e.getClass().getSimpleName();
      }
      assertEquals(moshi, bytes);
      assertEquals(last == (byte) 0xFF ? "a END_DOCUMENT" : "JsonEncodingException", bytes);
    }
  }

  @Test
  void nestingDeeperThanMoshiAllowsFailsTheSameWay() {
    for (int depth : new int[] {254, 255, 256, 300}) {
      String raw = "[".repeat(depth) + "]".repeat(depth);
      sameInObject("{\"x\": " + raw + "}", Json::readString, JsonByteReader::readString);
    }
  }

  /**
   * Lists read one after another, or inside one another, each get their own elements, though
   * the reader gathers them in one array per depth: sizes around its growth, nested lists, and a
   * list read after a longer one at the same depth.
   */
  @Test
  void listsReadInTurnOrNestedKeepTheirOwnElements() throws IOException {
    List<List<Integer>> expected = new ArrayList<>();
    StringBuilder json = new StringBuilder("[");
    for (int size : new int[] {0, 1, 16, 17, 40, 3, 0, 33, 2}) {
      List<Integer> list = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        list.add(size * 100 + i);
      }
      expected.add(list);
      json.append(json.length() > 1 ? "," : "").append(list.toString().replace(" ", ""));
    }
    json.append("]");
    List<List<Integer>> read = JsonByteReader.readDocument(
        json.toString().getBytes(StandardCharsets.UTF_8),
        in -> in.readList(i0 -> i0.readList(JsonByteReader::readInt)));
    assertEquals(expected, read);
    List<List<List<Integer>>> twice = JsonByteReader.readDocument(
        ("[" + json + "," + json + "]").getBytes(StandardCharsets.UTF_8),
        in -> in.readList(i0 -> i0.readList(i1 -> i1.readList(JsonByteReader::readInt))));
    assertEquals(List.of(expected, expected), twice);
  }

  @Test
  void pathsNameWhereTheErrorIs() {
    String json = "{\"b\": [\"ok\", \"ok\", true]}";
    assertEquals("JsonDataException: Expected a string but was BOOLEAN at path $.b[2]",
        outcome(json, (ByteRead) in -> {
          in.beginObject();
          in.nextName(JsonByteReader.Names.of("b"));
          return in.readList(JsonByteReader::readString);
        }));
  }

  @Test
  void knownNamesComeBackAsTheGivenInstances() throws IOException {
    String known = new String("filePath".toCharArray());
    JsonByteReader.Names names = JsonByteReader.Names.of("blobSource", known, "fileMode");
    List<String> read = new ArrayList<>();
    JsonByteReader.readDocument(
        "{\"filePath\": 1, \"file\\u0050ath\": 2, \"other\": 3}".getBytes(StandardCharsets.UTF_8),
        in -> {
          in.beginObject();
          while (in.hasNext()) {
            read.add(in.nextName(names));
            in.readRaw();
          }
          in.endObject();
          return null;
        });
    assertEquals(List.of("filePath", "filePath", "other"), read);
    assertEquals(true, read.get(0) == known, "the given instance");
    assertEquals(true, read.get(1) == known, "an escaped known name is the given instance too");
  }

  /**
   * The generated reads compare names by identity: a known name comes back as its one
   * {@link JsonName} whether it is taken as the one expected next, looked up where it lies, or
   * escaped; any other as null, and its value is then kept under its own name.
   */
  @Test
  void knownNamesComeBackAsTheirOneJsonName() throws IOException {
    JsonName filePath = JsonName.of(new String("filePath".toCharArray()));
    assertSame(filePath, JsonName.of("filePath"), "one instance per name");
    JsonByteReader.Names names = JsonByteReader.Names.of("blobSource", "filePath", "fileMode");
    List<JsonName> read = new ArrayList<>();
    Map<String, String> unknown = JsonByteReader.readDocument(
        ("{\"filePath\": 1, \"fileMode\": 2, \"file\\u0050ath\": 3, \"other\": 4,"
            + " \"blobSource\": 5}").getBytes(StandardCharsets.UTF_8),
        in -> {
          Map<String, String> rest = null;
          in.beginObject();
          while (in.hasNext()) {
            JsonName name = in.nextKnownName(names);
            read.add(name);
            if (name == null) {
              rest = in.readUnknownProperty(rest);
            } else {
              in.readRaw();
            }
          }
          in.endObject();
          return rest;
        });
    List<JsonName> expected = Arrays.asList(filePath, JsonName.of("fileMode"), filePath, null,
        JsonName.of("blobSource"));
    assertEquals(expected.size(), read.size(), read.toString());
    for (int i = 0; i < expected.size(); i++) {
      assertSame(expected.get(i), read.get(i), "name " + i + " of " + read);
    }
    assertEquals(Map.of("other", "4"), unknown);
  }

  /**
   * Strings are scanned eight bytes at a time: a quote, a backslash or a byte of UTF-8 (valid or
   * not) at every position of a word, and at the very end of the document, reads as in Moshi.
   */
  @Test
  void stringsReadAlikeWhateverWordTheirSpecialBytesFallIn() {
    String[] specials = {"\\\"", "\\\\", "\\n", "\\u00e9", "\\u20ac", "é", "€", "😀"};
    for (int before = 0; before <= 17; before++) {
      for (String special : specials) {
        for (int after = 0; after <= 9; after++) {
          String text = "a".repeat(before) + special + "b".repeat(after);
          same("\"" + text + "\"", Json::readString, JsonByteReader::readString);
          sameInObject("{\"a\":\"" + text + "\",\"c\":1}", Json::readString,
              JsonByteReader::readString);
        }
      }
      same("\"" + "a".repeat(before), Json::readString, JsonByteReader::readString);
      byte[] invalid = ("\"" + "a".repeat(before) + "?\"").getBytes(StandardCharsets.UTF_8);
      invalid[before + 1] = (byte) 0xC3;
      try {
        assertEquals(Json.readString(JsonReader.of(new Buffer().write(invalid))),
            JsonByteReader.readDocument(invalid, JsonByteReader::readString));
      } catch (IOException e) {
        throw new AssertionError("before " + before, e);
      }
    }
  }

  /** Names of every length from 0 to 25 bytes: "", "a", "ab", ... */
  private static List<String> alphabetPrefixes() {
    List<String> prefixes = new ArrayList<>();
    for (int length = 0; length <= 25; length++) {
      prefixes.add("abcdefghijklmnopqrstuvwxyz".substring(0, length));
    }
    return prefixes;
  }

  /** Each non-empty name with its first, middle or last letter changed to 'X'. */
  private static List<String> eachWithALetterChanged(List<String> names) {
    List<String> changed = new ArrayList<>();
    for (String name : names) {
      for (int at : name.isEmpty() ? new int[0] : new int[] {0, name.length() / 2,
          name.length() - 1}) {
        char[] chars = name.toCharArray();
        chars[at] = 'X';
        changed.add(new String(chars));
      }
    }
    return changed;
  }

  /**
   * Names are matched by all their bytes, in place by words of eight: a name that differs from
   * a known one in a single byte, first, in the middle or last, or only in length, is not taken
   * for it.
   */
  @Test
  void namesMatchOnlyByEveryByte() throws IOException {
    List<String> known = alphabetPrefixes();
    known.add("containerSettings");
    known.add("containerRunOptions");
    known.add("nœud");
    JsonByteReader.Names names = JsonByteReader.Names.of(known.toArray(new String[0]));
    List<String> candidates = new ArrayList<>(known);
    candidates.addAll(eachWithALetterChanged(alphabetPrefixes()));
    candidates.add("containerSettingz");
    candidates.add("nœuds");
    candidates.add("nOEud");
    for (String candidate : candidates) {
      for (String padding : new String[] {"", ",\"zzzzzzzzzzzzzzzzzzzzzzzz\":2"}) {
        String json = "{\"" + candidate + "\":1" + padding + "}";
        String read = JsonByteReader.readDocument(json.getBytes(StandardCharsets.UTF_8), in -> {
          in.beginObject();
          in.hasNext();
          String name = in.nextName(names);
          in.readRaw();
          while (in.hasNext()) {
            in.nextName(names);
            in.readRaw();
          }
          in.endObject();
          return name;
        });
        int index = known.indexOf(candidate);
        assertEquals(candidate, read, json);
        assertEquals(index >= 0, index >= 0 && read == known.get(index),
            json + ": known names come back as the given instance, others do not match");
      }
    }
  }

  /**
   * A name is taken in place only for its own bytes, closing quote and colon: one that differs in
   * a single byte (first, middle, last), in length, or by what follows is not, and is left for
   * {@code nextName}; at every offset. With fewer than sixteen bytes left it is never taken.
   */
  @Test
  void namesInPlaceMatchOnlyTheirOwnBytes() throws IOException {
    String tail = "zzzzzzzzzzzzzzzz"; // leaves room for a name to be taken in place
    String[] afters = {"\":1}", "\":1,\"" + tail + "\":2}", "\" :1}", "X\":1}"};
    List<String> known = alphabetPrefixes();
    known.add("nœud");
    List<String> candidates = new ArrayList<>(known);
    candidates.addAll(eachWithALetterChanged(alphabetPrefixes()));
    candidates.add("nœuds");
    for (String name : known) {
      JsonName expected = JsonName.of(name);
      for (String candidate : candidates) {
        for (String before : new String[] {"", "\"p\":0,", "\"pp\":[],"}) {
          for (String after : afters) {
            String json = "{" + before + "\"" + candidate + after;
            int left = json.getBytes(StandardCharsets.UTF_8).length - 1 - before.length();
            boolean same = candidate.equals(name) && after.startsWith("\":") && left >= 16;
            JsonName first = before.isEmpty() ? expected : JsonName.of(before.startsWith("\"p\"")
                ? "p" : "pp");
            List<Object> read = JsonByteReader.readDocument(
                json.getBytes(StandardCharsets.UTF_8), in -> {
                  in.beginObject();
                  List<Object> seen = new ArrayList<>();
                  if (!before.isEmpty()) {
                    if (!in.nextNameIs(first)) { // too near the end to be taken in place
                      in.hasNext();
                      in.nextName(JsonByteReader.Names.of());
                    }
                    in.readRaw();
                  }
                  boolean matched = in.nextNameIs(expected);
                  seen.add(matched);
                  seen.add(matched ? in.path() : null);
                  seen.add(matched ? in.readRaw() : null);
                  while (in.hasNext()) { // what was not taken in place is all still there
                    seen.add(in.nextName(JsonByteReader.Names.of()));
                    in.readRaw();
                  }
                  in.endObject();
                  return seen;
                });
            List<Object> wanted = new ArrayList<>();
            wanted.add(same);
            wanted.add(same ? "$." + name : null);
            wanted.add(same ? "1" : null);
            if (!same) {
              wanted.add(after.startsWith("X") ? candidate + "X" : candidate);
            }
            if (after.contains(tail)) {
              wanted.add(tail);
            }
            assertEquals(wanted, read, json + " for " + name);
          }
        }
      }
    }
  }

  /**
   * A name the wire must escape is never taken in place, nor is one with whitespace before its
   * colon, or outside an object: each is left to the general path, which reads it. Whitespace
   * before the comma or the name is skipped.
   */
  @Test
  void namesInPlaceAreOnlyThoseWrittenPlainBeforeTheirColon() throws IOException {
    List<JsonName> inPlace = List.of(JsonName.of("a\"b"), JsonName.of("\n"), JsonName.of("id"));
    JsonByteReader.Names names = JsonByteReader.Names.of("a\"b", "\n", "id");
    String json = "{\"a\\\"b\":1,\"\\n\":2, \"id\":3,\"id\" :4 ,\n\"id\":5,\t\"id\":6,"
        + "\r\n \"zzzzzzzzzzzzzzzz\":7}";
    String read = JsonByteReader.readDocument(json.getBytes(StandardCharsets.UTF_8), in -> {
      StringBuilder seen = new StringBuilder();
      in.beginObject();
      while (true) {
        for (JsonName name : inPlace) {
          if (in.nextNameIs(name)) {
            seen.append("in place ").append(name).append('=').append(in.readRaw()).append(' ');
          }
        }
        if (!in.hasNext()) {
          break;
        }
        seen.append(in.nextName(names)).append('=').append(in.readRaw()).append(' ');
      }
      in.endObject();
      return seen.toString();
    });
    // Each round tries the names in place once, then reads one property in general.
    assertEquals("a\"b=1 \n=2 in place id=3 id=4 in place id=5 id=6 zzzzzzzzzzzzzzzz=7 ", read);
    for (String separator : new String[] {";", " ", "\n", "]"}) {
      String object = "{\"p\":\"0\"" + separator + "\"id\":\"long enough\"}";
      JsonByteReader in = JsonByteReader.of(object.getBytes(StandardCharsets.UTF_8));
      in.beginObject();
      in.hasNext();
      in.nextName(names);
      in.readRaw();
      assertFalse(in.nextNameIs(inPlace.get(2)), "after a " + separator);
      assertThrows(JsonEncodingException.class, in::hasNext, "after a " + separator);
    }
    JsonByteReader array = JsonByteReader.of("[\"id\":1]".getBytes(StandardCharsets.UTF_8));
    array.beginArray();
    assertFalse(array.nextNameIs(inPlace.get(2)));
  }

  /**
   * A name looked for in place and not found consumes no comma: a trailing, doubled or misplaced
   * comma fails as in Moshi, after any number of tries, with or without whitespace around it; so
   * does input cut off before a name.
   */
  @Test
  void namesMissedInPlaceLeaveABadCommaToFailAsInMoshi() {
    JsonName absent = JsonName.of("absent-but-long-enough");
    for (String rest : new String[] {",}", ", }", " ,\n}", ",,\"b\":2}", ", ,\"b\":2}",
        ",]", ",\"b\":2,}", ", \"b\":2 }", ",\n  \"b\":2}", ",\"b\" :2}", ",'b':2}",
        ",b:2}", ", \"b\"", ",", "", " ", "}", "]}"}) {
      for (String json : new String[] {"{\"a\":1" + rest, "{" + rest.replace(",", "")}) {
        for (int tries : new int[] {1, 2, 3}) {
          same(json, reader -> {
            List<String> read = new ArrayList<>();
            reader.beginObject();
            while (reader.hasNext()) {
              read.add(reader.nextName() + "=" + Json.readRaw(reader));
            }
            reader.endObject();
            return read;
          }, in -> {
            List<String> read = new ArrayList<>();
            in.beginObject();
            JsonByteReader.Names names = JsonByteReader.Names.of("a", "b");
            while (true) {
              for (int i = 0; i < tries; i++) {
                assertFalse(in.nextNameIs(absent));
              }
              if (!in.hasNext()) {
                break;
              }
              read.add(in.nextName(names) + "=" + in.readRaw());
            }
            in.endObject();
            return read;
          });
        }
      }
    }
  }

  /**
   * The name after the last known one is tried first: names out of order, repeated, unknown in
   * between, or a prefix of the one expected next are still each read as themselves.
   */
  @Test
  void namesReadAsThemselvesInAnyOrder() throws IOException {
    JsonByteReader.Names names = JsonByteReader.Names.of("ab", "abc", "a\"b", "abcdefghijk");
    String json = "{\"abc\":1,\"ab\":2,\"ab\":3,\"x\":4,\"abc\":5,\"a\\\"b\":6,"
        + "\"abcdefghijk\":7,\"abcdefghijkl\":8,\"ab\":9,\"abcdefghij\":10,\"a\":11}";
    List<String> read = new ArrayList<>();
    JsonByteReader.readDocument(json.getBytes(StandardCharsets.UTF_8), in -> {
      in.beginObject();
      while (in.hasNext()) {
        read.add(in.nextName(names) + "=" + in.readRaw());
      }
      in.endObject();
      return null;
    });
    assertEquals(List.of("abc=1", "ab=2", "ab=3", "x=4", "abc=5", "a\"b=6", "abcdefghijk=7",
        "abcdefghijkl=8", "ab=9", "abcdefghij=10", "a=11"), read);
  }

  /**
   * Moshi adds a number's integer digits up in a long that wraps around and takes a digit after
   * a sum of 0 for an unquoted string: a digit then 64 zeros then more digits fails, as in Moshi,
   * even where the value is not read as a number. Found by the fuzzer.
   */
  @Test
  void numbersWhoseDigitsSumToZeroInALongFailAsInMoshi() {
    String zeros = "0".repeat(64);
    for (String number : new String[] {"1" + zeros + "5", "-3" + zeros + "1.5", "1" + zeros,
        "1" + "0".repeat(63) + "5", "7" + zeros + "0e1"}) {
      sameInObject("{\"a\":" + number + "}", Json::readLong, JsonByteReader::readLong);
      sameInObject("{\"a\":" + number + "}", Json::readDouble, JsonByteReader::readDouble);
      sameInObject("{\"x\":" + number + "}", Json::readString, JsonByteReader::readString);
      same(number, Json::readString, JsonByteReader::readString);
    }
  }
}

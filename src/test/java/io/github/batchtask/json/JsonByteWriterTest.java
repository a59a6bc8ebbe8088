package io.github.batchtask.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import okio.Buffer;
import org.junit.jupiter.api.Test;

/**
 * The fast write path against Moshi's own UTF-8 writer, byte for byte: every difference would be
 * a change of output depending on which path an adapter took.
 */
class JsonByteWriterTest {
  @FunctionalInterface
  interface MoshiWrites {
    void to(JsonWriter writer) throws IOException;
  }

  @FunctionalInterface
  interface FastWrites {
    void to(JsonByteWriter out);
  }

  private static String moshi(MoshiWrites writes) throws IOException {
    Buffer buffer = new Buffer();
    writes.to(JsonWriter.of(buffer));
    return buffer.readUtf8();
  }

  private static String fast(FastWrites writes) throws IOException {
    JsonByteWriter out = new JsonByteWriter(false);
    writes.to(out);
    Buffer buffer = new Buffer();
    out.writeTo(JsonWriter.of(buffer));
    return buffer.readUtf8();
  }

  /**
   * The string as a value and as a name reads back unchanged, is written alike by the general
   * path, and byte for byte as Moshi writes it unless it holds a lone surrogate.
   */
  private static void assertSameString(String value) throws IOException {
    String asValue = fast(out -> {
      out.beginArray();
      out.string(value);
      out.endArray();
    });
    String asName = fast(out -> {
      out.beginObject();
      out.name(value);
      out.number(1L);
      out.endObject();
    });
    JsonReader reader = JsonReader.of(new Buffer().writeUtf8(asValue));
    reader.beginArray();
    assertEquals(value, reader.nextString(), () -> "read back " + codes(value));
    reader = JsonReader.of(new Buffer().writeUtf8(asName));
    reader.beginObject();
    assertEquals(value, reader.nextName(), () -> "read back name " + codes(value));
    assertEquals(asValue, moshi(writer -> {
      writer.beginArray();
      Json.writeString(writer, value);
      writer.endArray();
    }), () -> "general path " + codes(value));
    if (!JsonByteWriter.hasLoneSurrogate(value)) {
      assertEquals(moshi(writer -> writer.beginArray().value(value).endArray()), asValue,
          () -> "string " + codes(value));
      assertEquals(moshi(writer -> writer.beginObject().name(value).value(1).endObject()), asName,
          () -> "name " + codes(value));
    }
  }

  private static String codes(String value) {
    StringBuilder result = new StringBuilder();
    value.chars().forEach(c -> result.append(String.format("U+%04X ", c)));
    return result.toString();
  }

  @Test void everyAsciiCharacterIsEscapedAsMoshiEscapesIt() throws IOException {
    for (char c = 0; c < 0x80; c++) {
      assertSameString("a" + c + "b");
      assertSameString(String.valueOf(c));
    }
  }

  @Test void multiByteCharactersAndSurrogatesAreEncodedAsMoshiEncodesThem() throws IOException {
    String[] values = {
        "\u0080", "\u00e9t\u00e9", "\u07ff", "\u0800", "\u2027\u2028\u2029\u202a", "\ufffd",
        "\uffff", "\ud83d\ude00", "x\ud83d\ude00y", "\ud83d", "\ude00", "a\ud83db", "a\ude00\ud83d",
        "\ud83d\ud83d\ude00", "\udbff\udfff", ""
    };
    for (String value : values) {
      assertSameString(value);
    }
  }

  @Test void loneSurrogatesAreEscapedNotReplaced() throws IOException {
    assertEquals("[\"a\\ud83db\",\"\\ude00\",\"\\udbff\ud83d\ude00\"]", fast(out -> {
      out.beginArray();
      out.string("a\ud83db");
      out.string("\ude00");
      out.string("\udbff\ud83d\ude00");
      out.endArray();
    }));
    assertTrue(JsonByteWriter.hasLoneSurrogate("\ud83d"));
    assertTrue(JsonByteWriter.hasLoneSurrogate("\ude00\ud83d"));
    assertFalse(JsonByteWriter.hasLoneSurrogate("x\ud83d\ude00y"));
  }

  @Property(tries = 300)
  void anyStringIsWrittenLosslesslyAndAsMoshiWritesIt(@ForAll String value) throws IOException {
    assertSameString(value);
  }

  @Test void namesAreEncodedOnceAsMoshiWritesThem() throws IOException {
    JsonName id = JsonName.of("id");
    JsonName odd = JsonName.of("\u00e9\"\n");
    assertEquals(moshi(writer -> writer.beginObject().name("id").value("x")
        .name("\u00e9\"\n").value(true).endObject()), fast(out -> {
      out.beginObject();
      out.name(id);
      out.string("x");
      out.name(odd);
      out.bool(true);
      out.endObject();
    }));
  }

  @Test void integersAreWrittenAsMoshiWritesThem() throws IOException {
    long[] values = {0, 1, -1, 9, 10, -10, 99, 100, Integer.MAX_VALUE, Integer.MIN_VALUE,
        Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1, 1_000_000_000_000L};
    for (long value : values) {
      assertEquals(moshi(writer -> writer.beginArray().value(value).endArray()), fast(out -> {
        out.beginArray();
        out.number(value);
        out.endArray();
      }));
    }
  }

  @Property(tries = 300)
  void anyLongIsWrittenAsMoshiWritesIt(@ForAll long value) throws IOException {
    assertEquals("[" + value + "]", fast(out -> {
      out.beginArray();
      out.number(value);
      out.endArray();
    }));
  }

  @Test void doublesAreWrittenAsMoshiWritesThemAndNonFiniteOnesOnlyWhenLenient()
      throws IOException {
    double[] values = {0.0, -0.0, 1.5, 1e-7, 1e21, 123456.789, Double.MIN_VALUE, Double.MAX_VALUE};
    for (double value : values) {
      assertEquals(moshi(writer -> writer.beginArray().value(value).endArray()), fast(out -> {
        out.beginArray();
        out.number(value);
        out.endArray();
      }));
    }
    for (double value : new double[] {Double.NaN, Double.POSITIVE_INFINITY}) {
      String moshiMessage = null;
      try {
        moshi(writer -> writer.beginArray().value(value));
      } catch (IllegalArgumentException e) {
        moshiMessage = e.getMessage();
      }
      assertNotNull(moshiMessage);
      IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
          () -> new JsonByteWriter(false).number(value));
      assertEquals(moshiMessage, refused.getMessage());
      JsonByteWriter lenient = new JsonByteWriter(true);
      lenient.beginArray();
      lenient.number(value);
      lenient.endArray();
      Buffer buffer = new Buffer();
      JsonWriter writer = JsonWriter.of(buffer);
      writer.setLenient(true);
      lenient.writeTo(writer);
      assertEquals("[" + value + "]", buffer.readUtf8());
    }
  }

  @Property(tries = 300)
  void anyFloatIsWrittenAsMoshiWritesAFloatAndBothWritersAgreeOnRefusal(@ForAll float value)
      throws IOException {
    String expected;
    try {
      expected = moshi(writer -> writer.beginArray().value(Float.valueOf(value)).endArray());
    } catch (IllegalArgumentException e) {
      IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
          () -> new JsonByteWriter(false).writeFloat(value));
      assertEquals(e.getMessage(), refused.getMessage());
      return;
    }
    assertEquals(expected, fast(out -> {
      out.beginArray();
      out.writeFloat(value);
      out.endArray();
    }));
    assertEquals(expected, moshi(writer -> {
      writer.beginArray();
      Json.writeFloat(writer, value);
      writer.endArray();
    }));
  }

  @Test void wireLongsAreWrittenInTheFormTheyCameIn() throws IOException {
    assertEquals("[\"-9223372036854775808\",7]", fast(out -> {
      out.beginArray();
      out.writeWireLong(WireLong.ofString(Long.MIN_VALUE));
      out.writeWireLong(WireLong.ofNumber(7));
      out.endArray();
    }));
    assertEquals("[\"-9223372036854775808\",7]", moshi(writer -> {
      writer.beginArray();
      Json.writeWireLong(writer, WireLong.ofString(Long.MIN_VALUE));
      Json.writeWireLong(writer, WireLong.ofNumber(7));
      writer.endArray();
    }));
  }

  @Test void instantsAreTheServiceFormWithoutTrailingZeros() throws IOException {
    String[] values = {
        "2014-09-18T05:06:45.4878775Z", "2014-09-18T05:06:45Z", "2014-09-18T05:06:45.100Z",
        "0000-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z", "1969-12-31T23:59:59.000000001Z",
        "2024-02-29T12:00:00.5Z"
    };
    for (String value : values) {
      Instant instant = Instant.parse(value);
      String expected = value.replaceAll("(\\.\\d*[1-9])0+Z$", "$1Z").replaceAll("\\.0+Z$", "Z");
      assertEquals("[\"" + expected + "\"]", fast(out -> {
        out.beginArray();
        out.instant(instant);
        out.endArray();
      }));
      assertEquals(expected, Iso8601.formatInstant(instant));
    }
    Instant far = Instant.parse("+10000-01-01T00:00:00Z");
    assertEquals("[\"+10000-01-01T00:00:00Z\",\"" + Instant.MIN + "\"]", fast(out -> {
      out.beginArray();
      out.instant(far);
      out.instant(Instant.MIN);
      out.endArray();
    }));
  }

  @Test void durationsAreTheServiceForm() throws IOException {
    Duration max = Duration.ofSeconds(922_337_203_685L, 477_580_700);
    assertEquals("[\"P10675199DT2H48M5.4775807S\",\"PT0S\",\"-PT1H30M\"]", fast(out -> {
      out.beginArray();
      out.duration(max);
      out.duration(Duration.ZERO);
      out.duration(Duration.ofMinutes(-90));
      out.endArray();
    }));
  }

  @Test void nestingEmptyContainersAndNullsNeedNoState() throws IOException {
    assertEquals("{\"a\":[],\"b\":{},\"c\":[null,[false],null]}", fast(out -> {
      out.beginObject();
      out.name("a");
      out.beginArray();
      out.endArray();
      out.name("b");
      out.beginObject();
      out.endObject();
      out.name("c");
      out.beginArray();
      out.nullValue();
      out.beginArray();
      out.bool(false);
      out.endArray();
      out.nullValue();
      out.endArray();
      out.endObject();
    }));
    assertEquals("{}", fast(out -> {
      out.beginObject();
      out.endObject();
    }));
  }

  @Test void unknownPropertiesAreWrittenAsTheyWereKept() throws IOException {
    Map<String, String> raw = new LinkedHashMap<>();
    raw.put("x-\u00e9", "{ \"a\" : [1, \"\ud83d\ude00\"] }");
    raw.put("n", "null");
    raw.put("s", "\"\\u2028\"");
    raw.put("lone", "[\"\ud83d\"]");
    String expected = moshi(writer -> {
      writer.beginObject();
      writer.name("id").value(7);
      Json.writeRaw(writer, raw);
      writer.endObject();
    });
    assertEquals(expected, fast(out -> {
      out.beginObject();
      out.name("id");
      out.number(7L);
      out.unknownProperties(raw);
      out.endObject();
    }));
  }

  @Test void outputGrowsPastTheFirstBuffer() throws IOException {
    String big = "\u0001\u00e9".repeat(5_000);
    assertSameString(big);
  }

  @Test void standsInOnlyForMoshisCompactUtf8Writer() throws IOException {
    JsonWriter compact = JsonWriter.of(new Buffer());
    assertTrue(JsonByteWriter.canStandIn(compact));
    JsonWriter indented = JsonWriter.of(new Buffer());
    indented.setIndent("  ");
    assertFalse(JsonByteWriter.canStandIn(indented));
    List<Boolean> asked = new ArrayList<>();
    JsonAdapter<String> probe = new JsonAdapter<String>() {
      @Override public String fromJson(JsonReader reader) {
        throw new UnsupportedOperationException();
      }

      @Override public void toJson(JsonWriter writer, String value) throws IOException {
        asked.add(JsonByteWriter.canStandIn(writer));
        writer.value(value);
      }
    };
    assertEquals("x", probe.toJsonValue("x"));
    assertEquals(List.of(false), asked, "toJsonValue builds a tree: the fast path must not run");
  }

  /**
   * {@link JsonByteWriter#canStandIn} recognizes Moshi's UTF-8 writer by its class and this class
   * copies its output: both were checked for one Moshi version only, which must be the pom's.
   */
  @Test void moshiIsTheVersionTheFastPathWasCheckedAgainst() {
    String version = System.getProperty("moshi.version");
    assertNotNull(version, "run by Maven, which passes the pom's moshi.version");
    assertEquals(JsonByteWriter.VERIFIED_MOSHI_VERSION, version,
        "Moshi changed: check JsonByteWriter's output and canStandIn against it, then raise "
        + "VERIFIED_MOSHI_VERSION");
    String jar = JsonWriter.class.getProtectionDomain().getCodeSource().getLocation().getPath();
    assertTrue(jar.endsWith("/moshi-" + version + ".jar"), "Moshi on the class path: " + jar);
  }
}

package io.github.batchtask.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import java.io.IOException;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import okio.Buffer;
import org.junit.jupiter.api.Test;

/**
 * The check of unknown properties' text accepts exactly what Moshi's strict reader accepts when
 * it reads a value token by token: the oracle here is Moshi itself.
 */
class RawJsonTest {
  private static final String[] PIECES = {
      "{", "}", "[", "]", ",", ":", "\"", "\\", "\\u", "\\\"", "\\n", "\\x", "\\'", "0", "1", "9",
      "-", "+", ".", "e", "E", "a", "f", "A", "true", "false", "null", "nul", " ", "\n", "\t",
      "\f", "/", "#", "'", "\u0001", "\u00e9", "\"k\"", "\"k\":", "12", "0.5", "1e5", "01",
      "\\u00e9", "\\u12", "\\/"
  };

  /** Moshi's verdict: the text reads as one value, strings and names read whole. */
  private static boolean moshiAccepts(String json) {
    JsonReader reader = JsonReader.of(new Buffer().writeUtf8(json));
    try {
      walk(reader);
      return reader.peek() == JsonReader.Token.END_DOCUMENT;
    } catch (IOException | JsonDataException e) {
      return false;
    }
  }

  private static void walk(JsonReader reader) throws IOException {
    switch (reader.peek()) {
      case BEGIN_ARRAY:
        reader.beginArray();
        while (reader.hasNext()) {
          walk(reader);
        }
        reader.endArray();
        break;
      case BEGIN_OBJECT:
        reader.beginObject();
        while (reader.hasNext()) {
          reader.nextName();
          walk(reader);
        }
        reader.endObject();
        break;
      case STRING:
        reader.nextString();
        break;
      case NUMBER:
        reader.skipValue();
        break;
      case BOOLEAN:
        reader.nextBoolean();
        break;
      case NULL:
        reader.nextNull();
        break;
      default:
        throw new JsonDataException("not a value: " + reader.peek());
    }
  }

  private static void assertSameVerdict(String json) {
    boolean ours = RawJson.depth(json, 255) != RawJson.MALFORMED;
    assertEquals(moshiAccepts(json), ours, () -> "verdicts differ on: " + json);
  }

  @Test void wellFormedValuesAreAccepted() {
    String[] values = {
        "0", "-0", "1.5e-7", "-12E+3", "true", "null", "\"\"", "\"a\\u00E9\\n\\/\\'\"",
        "\"raw\u0001tab\t\"", "[]", "{}", " [1, {\"a\": [null, false]}] ", "{\"\": \"\"}",
        "\"line\\\ncontinued\"", "123456789012345678901234567890", "TRUE", "fAlSe", "[Null]"
    };
    for (String value : values) {
      assertSameVerdict(value);
      assertEquals(true, RawJson.depth(value, 255) >= 0, value);
    }
  }

  @Test void malformedValuesAreRefused() {
    String[] values = {
        "", " ", "01", "1.", ".5", "-", "1e", "+1", "tru", "truex", "nul", "NaN", "'a'",
        "\"open", "\"\\x\"", "\"\\u12\"", "\"\\u12g4\"", "[1,]", "[,1]", "{\"a\"}", "{\"a\":}",
        "{a:1}", "{\"a\":1,}", "[1 2]", "{\"a\":1 \"b\":2}", "1 2", "[1]]", "[[1]", "/*c*/1",
        "[1\f]", "\"\\u\u0663\u0663\u0663\u0663\"", "fal\u017fe", "nULLx"
    };
    for (String value : values) {
      assertSameVerdict(value);
      assertEquals(RawJson.MALFORMED, RawJson.depth(value, 255), value);
    }
  }

  @Test void depthIsCountedAndStopsPastTheLimit() {
    assertEquals(0, RawJson.depth("\"[[[\"", 255));
    assertEquals(3, RawJson.depth("[{\"a\":[1]}, []]", 255));
    assertEquals(4, RawJson.depth("[".repeat(100_000), 3));
    assertEquals(RawJson.MALFORMED, RawJson.depth("[[[", 3));
  }

  @Property(tries = 3000)
  void randomTextGetsMoshisVerdict(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long seed) {
    Random random = new Random(seed);
    StringBuilder text = new StringBuilder();
    if (random.nextBoolean()) {
      text.append(validValue(random, 3));
      for (int i = random.nextInt(3); i > 0 && text.length() > 0; i--) {
        int at = random.nextInt(text.length() + 1);
        if (random.nextBoolean() && at < text.length()) {
          text.deleteCharAt(at);
        } else {
          text.insert(at, PIECES[random.nextInt(PIECES.length)]);
        }
      }
    } else {
      for (int i = random.nextInt(8); i >= 0; i--) {
        text.append(PIECES[random.nextInt(PIECES.length)]);
      }
    }
    assertSameVerdict(text.toString());
  }

  private static String validValue(Random random, int depth) {
    switch (random.nextInt(depth > 0 ? 7 : 5)) {
      case 0: return "null";
      case 1: return random.nextBoolean() ? "true" : "false";
      case 2: return (random.nextBoolean() ? "-" : "") + random.nextInt(1000)
          + (random.nextBoolean() ? "." + random.nextInt(100) : "")
          + (random.nextBoolean() ? "e" + (random.nextBoolean() ? "-" : "+") + random.nextInt(9)
              : "");
      case 3: return "\"s\\u00e9\\\"" + random.nextInt(10) + "\"";
      case 4: return "\"\"";
      case 5: return "[" + validValue(random, depth - 1) + ", " + validValue(random, depth - 1)
          + "]";
      default: return "{\"a\": " + validValue(random, depth - 1) + ", \"b\":"
          + validValue(random, depth - 1) + "}";
    }
  }
}

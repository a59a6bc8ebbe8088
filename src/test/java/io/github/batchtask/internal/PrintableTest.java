package io.github.batchtask.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class PrintableTest {
  @Test void escapesEveryControlCharacterAndKeepsTheRest() {
    assertEquals("a\\r\\nb\\tc\\u001b[31md\\u0007\\u0000\\u007f\\u009b",
        Printable.escape("a\r\nb\tc\u001b[31md\u0007\u0000\u007f\u009b"));
    assertEquals("\\u202eevil\\u2066x\\u2069\\u200f\\u2028\\u2029",
        Printable.escape("\u202eevil\u2066x\u2069\u200f\u2028\u2029"));
    assertEquals("lone \\ud800 \\udc00 pair \ud83d\ude00",
        Printable.escape("lone \ud800 \udc00 pair \ud83d\ude00"));
    assertEquals("\\ud800", Printable.escape("\ud800"));
  }

  @Test void everyBidirectionalAndSeparatorControlIsEscapedButNotItsNeighbours() {
    for (char c : new char[] {0x061c, 0x200e, 0x200f, 0x2028, 0x2029, 0x202a, 0x202b, 0x202c,
        0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069, 0x001f, 0x007f, 0x0080, 0x009f}) {
      assertEquals(String.format("\\u%04x", (int) c), Printable.escape(String.valueOf(c)));
    }
    for (char c : new char[] {0x0020, 0x007e, 0x00a0, 0x061b, 0x061d, 0x200d, 0x2010, 0x2027,
        0x202f, 0x2065, 0x206a}) {
      assertEquals(String.valueOf(c), Printable.escape(String.valueOf(c)));
    }
  }

  @Test void jsonKeepsItsLineBreaksAndEscapesTheRestAsJson() {
    assertEquals("{\n  \"a\": \"x\\u009by\\u202e\\u007f\"\n}",
        Printable.escapeJson("{\n  \"a\": \"x\u009by\u202e\u007f\"\n}"));
  }

  @Test void printableTextIsReturnedAsIs() {
    String text = "C:\\temp\\x.exe \"quoted\" é 漢字 \\u001b";
    assertSame(text, Printable.escape(text));
    assertNull(Printable.escape(null));
  }
}

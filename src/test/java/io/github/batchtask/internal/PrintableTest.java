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

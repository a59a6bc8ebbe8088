package io.github.batchtask.internal;

/**
 * Makes text from the network safe to show on a terminal or in a log line: control characters
 * (C0, DEL, C1), line and paragraph separators, bidirectional overrides and unpaired surrogates
 * are written as escapes ({@code \r}, {@code \n}, {@code \t}, {@code \u001b}); everything else,
 * backslashes included, is kept. Not public API.
 */
public final class Printable {
  private Printable() {
  }

  /** {@code text} with every unsafe character escaped; null stays null. */
  public static String escape(String text) {
    return escape(text, false);
  }

  /**
   * JSON text with every unsafe character inside its strings written as a JSON escape
   * ({@code \u009b}) and its line breaks kept: the same JSON value, safe on a terminal. JSON
   * writers escape C0 controls but not DEL, C1 controls or bidirectional overrides.
   */
  public static String escapeJson(String json) {
    return escape(json, true);
  }

  private static String escape(String text, boolean json) {
    if (text == null) {
      return null;
    }
    int first = 0;
    while (first < text.length() && !unsafe(text, first, json)) {
      first++;
    }
    if (first == text.length()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!unsafe(text, i, json)) {
        out.append(c);
      } else if (json) {
        unicode(out, c);
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\t') {
        out.append("\\t");
      } else {
        unicode(out, c);
      }
    }
    return out.toString();
  }

  private static void unicode(StringBuilder out, char c) {
    out.append("\\u").append(Character.forDigit(c >> 12, 16))
        .append(Character.forDigit((c >> 8) & 0xf, 16))
        .append(Character.forDigit((c >> 4) & 0xf, 16))
        .append(Character.forDigit(c & 0xf, 16));
  }

  private static boolean unsafe(String text, int i, boolean json) {
    char c = text.charAt(i);
    if (json && c == '\n') {
      return false;
    }
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
      return true;
    }
    if (c < 0x061c) {
      return false;
    }
    if (c == 0x061c || c == 0x200e || c == 0x200f || (c >= 0x2028 && c <= 0x202e)
        || (c >= 0x2066 && c <= 0x2069)) {
      return true;
    }
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
    }
    return false;
  }
}

package io.github.batchtask.cli;

/**
 * Text from the network made safe for a terminal: control characters (C0, DEL, C1), line and
 * paragraph separators and unpaired surrogates become visible escapes.
 */
final class Printable {
  private Printable() {
  }

  /** {@code text} with every unsafe character written as {@code \n}, {@code \t} or {@code \\uXXXX}. */
  static String escape(String text) {
    if (text == null) {
      return "null";
    }
    int i = firstUnsafe(text);
    if (i < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, i);
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!unsafe(text, i)) {
        out.append(c);
        if (Character.isHighSurrogate(c)) {
          out.append(text.charAt(++i));
        }
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\t') {
        out.append("\\t");
      } else if (c == '\r') {
        out.append("\\r");
      } else {
        out.append(String.format("\\u%04x", (int) c));
      }
    }
    return out.toString();
  }

  /** {@code text} as a JSON string literal, quoted, with every unsafe character escaped. */
  static String jsonString(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (!unsafe(text, i)) {
        out.append(c);
        if (Character.isHighSurrogate(c)) {
          out.append(text.charAt(++i));
        }
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\t') {
        out.append("\\t");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c == '\b') {
        out.append("\\b");
      } else if (c == '\f') {
        out.append("\\f");
      } else {
        out.append(String.format("\\u%04x", (int) c));
      }
    }
    return out.append('"').toString();
  }

  private static int firstUnsafe(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (unsafe(text, i)) {
        return i;
      }
      if (Character.isHighSurrogate(text.charAt(i))) {
        i++;
      }
    }
    return -1;
  }

  /** Whether the char at {@code i} is unsafe; a high surrogate is safe only with its pair. */
  private static boolean unsafe(String text, int i) {
    char c = text.charAt(i);
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029') {
      return true;
    }
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
    }
    return Character.isLowSurrogate(c);
  }
}

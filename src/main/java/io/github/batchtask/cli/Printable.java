package io.github.batchtask.cli;

/**
 * Text from the network made safe for a terminal in the forms the output formats need; which
 * characters are unsafe (C0, DEL, C1, separators, bidirectional controls, lone surrogates) is
 * decided once, by {@link io.github.batchtask.internal.Printable}.
 */
final class Printable {
  private Printable() {
  }

  /** {@code text} with every unsafe character escaped ({@code \n}, {@code \u001b}); null as "null". */
  static String escape(String text) {
    return text == null ? "null" : io.github.batchtask.internal.Printable.escape(text);
  }

  /** {@code text} as a JSON string literal, quoted, every unsafe character a JSON escape. */
  static String jsonString(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        case '\t': out.append("\\t"); break;
        case '\b': out.append("\\b"); break;
        case '\f': out.append("\\f"); break;
        default:
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
      }
    }
    return io.github.batchtask.internal.Printable.escapeJson(out.append('"').toString());
  }

  /** YAML text whose unsafe characters, all inside double-quoted scalars, become escapes. */
  static String yaml(String yaml) {
    return io.github.batchtask.internal.Printable.escapeJson(yaml);
  }
}

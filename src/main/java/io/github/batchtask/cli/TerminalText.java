package io.github.batchtask.cli;

import com.google.gson.JsonPrimitive;
import io.github.batchtask.internal.Printable;

/**
 * What the command line prints for people: every string that may come from the network goes
 * through here, so that no control character (CR, LF, ESC, C1, bidirectional overrides) reaches
 * the terminal raw; they are shown escaped ({@code \r}, {@code \u001b}), and in JSON output as
 * JSON escapes, which keeps it the same JSON.
 */
final class TerminalText {
  private TerminalText() {
  }

  /** {@code value} as one line of printable text; null is {@code "null"}. */
  static String of(Object value) {
    return Printable.escape(String.valueOf(value));
  }

  /**
   * JSON or YAML text as is, but with DEL, C1 controls and bidirectional overrides (all inside
   * its double-quoted strings) as JSON escapes.
   */
  static String json(String json) {
    return Printable.escapeJson(json);
  }

  /** {@code text} as a JSON string literal, quoted, every unsafe character a JSON escape. */
  static String jsonString(String text) {
    return Printable.escapeJson(new JsonPrimitive(text).toString());
  }

  /** A stack trace for {@code --debug}, its messages escaped, one frame per line. */
  static String stackTrace(Throwable throwable) {
    StringBuilder out = new StringBuilder();
    String prefix = "";
    for (Throwable t = throwable; t != null; t = t.getCause() == t ? null : t.getCause()) {
      out.append(prefix).append(t.getClass().getName());
      if (t.getMessage() != null) {
        out.append(": ").append(of(t.getMessage()));
      }
      out.append(System.lineSeparator());
      for (StackTraceElement frame : t.getStackTrace()) {
        out.append("\tat ").append(of(frame)).append(System.lineSeparator());
      }
      prefix = "Caused by: ";
    }
    return out.toString();
  }
}

package io.github.batchtask.json;

/**
 * Checks the text of one JSON value kept whole (an unknown property), which Moshi's
 * {@code nextSource()} delimits without checking what is inside. Accepts what Moshi's strict
 * reader accepts when it reads a value token by token: RFC 8259, plus raw control characters
 * inside strings, the escapes Moshi knows ({@code \'} and an escaped line break) and
 * {@code true}, {@code false} and {@code null} in any case. Not public API.
 */
final class RawJson {
  /** What {@link #depth} returns for malformed text. */
  static final int MALFORMED = -1;

  private final String text;
  private final int limit;
  private int pos;
  private int deepest;

  private RawJson(String text, int limit) {
    this.text = text;
    this.limit = limit;
  }

  /**
   * The deepest nesting of arrays and objects in {@code text}, which must be one JSON value with
   * optional whitespace around it; {@link #MALFORMED} if it is not. Stops at {@code limit + 1}
   * levels and returns that.
   */
  static int depth(String text, int limit) {
    RawJson check = new RawJson(text, limit);
    boolean valid = check.value(0);
    if (check.deepest > limit) {
      return check.deepest;
    }
    if (!valid) {
      return MALFORMED;
    }
    check.whitespace();
    return check.pos == text.length() ? check.deepest : MALFORMED;
  }

  private boolean value(int depth) {
    whitespace();
    if (pos >= text.length()) {
      return false;
    }
    switch (text.charAt(pos)) {
      case '{':
        return object(depth + 1);
      case '[':
        return array(depth + 1);
      case '"':
        return string();
      case 't':
      case 'T':
        return literal("true");
      case 'f':
      case 'F':
        return literal("false");
      case 'n':
      case 'N':
        return literal("null");
      default:
        return number();
    }
  }

  private boolean enter(int depth) {
    deepest = Math.max(deepest, depth);
    pos++;
    return depth <= limit;
  }

  private boolean object(int depth) {
    if (!enter(depth)) {
      return false;
    }
    whitespace();
    if (next('}')) {
      return true;
    }
    do {
      whitespace();
      if (pos >= text.length() || text.charAt(pos) != '"' || !string()) {
        return false;
      }
      whitespace();
      if (!next(':') || !value(depth)) {
        return false;
      }
      whitespace();
    } while (next(','));
    return next('}');
  }

  private boolean array(int depth) {
    if (!enter(depth)) {
      return false;
    }
    whitespace();
    if (next(']')) {
      return true;
    }
    do {
      if (!value(depth)) {
        return false;
      }
      whitespace();
    } while (next(','));
    return next(']');
  }

  private boolean string() {
    pos++; // the opening quote
    while (pos < text.length()) {
      char c = text.charAt(pos++);
      if (c == '"') {
        return true;
      }
      if (c == '\\') {
        if (pos >= text.length()) {
          return false;
        }
        char escaped = text.charAt(pos++);
        if (escaped == 'u') {
          for (int end = pos + 4; pos < end; pos++) {
            if (pos >= text.length() || !isHexDigit(text.charAt(pos))) {
              return false;
            }
          }
        } else if ("tbnrf\n'\"\\/".indexOf(escaped) < 0) {
          return false;
        }
      }
    }
    return false;
  }

  private static boolean isHexDigit(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  /** {@code word} in any mix of ASCII case, as Moshi reads true, false and null. */
  private boolean literal(String word) {
    if (pos + word.length() > text.length()) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      char c = text.charAt(pos + i);
      char lower = word.charAt(i);
      if (c != lower && c != Character.toUpperCase(lower)) {
        return false;
      }
    }
    pos += word.length();
    return endOfLiteral();
  }

  /** {@code -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?} */
  private boolean number() {
    next('-');
    if (next('0')) {
      // no more integer digits after a leading zero
    } else if (digits() == 0) {
      return false;
    }
    if (next('.') && digits() == 0) {
      return false;
    }
    if (next('e') || next('E')) {
      if (!next('+')) {
        next('-');
      }
      if (digits() == 0) {
        return false;
      }
    }
    return endOfLiteral();
  }

  /** Whether what follows ends a number or literal, as Moshi requires: nothing glued on. */
  private boolean endOfLiteral() {
    if (pos >= text.length()) {
      return true;
    }
    char c = text.charAt(pos);
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',' || c == '}' || c == ']'
        || c == ':';
  }

  private int digits() {
    int start = pos;
    while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
      pos++;
    }
    return pos - start;
  }

  private boolean next(char expected) {
    if (pos < text.length() && text.charAt(pos) == expected) {
      pos++;
      return true;
    }
    return false;
  }

  private void whitespace() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return;
      }
      pos++;
    }
  }
}

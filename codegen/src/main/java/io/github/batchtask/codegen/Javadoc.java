package io.github.batchtask.codegen;

import java.util.ArrayList;
import java.util.List;

/** Makes free text safe to place inside a Javadoc comment. */
final class Javadoc {
  private Javadoc() {
  }

  /**
   * Escapes what would end the comment ({@code *}{@code /}), start HTML or an entity ({@code <},
   * {@code >}, {@code &}), start a tag ({@code @}) or a unicode escape ({@code \}), and folds
   * whitespace runs, line breaks included, into single spaces.
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        space = out.length() > 0;
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      switch (c) {
        case '&': out.append("&amp;"); break;
        case '<': out.append("&lt;"); break;
        case '>': out.append("&gt;"); break;
        case '@': out.append("&#64;"); break;
        case '\\': out.append("&#92;"); break;
        case '/': out.append(i > 0 && text.charAt(i - 1) == '*' ? "&#47;" : "/"); break;
        default: out.append(c);
      }
    }
    return out.toString();
  }

  /** Splits escaped text into lines of at most {@code width} characters, at spaces. */
  static List<String> wrap(String text, int width) {
    return wrap(text, width, width, "");
  }

  /**
   * Splits escaped text into a first line of at most {@code width} characters and continuation
   * lines indented by four spaces, at most {@code continuationWidth} characters before the
   * indent (a {@code @param} or {@code @return} clause).
   */
  static List<String> hangingWrap(String text, int width, int continuationWidth) {
    return wrap(text, width, continuationWidth, "    ");
  }

  /** Splits at spaces; lines after the first have {@code indent} before them. */
  private static List<String> wrap(String text, int width, int continuationWidth,
      String indent) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      int limit = lines.isEmpty() ? width : continuationWidth;
      if (line.length() > 0 && line.length() + 1 + word.length() > limit) {
        lines.add(lines.isEmpty() ? line.toString() : indent + line);
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0) {
      lines.add(lines.isEmpty() ? line.toString() : indent + line);
    }
    return lines;
  }
}

package io.github.batchtask.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import picocli.CommandLine;

/** Reads a duration option: {@code 90s}, {@code 5m}, {@code 2h}, {@code 250ms} or ISO-8601 {@code PT5M}. */
final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
  @Override public Duration convert(String text) {
    Duration duration = parse(text);
    if (duration == null) {
      throw new CommandLine.TypeConversionException(
          "expected a duration such as 90s, 5m, 2h, 250ms or PT5M, not '" + text + "'");
    }
    return duration;
  }

  /** The duration {@code text} names, or null when it names none; never negative. */
  static Duration parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    Duration duration;
    try {
      if (t.startsWith("p") || t.startsWith("-p")) {
        duration = Duration.parse(t.toUpperCase(Locale.ROOT));
      } else if (t.endsWith("ms")) {
        duration = Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
      } else if (t.endsWith("s")) {
        duration = Duration.ofSeconds(Long.parseLong(t.substring(0, t.length() - 1)));
      } else if (t.endsWith("m")) {
        duration = Duration.ofMinutes(Long.parseLong(t.substring(0, t.length() - 1)));
      } else if (t.endsWith("h")) {
        duration = Duration.ofHours(Long.parseLong(t.substring(0, t.length() - 1)));
      } else {
        return null;
      }
    } catch (NumberFormatException | DateTimeParseException | ArithmeticException e) {
      return null;
    }
    return duration.isNegative() ? null : duration;
  }
}

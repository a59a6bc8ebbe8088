package io.github.batchtask.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** RFC 1123 dates as Batch wants them: always a two-digit day, GMT. Not public API. */
public final class HttpDates {
  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US)
          .withZone(ZoneOffset.UTC);

  private HttpDates() {
  }

  public static String format(Instant instant) {
    return FORMAT.format(instant);
  }

  /** Parses an HTTP date (one- or two-digit day), or returns null. */
  public static Instant parse(String text) {
    if (text == null) {
      return null;
    }
    try {
      return DateTimeFormatter.RFC_1123_DATE_TIME.parse(text.trim(), Instant::from);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}

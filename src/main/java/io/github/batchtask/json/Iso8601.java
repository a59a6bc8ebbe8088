package io.github.batchtask.json;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * ISO-8601 date-times and durations as the Batch service writes them, parsed without the
 * allocations of {@code java.time}'s formatters ({@link Instant#parse} costs about 40% of a task
 * parse). Forms outside the fast path fall back to {@code java.time}. Not public API.
 */
public final class Iso8601 {
  private static final long SECONDS_PER_DAY = 86_400L;
  private static final int[] POW10 = {
      1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000
  };

  private Iso8601() {
  }

  /**
   * Parses {@code 2014-09-18T05:06:45.4878775Z}: 0 to 9 fraction digits, {@code Z} or an offset
   * such as {@code +01:00}.
   *
   * @throws IllegalArgumentException if {@code text} is not such a date-time.
   */
  public static Instant parseInstant(CharSequence text) {
    int n = text.length();
    if (n >= 20 && text.charAt(4) == '-' && text.charAt(7) == '-'
        && (text.charAt(10) == 'T' || text.charAt(10) == 't')
        && text.charAt(13) == ':' && text.charAt(16) == ':') {
      int year = digits(text, 0, 4);
      int month = digits(text, 5, 7);
      int day = digits(text, 8, 10);
      int hour = digits(text, 11, 13);
      int minute = digits(text, 14, 16);
      int second = digits(text, 17, 19);
      int i = 19;
      int nanos = 0;
      if (i < n && text.charAt(i) == '.') {
        int start = ++i;
        while (i < n && i - start < 10 && isDigit(text.charAt(i))) {
          i++;
        }
        int count = i - start;
        if (count >= 1 && count <= 9) {
          nanos = digits(text, start, i) * POW10[9 - count];
        } else {
          nanos = -1;
        }
      }
      int offsetSeconds = i < n ? offset(text, i) : Integer.MIN_VALUE;
      if (year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= lengthOfMonth(year, month)
          && hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 && second >= 0
          && second <= 59 && nanos >= 0 && offsetSeconds != Integer.MIN_VALUE) {
        long epochSecond = epochDay(year, month, day) * SECONDS_PER_DAY
            + hour * 3600L + minute * 60L + second - offsetSeconds;
        return Instant.ofEpochSecond(epochSecond, nanos);
      }
    }
    try {
      return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("not an ISO-8601 date-time: " + text, e);
    }
  }

  /**
   * Formats in UTC with the fraction's trailing zeros removed, as the service does:
   * {@code 2014-09-18T05:01:37.328969Z}.
   */
  public static String formatInstant(Instant instant) {
    byte[] out = new byte[INSTANT_MAX_BYTES];
    int end = formatInstant(instant, out, 0);
    return end < 0 ? instant.toString() : new String(out, 0, end, StandardCharsets.US_ASCII);
  }

  /** The most bytes {@link #formatInstant(Instant, byte[], int)} writes. */
  static final int INSTANT_MAX_BYTES = 30;

  /**
   * Writes {@link #formatInstant(Instant)} into {@code out} from {@code at} and returns where it
   * ends, or returns -1 for a year outside 0-9999, which that method leaves to {@code java.time}.
   */
  static int formatInstant(Instant instant, byte[] out, int at) {
    long epochSecond = instant.getEpochSecond();
    long epochDay = Math.floorDiv(epochSecond, SECONDS_PER_DAY);
    int secondOfDay = (int) Math.floorMod(epochSecond, SECONDS_PER_DAY);
    // Civil date from epoch day (Howard Hinnant's algorithm).
    long z = epochDay + 719_468;
    long era = Math.floorDiv(z, 146_097);
    long doe = z - era * 146_097;
    long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    int day = (int) (doy - (153 * mp + 2) / 5 + 1);
    int month = (int) (mp < 10 ? mp + 3 : mp - 9);
    long year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    if (year < 0 || year > 9999) {
      return -1;
    }
    int nanos = instant.getNano();
    put(out, at, (int) year, 4);
    out[at + 4] = '-';
    put(out, at + 5, month, 2);
    out[at + 7] = '-';
    put(out, at + 8, day, 2);
    out[at + 10] = 'T';
    put(out, at + 11, secondOfDay / 3600, 2);
    out[at + 13] = ':';
    put(out, at + 14, secondOfDay / 60 % 60, 2);
    out[at + 16] = ':';
    put(out, at + 17, secondOfDay % 60, 2);
    int end = at + 19;
    if (nanos != 0) {
      out[end++] = '.';
      int digits = fractionDigits(nanos);
      put(out, end, nanos / POW10[9 - digits], digits);
      end += digits;
    }
    out[end++] = 'Z';
    return end;
  }

  /**
   * Parses a duration such as {@code PT1H}, {@code P1DT2H} or
   * {@code P10675199DT2H48M5.4775807S}, optionally negative.
   *
   * @throws IllegalArgumentException if {@code text} is not such a duration.
   */
  public static Duration parseDuration(String text) {
    Duration fast = parseDurationFast(text);
    if (fast != null) {
      return fast;
    }
    try {
      return Duration.parse(text);
    } catch (DateTimeException | ArithmeticException e) {
      throw new IllegalArgumentException("not an ISO-8601 duration: " + text, e);
    }
  }

  /** The fast path: {@code [-]P[nD][T[nH][nM][n[.f]S]]} with no overflow; null otherwise. */
  private static Duration parseDurationFast(String text) {
    int n = text.length();
    int i = 0;
    boolean negative = false;
    if (i < n && text.charAt(i) == '-') {
      negative = true;
      i++;
    }
    if (i >= n || text.charAt(i) != 'P') {
      return null;
    }
    i++;
    long seconds = 0;
    int nanos = 0;
    boolean any = false;
    boolean time = false;
    int unitRank = 0; // D=1, H=2, M=3, S=4: units must come in order
    while (i < n) {
      char c = text.charAt(i);
      if (c == 'T') {
        if (time) {
          return null;
        }
        time = true;
        i++;
        if (i >= n) {
          return null;
        }
        continue;
      }
      int start = i;
      long value = 0;
      while (i < n && isDigit(text.charAt(i))) {
        if (i - start >= 15) {
          return null;
        }
        value = value * 10 + (text.charAt(i) - '0');
        i++;
      }
      if (i == start || i >= n) {
        return null;
      }
      int fraction = 0;
      if (text.charAt(i) == '.') {
        int fractionStart = ++i;
        while (i < n && isDigit(text.charAt(i)) && i - fractionStart < 9) {
          i++;
        }
        int count = i - fractionStart;
        if (count == 0 || i >= n || text.charAt(i) != 'S') {
          return null;
        }
        fraction = digits(text, fractionStart, i) * POW10[9 - count];
      }
      char unit = text.charAt(i++);
      int rank;
      long unitSeconds;
      if (unit == 'D' && !time) {
        rank = 1;
        unitSeconds = SECONDS_PER_DAY;
      } else if (unit == 'H' && time) {
        rank = 2;
        unitSeconds = 3600;
      } else if (unit == 'M' && time) {
        rank = 3;
        unitSeconds = 60;
      } else if (unit == 'S' && time) {
        rank = 4;
        unitSeconds = 1;
      } else {
        return null;
      }
      if (rank <= unitRank) {
        return null;
      }
      unitRank = rank;
      seconds += value * unitSeconds;
      nanos = fraction;
      any = true;
    }
    if (!any || (time && unitRank < 2)) {
      return null;
    }
    Duration duration = Duration.ofSeconds(seconds, nanos);
    return negative ? duration.negated() : duration;
  }

  /**
   * Formats as the service does, with days and without trailing zeros: {@code PT1H},
   * {@code P1DT2H}, {@code P10675199DT2H48M5.4775807S}, {@code PT0S}.
   */
  public static String formatDuration(Duration duration) {
    if (duration.isZero()) {
      return "PT0S";
    }
    if (duration.getSeconds() == Long.MIN_VALUE) {
      return duration.toString();
    }
    StringBuilder out = new StringBuilder(32);
    Duration magnitude = duration;
    if (duration.isNegative()) {
      out.append('-');
      magnitude = duration.negated();
    }
    long total = magnitude.getSeconds();
    int nanos = magnitude.getNano();
    long days = total / SECONDS_PER_DAY;
    long hours = total / 3600 % 24;
    long minutes = total / 60 % 60;
    long seconds = total % 60;
    out.append('P');
    if (days != 0) {
      out.append(days).append('D');
    }
    if (hours != 0 || minutes != 0 || seconds != 0 || nanos != 0) {
      out.append('T');
      if (hours != 0) {
        out.append(hours).append('H');
      }
      if (minutes != 0) {
        out.append(minutes).append('M');
      }
      if (seconds != 0 || nanos != 0) {
        out.append(seconds);
        if (nanos != 0) {
          // 1,000,000,000 + nanos spells the nine fraction digits, leading zeros included.
          out.append('.').append(Integer.toString(1_000_000_000 + nanos), 1,
              1 + fractionDigits(nanos));
        }
        out.append('S');
      }
    }
    return out.toString();
  }

  /** Seconds east of UTC for {@code Z} or {@code ±hh:mm} filling the rest of text, or MIN_VALUE. */
  private static int offset(CharSequence text, int i) {
    int n = text.length();
    char c = text.charAt(i);
    if ((c == 'Z' || c == 'z') && i + 1 == n) {
      return 0;
    }
    if ((c == '+' || c == '-') && i + 6 == n && text.charAt(i + 3) == ':') {
      int hours = digits(text, i + 1, i + 3);
      int minutes = digits(text, i + 4, i + 6);
      if (hours < 0 || hours > 18 || minutes < 0 || minutes > 59) {
        return Integer.MIN_VALUE;
      }
      int seconds = hours * 3600 + minutes * 60;
      return c == '-' ? -seconds : seconds;
    }
    return Integer.MIN_VALUE;
  }

  /** The decimal value of text[start, end), or -1 if any of it is not a digit. */
  private static int digits(CharSequence text, int start, int end) {
    int value = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (!isDigit(c)) {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int lengthOfMonth(int year, int month) {
    switch (month) {
      case 2:
        return (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
      case 4:
      case 6:
      case 9:
      case 11:
        return 30;
      default:
        return 31;
    }
  }

  /** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm). */
  private static long epochDay(int year, int month, int day) {
    long y = month <= 2 ? year - 1 : year;
    long era = Math.floorDiv(y, 400);
    long yoe = y - era * 400;
    long doy = (153L * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146_097 + doe - 719_468;
  }

  /** How many of the nine fraction digits of {@code nanos} (not 0) precede its trailing zeros. */
  private static int fractionDigits(int nanos) {
    int digits = 9;
    for (int rest = nanos; rest % 10 == 0; rest /= 10) {
      digits--;
    }
    return digits;
  }

  private static void put(byte[] out, int at, int value, int width) {
    for (int i = at + width - 1; i >= at; i--) {
      out[i] = (byte) ('0' + value % 10);
      value /= 10;
    }
  }
}

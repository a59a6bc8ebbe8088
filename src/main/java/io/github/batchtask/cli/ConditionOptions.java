package io.github.batchtask.cli;

import io.github.batchtask.GetTaskOptions;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * az's condition flags for {@code task show}. Not modified (304) and condition not met (412)
 * have exit statuses of their own.
 */
final class ConditionOptions {
  @Option(names = "--if-match", order = 20, paramLabel = "ETAG",
      description = "Only if the ETag is this one, else exit 5.")
  String ifMatch;

  @Option(names = "--if-none-match", order = 21, paramLabel = "ETAG",
      description = "Only if the ETag differs, else exit 4.")
  String ifNoneMatch;

  @Option(names = "--if-modified-since", order = 22, paramLabel = "DATE",
      converter = DateConverter.class,
      description = "Only if modified after DATE, else exit 4.")
  Instant ifModifiedSince;

  @Option(names = "--if-unmodified-since", order = 23, paramLabel = "DATE",
      converter = DateConverter.class,
      description = "Only if not modified after DATE, else exit 5.")
  Instant ifUnmodifiedSince;

  /** Adds the conditions given to {@code options}; a mix the service refuses is a usage error. */
  void apply(GetTaskOptions.Builder options, CommandLine commandLine) {
    if ((ifNoneMatch != null || ifModifiedSince != null)
        && (ifMatch != null || ifUnmodifiedSince != null)) {
      throw new CommandLine.ParameterException(commandLine, "the service takes --if-none-match "
          + "with --if-modified-since, or --if-match with --if-unmodified-since, not a mix");
    }
    if (ifMatch != null) {
      options.ifMatch(ifMatch);
    }
    if (ifNoneMatch != null) {
      options.ifNoneMatch(ifNoneMatch);
    }
    if (ifModifiedSince != null) {
      options.ifModifiedSince(ifModifiedSince);
    }
    if (ifUnmodifiedSince != null) {
      options.ifUnmodifiedSince(ifUnmodifiedSince);
    }
  }

  /**
   * Reads a date as az takes it: ISO-8601 ({@code 2024-05-01T10:00:00Z}, an offset, or a day,
   * taken as midnight UTC) or RFC 1123 ({@code Wed, 01 May 2024 10:00:00 GMT}).
   */
  static final class DateConverter implements CommandLine.ITypeConverter<Instant> {
    @Override public Instant convert(String text) {
      String t = text.trim();
      try {
        return OffsetDateTime.parse(t).toInstant();
      } catch (DateTimeParseException ignored) {
        // Try the next form.
      }
      try {
        return LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant();
      } catch (DateTimeParseException ignored) {
        // Try the next form.
      }
      try {
        return DateTimeFormatter.RFC_1123_DATE_TIME.parse(t, Instant::from);
      } catch (DateTimeParseException e) {
        throw new CommandLine.TypeConversionException("expected a date such as "
            + "2024-05-01T10:00:00Z or 'Wed, 01 May 2024 10:00:00 GMT', not '"
            + TerminalText.of(text) + "'");
      }
    }
  }
}

package io.github.batchtask.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class DurationConverterTest {
  @Test void readsShortFormsAndIso8601() {
    assertEquals(Duration.ofSeconds(90), DurationConverter.parse("90s"));
    assertEquals(Duration.ofMinutes(5), DurationConverter.parse("5m"));
    assertEquals(Duration.ofMinutes(5), DurationConverter.parse("PT5M"));
    assertEquals(Duration.ofMinutes(5), DurationConverter.parse("pt5m"));
    assertEquals(Duration.ofHours(2), DurationConverter.parse("2h"));
    assertEquals(Duration.ofMillis(250), DurationConverter.parse("250ms"));
  }

  @Test void refusesWhatIsNotADuration() {
    assertNull(DurationConverter.parse("5"));
    assertNull(DurationConverter.parse("-5s"));
    assertNull(DurationConverter.parse("PT-5M"));
    assertNull(DurationConverter.parse("fives"));
    assertNull(DurationConverter.parse(""));
    assertThrows(CommandLine.TypeConversionException.class,
        () -> new DurationConverter().convert("soon"));
  }
}

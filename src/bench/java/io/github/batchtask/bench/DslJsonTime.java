package io.github.batchtask.bench;

import com.dslplatform.json.JavaTimeConverter;
import com.dslplatform.json.JsonConverter;
import com.dslplatform.json.JsonReader;
import com.dslplatform.json.JsonWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * java.time for dsl-json's compiled bindings, which have no {@link Instant} or {@link Duration}:
 * instants through dsl-json's own fast {@link OffsetDateTime} parser and formatter.
 */
public final class DslJsonTime {
  private DslJsonTime() {
  }

  @JsonConverter(target = Instant.class)
  public static final class InstantConverter {
    public static final JsonReader.ReadObject<Instant> JSON_READER = reader -> {
      if (reader.wasNull()) {
        return null;
      }
      OffsetDateTime time = JavaTimeConverter.DATE_TIME_READER.read(reader);
      return time == null ? null : time.toInstant();
    };
    public static final JsonWriter.WriteObject<Instant> JSON_WRITER = (writer, value) -> {
      if (value == null) {
        writer.writeNull();
      } else {
        JavaTimeConverter.DATE_TIME_WRITER.write(writer, value.atOffset(ZoneOffset.UTC));
      }
    };
  }

  @JsonConverter(target = Duration.class)
  public static final class DurationConverter {
    public static final JsonReader.ReadObject<Duration> JSON_READER =
        reader -> reader.wasNull() ? null : Duration.parse(reader.readString());
    public static final JsonWriter.WriteObject<Duration> JSON_WRITER = (writer, value) -> {
      if (value == null) {
        writer.writeNull();
      } else {
        writer.writeString(value.toString());
      }
    };
  }
}

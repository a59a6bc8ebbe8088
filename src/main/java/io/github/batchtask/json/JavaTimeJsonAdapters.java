package io.github.batchtask.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

/** Adapters for {@link Instant} (RFC 3339) and {@link Duration} (ISO 8601), as the models use. */
public final class JavaTimeJsonAdapters {
  public static final JsonAdapter<Instant> INSTANT = new JsonAdapter<Instant>() {
    @Override public Instant fromJson(JsonReader reader) throws IOException {
      return Json.readInstant(reader);
    }

    @Override public void toJson(JsonWriter writer, Instant value) throws IOException {
      if (value == null) {
        writer.nullValue();
      } else {
        Json.writeInstant(writer, value);
      }
    }

    @Override public String toString() {
      return "JsonAdapter(Instant)";
    }
  };

  public static final JsonAdapter<Duration> DURATION = new JsonAdapter<Duration>() {
    @Override public Duration fromJson(JsonReader reader) throws IOException {
      return Json.readDuration(reader);
    }

    @Override public void toJson(JsonWriter writer, Duration value) throws IOException {
      if (value == null) {
        writer.nullValue();
      } else {
        Json.writeDuration(writer, value);
      }
    }

    @Override public String toString() {
      return "JsonAdapter(Duration)";
    }
  };

  private JavaTimeJsonAdapters() {
  }
}

package io.github.batchtask.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.util.Objects;

/**
 * The one adapter of every generated enum: reads a wire value ignoring case, a value it does not
 * know becoming the enum's unrecognized constant, which cannot be written back. Models keep the
 * wire string and do not use it.
 */
public final class OpenEnumJsonAdapter<E extends Enum<E> & OpenEnum> extends JsonAdapter<E> {
  private final Class<E> type;
  private final E[] constants;

  public OpenEnumJsonAdapter(Class<E> type) {
    this.type = Objects.requireNonNull(type, "type == null");
    this.constants = type.getEnumConstants();
  }

  @Override public E fromJson(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    return OpenEnum.fromValue(constants, reader.nextString());
  }

  @Override public void toJson(JsonWriter writer, E value) throws IOException {
    if (value == null) {
      writer.nullValue();
    } else if (value.value() == null) {
      throw new JsonDataException(type.getSimpleName() + "." + value.name()
          + " has no wire value at path " + writer.getPath());
    } else {
      writer.value(value.value());
    }
  }

  @Override public String toString() {
    return "OpenEnumJsonAdapter(" + type.getSimpleName() + ")";
  }
}

package io.github.batchtask.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.squareup.moshi.JsonDataException;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one adapter of every generated enum, on an enum shaped like the generated ones. */
class OpenEnumJsonAdapterTest {
  enum Level implements OpenEnum {
    NON_ADMIN("nonAdmin"),
    ADMIN("admin"),
    UNRECOGNIZED(null);

    private final String value;

    Level(String value) {
      this.value = value;
    }

    @Override public String value() {
      return value;
    }
  }

  private final OpenEnumJsonAdapter<Level> adapter = new OpenEnumJsonAdapter<>(Level.class);

  @Test void readsWireValuesIgnoringCase() throws IOException {
    for (String wire : List.of("nonAdmin", "NONADMIN", "nonadmin")) {
      assertEquals(Level.NON_ADMIN, adapter.fromJson("\"" + wire + "\""), wire);
    }
    assertEquals(Level.ADMIN, adapter.fromJson("\"Admin\""));
  }

  @Test void unknownValueIsUnrecognizedAndCannotBeWrittenBack() throws IOException {
    assertEquals(Level.UNRECOGNIZED, adapter.fromJson("\"reticulating\""));
    JsonDataException e = assertThrows(JsonDataException.class,
        () -> adapter.toJson(Level.UNRECOGNIZED));
    assertEquals("Level.UNRECOGNIZED has no wire value at path $", e.getMessage());
  }

  @Test void writesTheWireValueAndNull() throws IOException {
    assertEquals("\"nonAdmin\"", adapter.toJson(Level.NON_ADMIN));
    assertEquals("null", adapter.toJson(null));
    assertNull(adapter.fromJson("null"));
    assertEquals(Arrays.asList(Level.ADMIN, null),
        Arrays.asList(adapter.fromJson("\"admin\""), adapter.fromJson("null")));
  }

  @Test void fromValueRefusesNullAndNeedsAnUnrecognizedConstant() {
    NullPointerException e = assertThrows(NullPointerException.class,
        () -> OpenEnum.fromValue(Level.values(), null));
    assertEquals("value == null", e.getMessage());
    Level[] known = {Level.NON_ADMIN, Level.ADMIN};
    assertThrows(IllegalArgumentException.class, () -> OpenEnum.fromValue(known, "x"));
  }
}

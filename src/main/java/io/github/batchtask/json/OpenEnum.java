package io.github.batchtask.json;

import java.util.Arrays;
import java.util.Objects;

/**
 * A generated enum whose constants stand for wire strings, with one constant (its
 * {@code UNRECOGNIZED}) standing for every value this version does not know.
 */
public interface OpenEnum {
  /** The value on the wire, or null for the constant standing for unknown values. */
  String value();

  /**
   * The constant of {@code constants} whose wire value equals {@code value} ignoring case (the
   * service does not always keep the documented casing), else the one whose value is null.
   */
  static <E extends Enum<E> & OpenEnum> E fromValue(E[] constants, String value) {
    Objects.requireNonNull(value, "value == null");
    E unrecognized = null;
    for (E constant : constants) {
      String wire = constant.value();
      if (wire == null) {
        unrecognized = constant;
      } else if (wire.equalsIgnoreCase(value)) {
        return constant;
      }
    }
    if (unrecognized == null) {
      throw new IllegalArgumentException("no constant for unknown values among "
          + Arrays.toString(constants));
    }
    return unrecognized;
  }
}

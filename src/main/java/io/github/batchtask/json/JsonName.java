package io.github.batchtask.json;

import static java.util.Objects.requireNonNull;

/**
 * A property name encoded once as {@code "name":}, the bytes {@link JsonByteWriter} writes before
 * the value and {@link JsonByteReader} compares in place, eight at a time. The generated code
 * keeps one per property in a {@code static final} field. Not public API.
 */
public sealed interface JsonName permits EncodedName {
  /** The name of a model's property. */
  static JsonName of(String name) {
    return EncodedName.of(requireNonNull(name, "name == null"));
  }
}

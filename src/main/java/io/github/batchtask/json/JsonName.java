package io.github.batchtask.json;

import static java.util.Objects.requireNonNull;

/**
 * A property name encoded once as {@code "name":}, the bytes {@link JsonByteWriter} writes before
 * the value and {@link JsonByteReader} compares in place, eight at a time. The generated code
 * keeps one per property in a {@code static final} field. There is one instance per name: the
 * reader hands a known name back as that instance ({@link JsonByteReader#nextKnownName}), which
 * the generated code compares by identity. Not public API.
 */
public sealed interface JsonName permits EncodedName {
  /** The name of a model's property: the same instance for the same name. */
  static JsonName of(String name) {
    return EncodedName.of(requireNonNull(name, "name == null"));
  }
}

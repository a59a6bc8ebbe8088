package io.github.batchtask.rest;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The value of an array query parameter in the OData form: the items joined by commas, as in
 * {@code $select=id,state}. Retrofit writes a {@code List} as the name repeated once per item,
 * which the service does not read; it writes this through {@link #toString()}.
 */
public final class CommaSeparated {
  private final List<String> items;

  private CommaSeparated(List<String> items) {
    this.items = items;
  }

  /** The items, in order; none may be null or contain a comma. */
  public static CommaSeparated of(String... items) {
    requireNonNull(items, "items == null");
    return of(Arrays.asList(items));
  }

  /** The items, in order, as {@code String.valueOf} writes them; none null, none with a comma. */
  public static CommaSeparated of(Iterable<?> items) {
    requireNonNull(items, "items == null");
    List<String> copy = new ArrayList<>();
    for (Object item : items) {
      requireNonNull(item, "item == null");
      String text = String.valueOf(item);
      if (text.indexOf(',') >= 0) {
        throw new IllegalArgumentException("an item contains a comma: " + text);
      }
      copy.add(text);
    }
    return new CommaSeparated(Collections.unmodifiableList(copy));
  }

  /** The items, in order. */
  public List<String> items() {
    return items;
  }

  /** The query value: the items joined by commas. */
  @Override public String toString() {
    return String.join(",", items);
  }

  @Override public boolean equals(Object other) {
    return other instanceof CommaSeparated && ((CommaSeparated) other).items.equals(items);
  }

  @Override public int hashCode() {
    return items.hashCode();
  }
}

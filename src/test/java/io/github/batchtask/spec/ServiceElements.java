package io.github.batchtask.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * spec/service-elements-2025-06-01.tsv: every property of the task in api-version 2025-06-01,
 * and how to find and check it in the spec.
 */
final class ServiceElements {
  /** One line of the list. */
  static final class Row {
    final String definition;
    final String property;
    final String path;
    final String type;
    final String format;
    final String enumValues;
    final String since;

    private Row(String[] cells) {
      definition = cells[0];
      property = cells[1];
      path = cells[2];
      type = cells[3];
      format = cells[4];
      enumValues = cells[5];
      since = cells[6];
    }
  }

  private final List<Row> rows;

  private ServiceElements(List<Row> rows) {
    this.rows = List.copyOf(rows);
  }

  static ServiceElements read(Path tsv) throws IOException {
    List<Row> rows = new ArrayList<>();
    for (String line : Files.readAllLines(tsv)) {
      if (line.startsWith("#") || line.startsWith("definition\t") || line.isBlank()) {
        continue;
      }
      rows.add(parse(line));
    }
    return new ServiceElements(rows);
  }

  static Row parse(String line) {
    String[] cells = line.split("\t", -1);
    if (cells.length != 7) {
      throw new IllegalArgumentException("expected 7 cells: " + line);
    }
    return new Row(cells);
  }

  List<Row> rows() {
    return rows;
  }

  /** The row whose wire path leads to {@code schema.property} in the spec, or null. */
  Row find(JsonNode schemas, String schema, String property) {
    for (Row row : rows) {
      if ((schema + "." + property).equals(specProperty(schemas, row))) {
        return row;
      }
    }
    return null;
  }

  /** {@code Schema.property} of the spec at the row's wire path, or null if there is none. */
  static String specProperty(JsonNode schemas, Row row) {
    String[] steps = row.path.split("\\.");
    String schema = "BatchTask";
    for (int i = 0; i < steps.length; i++) {
      String name = steps[i].endsWith("[]") ? steps[i].substring(0, steps[i].length() - 2)
          : steps[i];
      JsonNode property = schemas.path(schema).path("properties").path(name);
      if (property.isMissingNode()) {
        return null;
      }
      if (i == steps.length - 1) {
        return schema + "." + name;
      }
      JsonNode target = steps[i].endsWith("[]") ? property.path("items") : property;
      String ref = ref(target);
      if (ref == null) {
        return null;
      }
      schema = ref;
    }
    return null;
  }

  /** What is wrong with the spec at the row's path; empty when it is what the row says. */
  static List<String> check(JsonNode schemas, Row row) {
    List<String> problems = new ArrayList<>();
    String found = specProperty(schemas, row);
    if (found == null) {
      problems.add(row.path + ": not in the spec");
      return problems;
    }
    String schema = found.substring(0, found.indexOf('.'));
    JsonNode property = schemas.get(schema).get("properties").get(row.property);
    if (property == null) {
      problems.add(row.path + ": the spec names it " + found);
      return problems;
    }
    String definition = schemas.get(schema).path("x-service-definition").asText();
    if (!definition.equals(row.definition)) {
      problems.add(row.path + ": " + schema + " is " + definition + ", not " + row.definition);
    }
    String type = jsonType(schemas, property);
    if (!type.equals(row.type)) {
      problems.add(row.path + ": type " + type + ", not " + row.type);
    }
    // x-service-format: the version's declared format where the spec reads a wider one.
    String format =
        property.path("x-service-format").asText(property.path("format").asText("-"));
    if (!format.equals(row.format)) {
      problems.add(row.path + ": format " + format + ", not " + row.format);
    }
    Set<String> values = enumValues(schemas, property);
    Set<String> expected = row.enumValues.equals("-") ? Set.of() : lowerCase(row.enumValues);
    if (!values.equals(expected)) {
      problems.add(row.path + ": enum " + values + ", not " + expected);
    }
    String since = property.path("x-since").asText("-");
    if (!since.equals(row.since)) {
      problems.add(row.path + ": x-since " + since + ", not " + row.since);
    }
    return problems;
  }

  /** The JSON type on the wire: string for enums, object for models, array<items>. */
  static String jsonType(JsonNode schemas, JsonNode property) {
    if (property.path("type").asText().equals("array")) {
      return "array<" + jsonType(schemas, property.get("items")) + ">";
    }
    String ref = ref(property);
    if (ref != null) {
      JsonNode target = schemas.get(ref);
      return target.has("enum") ? target.path("type").asText() : "object";
    }
    return property.path("type").asText();
  }

  /** The enum values (lower case: the service's casing varies) of a property or its items. */
  static Set<String> enumValues(JsonNode schemas, JsonNode property) {
    JsonNode target = property.path("type").asText().equals("array") ? property.get("items")
        : property;
    String ref = ref(target);
    JsonNode values = ref == null ? target.path("enum") : schemas.get(ref).path("enum");
    Set<String> result = new TreeSet<>();
    values.forEach(value -> result.add(value.asText().toLowerCase(Locale.ROOT)));
    return result;
  }

  private static Set<String> lowerCase(String commaSeparated) {
    Set<String> result = new TreeSet<>();
    for (String value : commaSeparated.split(",")) {
      result.add(value.toLowerCase(Locale.ROOT));
    }
    return result;
  }

  private static String ref(JsonNode property) {
    JsonNode target = property.has("allOf") ? property.get("allOf").get(0) : property;
    return target.has("$ref") ? SpecTest.refName(target.get("$ref").asText()) : null;
  }
}

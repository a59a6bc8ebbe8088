package io.github.batchtask.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.io.StringReader;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Represent;
import org.yaml.snakeyaml.representer.Representer;
import picocli.CommandLine;

/**
 * The output formats of {@code az}: {@code -o json|jsonc|table|tsv|yaml|yamlc|none}, in any case.
 * Each renders a JSON value (the task, or what {@code --query} made of it).
 */
enum OutputFormat {
  JSON, JSONC, TABLE, TSV, YAML, YAMLC, NONE;

  private static final String RESET = "\u001b[0m";
  private static final String KEY = "\u001b[34m";
  private static final String STRING = "\u001b[32m";
  private static final String NUMBER = "\u001b[36m";
  private static final String LITERAL = "\u001b[35m";

  /** The names as {@code -o} takes them. */
  static final String NAMES = "json, jsonc, table, tsv, yaml, yamlc, none";

  /** Reads {@code -o} in any case. */
  static final class Converter implements CommandLine.ITypeConverter<OutputFormat> {
    @Override public OutputFormat convert(String text) {
      try {
        return OutputFormat.valueOf(text.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(
            "expected one of " + NAMES + " (in any case), not '" + TerminalText.of(text) + "'");
      }
    }
  }

  /** Lists the names for completion. */
  static final class Names implements Iterable<String> {
    @Override public java.util.Iterator<String> iterator() {
      return List.of(NAMES.split(", ")).iterator();
    }
  }

  /** Whether jsonc and yamlc colour: only on a terminal, and not when NO_COLOR is set. */
  static boolean colours(boolean terminal, Map<String, String> environment) {
    String noColor = environment.get("NO_COLOR");
    return terminal && (noColor == null || noColor.isEmpty());
  }

  /** {@code value} in this format, ending with a newline; empty for {@code none}. */
  String render(JsonElement value, boolean colour) {
    switch (this) {
      case JSON:
        return json(value, false);
      case JSONC:
        return json(value, colour);
      case TSV:
        return tsv(value);
      case TABLE:
        return table(value);
      case YAML:
        return yaml(value, false);
      case YAMLC:
        return yaml(value, colour);
      default:
        return "";
    }
  }

  // JSON: two-space indentation throughout, strings escaped so that no control character of
  // the service's reaches the terminal.

  static String json(JsonElement value, boolean colour) {
    StringBuilder out = new StringBuilder();
    json(value, out, "", colour);
    return out.append('\n').toString();
  }

  private static void json(JsonElement value, StringBuilder out, String indent, boolean colour) {
    if (value == null || value.isJsonNull()) {
      paint(out, LITERAL, "null", colour);
    } else if (value.isJsonObject()) {
      JsonObject object = value.getAsJsonObject();
      if (object.size() == 0) {
        out.append("{}");
        return;
      }
      out.append("{\n");
      String inner = indent + "  ";
      int i = 0;
      for (Map.Entry<String, JsonElement> entry : object.entrySet()) {
        out.append(inner);
        paint(out, KEY, TerminalText.jsonString(entry.getKey()), colour);
        out.append(": ");
        json(entry.getValue(), out, inner, colour);
        out.append(++i < object.size() ? ",\n" : "\n");
      }
      out.append(indent).append('}');
    } else if (value.isJsonArray()) {
      JsonArray array = value.getAsJsonArray();
      if (array.size() == 0) {
        out.append("[]");
        return;
      }
      out.append("[\n");
      String inner = indent + "  ";
      for (int i = 0; i < array.size(); i++) {
        out.append(inner);
        json(array.get(i), out, inner, colour);
        out.append(i + 1 < array.size() ? ",\n" : "\n");
      }
      out.append(indent).append(']');
    } else {
      JsonPrimitive primitive = value.getAsJsonPrimitive();
      if (primitive.isString()) {
        paint(out, STRING, TerminalText.jsonString(primitive.getAsString()), colour);
      } else if (primitive.isNumber()) {
        paint(out, NUMBER, primitive.getAsNumber().toString(), colour);
      } else {
        paint(out, LITERAL, primitive.toString(), colour);
      }
    }
  }

  private static void paint(StringBuilder out, String colour, String text, boolean enabled) {
    if (enabled) {
      out.append(colour).append(text).append(RESET);
    } else {
      out.append(text);
    }
  }

  // TSV, as az writes it: one line per element of a top-level array, else one line; an object's
  // values (in order) or an array's elements separated by tabs; scalars bare, a nested array as
  // its length, a nested object as nothing.

  static String tsv(JsonElement value) {
    StringBuilder out = new StringBuilder();
    if (value != null && value.isJsonArray()) {
      for (JsonElement row : value.getAsJsonArray()) {
        tsvRow(row, out);
      }
    } else if (value != null && !value.isJsonNull()) {
      tsvRow(value, out);
    }
    return out.toString();
  }

  private static void tsvRow(JsonElement row, StringBuilder out) {
    List<JsonElement> fields = new ArrayList<>();
    if (row.isJsonObject()) {
      for (Map.Entry<String, JsonElement> entry : row.getAsJsonObject().entrySet()) {
        fields.add(entry.getValue());
      }
    } else if (row.isJsonArray()) {
      row.getAsJsonArray().forEach(fields::add);
    } else {
      fields.add(row);
    }
    for (int i = 0; i < fields.size(); i++) {
      out.append(i == 0 ? "" : "\t").append(cell(fields.get(i)));
    }
    out.append('\n');
  }

  /** A scalar as text (strings bare, escaped), a nested array as its length, else nothing. */
  private static String cell(JsonElement value) {
    if (value == null || value.isJsonNull() || value.isJsonObject()) {
      return "";
    }
    if (value.isJsonArray()) {
      return Integer.toString(value.getAsJsonArray().size());
    }
    JsonPrimitive primitive = value.getAsJsonPrimitive();
    if (primitive.isString()) {
      return TerminalText.of(primitive.getAsString());
    }
    return primitive.isNumber() ? primitive.getAsNumber().toString() : primitive.toString();
  }

  // Table, for what --query returned: an object is a row, an array of objects rows; only
  // scalar properties are columns, named with a capital as az does; scalars are a Result column.

  static String table(JsonElement value) {
    List<Map<String, String>> rows = new ArrayList<>();
    if (value == null || value.isJsonNull()) {
      return "";
    }
    List<JsonElement> items = new ArrayList<>();
    if (value.isJsonArray()) {
      value.getAsJsonArray().forEach(items::add);
    } else {
      items.add(value);
    }
    Set<String> columns = new LinkedHashSet<>();
    for (JsonElement item : items) {
      Map<String, String> row = new LinkedHashMap<>();
      if (item.isJsonObject()) {
        for (Map.Entry<String, JsonElement> entry : item.getAsJsonObject().entrySet()) {
          JsonElement field = entry.getValue();
          if (!field.isJsonObject() && !field.isJsonArray()) {
            String column = capitalized(TerminalText.of(entry.getKey()));
            columns.add(column);
            row.put(column, cell(field));
          }
        }
      } else {
        columns.add("Result");
        row.put("Result", item.isJsonArray() ? TerminalText.of(item.toString()) : cell(item));
      }
      rows.add(row);
    }
    if (columns.isEmpty()) {
      return "";
    }
    Map<String, Integer> widths = new LinkedHashMap<>();
    for (String column : columns) {
      int width = column.length();
      for (Map<String, String> row : rows) {
        width = Math.max(width, row.getOrDefault(column, "").length());
      }
      widths.put(column, width);
    }
    StringBuilder out = new StringBuilder();
    line(out, widths, column -> column);
    line(out, widths, column -> "-".repeat(widths.get(column)));
    for (Map<String, String> row : rows) {
      line(out, widths, column -> row.getOrDefault(column, ""));
    }
    return out.toString();
  }

  private static void line(StringBuilder out, Map<String, Integer> widths,
      java.util.function.Function<String, String> text) {
    StringBuilder line = new StringBuilder();
    for (Map.Entry<String, Integer> column : widths.entrySet()) {
      String cell = text.apply(column.getKey());
      line.append(cell).append(" ".repeat(column.getValue() - cell.length() + 2));
    }
    out.append(line.toString().stripTrailing()).append('\n');
  }

  private static String capitalized(String name) {
    return name.isEmpty() ? name
        : name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
  }

  // YAML through SnakeYAML (block style, no line folding), in the document's order.

  static String yaml(JsonElement value, boolean colour) {
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    options.setSplitLines(false);
    options.setAllowUnicode(true);
    options.setIndent(2);
    String text = TerminalText.json(new Yaml(new SafeStrings(options), options).dump(plain(value)));
    return colour ? colourYaml(text) : text;
  }

  /**
   * Writes strings holding a line break or control character double-quoted, where SnakeYAML
   * escapes them ({@code \\n}, {@code \\e}, {@code \\N}, {@code \\L}), instead of as raw block
   * lines.
   */
  private static final class SafeStrings extends Representer {
    SafeStrings(DumperOptions options) {
      super(options);
      Represent strings = representers.get(String.class);
      representers.put(String.class, data -> {
        String text = (String) data;
        return TerminalText.of(text).equals(text) ? strings.representData(data)
            : representScalar(Tag.STR, text, DumperOptions.ScalarStyle.DOUBLE_QUOTED);
      });
    }
  }

  /** The JSON tree as the maps, lists and scalars SnakeYAML writes. */
  private static Object plain(JsonElement value) {
    if (value == null || value.isJsonNull()) {
      return null;
    }
    if (value.isJsonObject()) {
      Map<String, Object> map = new LinkedHashMap<>();
      value.getAsJsonObject().entrySet().forEach(e -> map.put(e.getKey(), plain(e.getValue())));
      return map;
    }
    if (value.isJsonArray()) {
      List<Object> list = new ArrayList<>();
      value.getAsJsonArray().forEach(e -> list.add(plain(e)));
      return list;
    }
    JsonPrimitive primitive = value.getAsJsonPrimitive();
    if (primitive.isBoolean()) {
      return primitive.getAsBoolean();
    }
    if (primitive.isNumber()) {
      String number = primitive.getAsNumber().toString();
      return number.matches("-?\\d+") ? new BigInteger(number) : (Object) Double.valueOf(number);
    }
    return primitive.getAsString();
  }

  /** Colours the scalars of {@code text}, found by parsing it again: keys, strings, others. */
  private static String colourYaml(String text) {
    StringBuilder out = new StringBuilder();
    int copied = 0;
    Deque<Frame> open = new ArrayDeque<>();
    for (Event event : new Yaml(new LoaderOptions()).parse(new StringReader(text))) {
      if (event.is(Event.ID.MappingStart) || event.is(Event.ID.SequenceStart)) {
        nextIsKey(open);
        open.push(new Frame(event.is(Event.ID.MappingStart)));
      } else if (event.is(Event.ID.MappingEnd) || event.is(Event.ID.SequenceEnd)) {
        open.pop();
      } else if (event.is(Event.ID.Scalar)) {
        boolean key = nextIsKey(open);
        ScalarEvent scalar = (ScalarEvent) event;
        int start = text.offsetByCodePoints(0, scalar.getStartMark().getIndex());
        int end = text.offsetByCodePoints(0, scalar.getEndMark().getIndex());
        String colour = key ? KEY : scalar.isPlain() ? plainColour(scalar.getValue()) : STRING;
        out.append(text, copied, start).append(colour).append(text, start, end).append(RESET);
        copied = end;
      }
    }
    return out.append(text, copied, text.length()).toString();
  }

  /** An open mapping or sequence of the YAML being coloured. */
  private static final class Frame {
    final boolean mapping;
    boolean expectKey = true;

    Frame(boolean mapping) {
      this.mapping = mapping;
    }
  }

  /** Whether the next node is a mapping's key; in a mapping, keys and values alternate. */
  private static boolean nextIsKey(Deque<Frame> open) {
    Frame frame = open.peek();
    if (frame == null || !frame.mapping) {
      return false;
    }
    boolean key = frame.expectKey;
    frame.expectKey = !key;
    return key;
  }

  private static String plainColour(String value) {
    if (value.matches("[-+]?(\\.[0-9]+|[0-9][0-9_]*(\\.[0-9_]*)?)([eE][-+]?[0-9]+)?")) {
      return NUMBER;
    }
    return value.matches("true|false|null|~") ? LITERAL : STRING;
  }
}

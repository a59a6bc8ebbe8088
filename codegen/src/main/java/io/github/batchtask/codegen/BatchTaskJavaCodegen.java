package io.github.batchtask.codegen;

import static org.openapitools.codegen.utils.StringUtils.underscore;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.openapitools.codegen.CodegenModel;
import org.openapitools.codegen.CodegenOperation;
import org.openapitools.codegen.CodegenParameter;
import org.openapitools.codegen.CodegenProperty;
import org.openapitools.codegen.languages.JavaClientCodegen;
import org.openapitools.codegen.model.ModelMap;
import org.openapitools.codegen.model.ModelsMap;
import org.openapitools.codegen.model.OperationsMap;

/**
 * The stock {@code java} generator ({@code library=retrofit2}) plus what Mustache cannot compute:
 * Javadoc made safe from spec descriptions, and for each property the Java expression that reads
 * or writes its JSON value. The layout of every generated file stays in {@code templates/}.
 *
 * <p>Vendor extensions it adds, for the templates:
 * <ul>
 *   <li>models, properties, enum values, operations, parameters: {@code x-javadoc} (one line) or
 *       {@code x-javadoc-lines} (wrapped);
 *   <li>properties: {@code x-json-constant} (the name of the constant holding its
 *       encoded wire name, derived from its name and never from its position), {@code x-wrap-json-constant},
 *       {@code x-json-read-lines} and
 *       {@code x-json-write-lines} (the statements, wrapped), {@code x-wrap-setter},
 *       {@code x-fast-write-lines} (the statements writing it to a {@code JsonByteWriter out}),
 *       {@code x-field-type}, {@code x-enum-list} (the stock {@code isEnumRef} and
 *       {@code isArray} serve single enums and lists) with
 *       {@code x-enum-type} and {@code x-raw-name}, {@code x-sas-url} (from the spec);
 *   <li>models: {@code x-adapters}, the distinct nested model types, each with {@code type} and
 *       {@code field} ({@code wrap-field} and {@code wrap-assign} when a line would be too
 *       long); {@code x-has-adapters} when there is any; {@code x-long-name} for long class
 *       names, whose adapter signatures are wrapped.
 * </ul>
 */
public final class BatchTaskJavaCodegen extends JavaClientCodegen {
  private static final int JAVADOC_WIDTH = 92;
  /** Constants every adapter declares, which a property's name constant must not repeat. */
  private static final Set<String> RESERVED_CONSTANTS = Set.of("WIRE_NAMES", "NAMES");

  @Override public String getName() {
    return "batch-task-java";
  }

  /** {@code class} becomes {@code classValue} rather than the stock {@code _class}. */
  @Override public String escapeReservedWord(String name) {
    return name + "Value";
  }

  @Override public ModelsMap postProcessModels(ModelsMap models) {
    ModelsMap result = super.postProcessModels(models);
    for (ModelMap modelMap : result.getModels()) {
      CodegenModel model = modelMap.getModel();
      javadoc(model.vendorExtensions, model.unescapedDescription);
      // Adapter signatures naming the class twice pass column 100 beyond this length.
      model.vendorExtensions.put("x-long-name", model.classname.length() > 22);
      if (model.isEnum) {
        enumValues(model);
        continue;
      }
      Map<String, Map<String, Object>> adapters = new LinkedHashMap<>();
      Set<String> constants = new HashSet<>(RESERVED_CONSTANTS);
      for (CodegenProperty property : model.vars) {
        property(model, property, adapters);
        String constant = (String) property.vendorExtensions.get("x-json-constant");
        if (!constants.add(constant)) {
          throw new IllegalArgumentException(model.name + "." + property.baseName
              + ": its name constant " + constant + " is already taken in the adapter");
        }
        String fieldType = (String) property.vendorExtensions.get("x-field-type");
        if (fieldType.contains("Instant")) {
          model.vendorExtensions.put("x-uses-instant", true);
        }
        if (fieldType.contains("Duration")) {
          model.vendorExtensions.put("x-uses-duration", true);
        }
        if (fieldType.contains("List<")) {
          model.vendorExtensions.put("x-uses-list", true);
        }
      }
      for (Map<String, Object> adapter : adapters.values()) {
        String type = (String) adapter.get("type");
        String field = (String) adapter.get("field");
        adapter.put("wrap-field",
            fits(2, "private final JsonAdapter<" + type + "> " + field + ";") ? null : true);
        adapter.put("wrap-assign",
            fits(4, "this." + field + " = moshi.adapter(" + type + ".class);") ? null : true);
      }
      model.vendorExtensions.put("x-adapters", new ArrayList<>(adapters.values()));
      model.vendorExtensions.put("x-has-adapters", !adapters.isEmpty());
    }
    return result;
  }

  @Override public OperationsMap postProcessOperationsWithModels(
      OperationsMap operations, List<ModelMap> allModels) {
    OperationsMap result = super.postProcessOperationsWithModels(operations, allModels);
    for (CodegenOperation operation : result.getOperations().getOperation()) {
      String text = operation.summary;
      if (operation.unescapedNotes != null && !operation.unescapedNotes.isBlank()) {
        text = text == null ? operation.unescapedNotes : text + " " + operation.unescapedNotes;
      }
      javadoc(operation.vendorExtensions, text);
      for (CodegenParameter parameter : operation.allParams) {
        String description = parameter.unescapedDescription == null
            ? "" : " " + Javadoc.escape(parameter.unescapedDescription);
        List<String> lines = Javadoc.wrap("@param " + parameter.paramName + description,
            JAVADOC_WIDTH);
        for (int i = 1; i < lines.size(); i++) {
          lines.set(i, "    " + lines.get(i));
        }
        parameter.vendorExtensions.put("x-param-lines", lines);
      }
    }
    return result;
  }

  @SuppressWarnings("unchecked")
  private void enumValues(CodegenModel model) {
    List<Map<String, Object>> enumVars =
        (List<Map<String, Object>>) model.allowableValues.get("enumVars");
    for (Map<String, Object> enumVar : enumVars) {
      Object description = enumVar.get("enumDescription");
      javadoc(enumVar, description == null ? null : description.toString());
    }
  }

  private void property(CodegenModel model, CodegenProperty property,
      Map<String, Map<String, Object>> adapters) {
    Map<String, Object> ext = property.vendorExtensions;
    javadoc(ext, property.unescapedDescription);
    ext.put("x-json-constant", underscore(property.name).toUpperCase(Locale.ROOT));
    if (!fits(2, "private static final byte[] " + ext.get("x-json-constant")
        + " = JsonByteWriter.encodedName(\"" + property.baseName + "\");")) {
      ext.put("x-wrap-json-constant", true);
    }
    Codec codec = codec(model, property, adapters, "reader", "in", 0);
    ext.put("x-field-type", codec.fieldType);
    CodegenProperty items = property.items;
    if (property.isEnumRef) {
      ext.put("x-enum-type", property.dataType);
      ext.put("x-raw-name", property.name + "Value");
    } else if (property.isArray && items != null && items.isEnumRef) {
      ext.put("x-enum-list", true);
      ext.put("x-enum-type", items.dataType);
      ext.put("x-raw-name", property.name + "Values");
    } else {
      ext.put("x-plain", true);
    }
    ext.put("x-json-accessor", ext.getOrDefault("x-raw-name", property.name));
    ext.put("x-json-read-lines",
        wrap(10, "builder." + ext.get("x-json-accessor") + "(" + codec.read + ");"));
    String byteRead = "builder." + ext.get("x-json-accessor") + "(" + codec.byteRead + ");";
    ext.put("x-json-byte-read-lines", fits(10, byteRead) ? List.of(byteRead)
        : List.of("builder." + ext.get("x-json-accessor") + "(", "    " + codec.byteRead + ");"));
    String value = "value." + ext.get("x-json-accessor") + "()";
    ext.put("x-json-write-lines", wrap(6, codec.writeCall.replace("%s", value) + ";"));
    if (!fits(4, "public Builder " + property.name + "(" + codec.fieldType + " " + property.name
        + ") {")) {
      ext.put("x-wrap-setter", true);
    }
    ext.put("x-fast-write-lines", codec.fastWrite.apply(value));
  }

  /** How one value travels between JSON and the field that stores it. */
  private static final class Codec {
    final String fieldType;
    /** An expression reading the value from {@code reader}. */
    final String read;
    /** An expression reading the value from the byte reader {@code in}. */
    final String byteRead;
    /** A {@code JsonWriter, T} consumer (a method reference or lambda) writing a non-null value. */
    final String writer;
    /** A statement writing the non-null value {@code %s} to {@code writer}, with no indirection. */
    final String writeCall;
    /** The statements writing a non-null value, given as an expression, to {@code out}. */
    final Function<String, List<String>> fastWrite;

    Codec(String fieldType, String read, String byteRead, String writer, String writeCall,
        Function<String, List<String>> fastWrite) {
      this.fieldType = fieldType;
      this.read = read;
      this.byteRead = byteRead;
      this.writer = writer;
      this.writeCall = writeCall;
      this.fastWrite = fastWrite;
    }

    /** A value written by one {@code out.method(value)} call. */
    Codec(String fieldType, String read, String byteRead, String writer, String fastMethod) {
      this(fieldType, read, byteRead, writer, writer.replace("::", ".") + "(writer, %s)",
          value -> List.of("out." + fastMethod.replace("%s", value) + ";"));
    }
  }

  private Codec codec(CodegenModel model, CodegenProperty p,
      Map<String, Map<String, Object>> adapters, String reader, String in, int depth) {
    String where = model.name + "." + p.baseName;
    if (p.isMap || p.isFreeFormObject || p.isAnyType) {
      throw new IllegalArgumentException(
          where + ": maps and free-form objects are not supported by the templates");
    }
    if (p.isArray) {
      if (p.items == null) {
        throw new IllegalArgumentException(where + ": an array needs items");
      }
      String r = "r" + depth;
      String i = "i" + depth;
      Codec item = codec(model, p.items, adapters, r, i, depth + 1);
      String w = "w" + depth;
      String v = "v" + depth;
      return new Codec("List<" + item.fieldType + ">",
          "Json.readList(" + reader + ", " + r + " -> " + item.read + ")",
          in + ".readList(" + reference(item.byteRead, i) + ")",
          "(" + w + ", " + v + ") -> Json.writeList(" + w + ", " + v + ", " + item.writer + ")",
          "Json.writeList(writer, %s, " + item.writer + ")",
          list -> fastList(list, item, v));
    }
    if (p.isEnumRef || (p.isString && !"Duration".equals(p.dataType))) {
      return new Codec("String", "Json.readString(" + reader + ")", in + ".readString()",
          "Json::writeString", "string(%s)");
    }
    switch (p.dataType) {
      case "Instant":
        return new Codec("Instant", "Json.readInstant(" + reader + ")", in + ".readInstant()",
            "Json::writeInstant", "instant(%s)");
      case "Duration":
        return new Codec("Duration", "Json.readDuration(" + reader + ")", in + ".readDuration()",
            "Json::writeDuration", "duration(%s)");
      case "Integer":
        return new Codec("Integer", "Json.readInt(" + reader + ")", in + ".readInt()",
            "Json::writeNumber", "number(%s.longValue())");
      case "Long":
        return new Codec("Long", "Json.readLong(" + reader + ")", in + ".readLong()",
            "Json::writeNumber", "number(%s.longValue())");
      case "Double":
        return new Codec("Double", "Json.readDouble(" + reader + ")", in + ".readDouble()",
            "Json::writeNumber", "number(%s.doubleValue())");
      case "Boolean":
        return new Codec("Boolean", "Json.readBoolean(" + reader + ")", in + ".readBoolean()",
            "Json::writeBoolean", "bool(%s.booleanValue())");
      default:
        break;
    }
    if (p.isModel || (p.complexType != null && p.complexType.equals(p.dataType))) {
      String field = Character.toLowerCase(p.dataType.charAt(0)) + p.dataType.substring(1)
          + "Adapter";
      Map<String, Object> adapter = new LinkedHashMap<>();
      adapter.put("type", p.dataType);
      adapter.put("field", field);
      adapters.putIfAbsent(p.dataType, adapter);
      return new Codec(p.dataType, field + ".fromJson(" + reader + ")",
          p.dataType + "JsonAdapter.read(" + in + ")", field + "::toJson",
          field + ".toJson(writer, %s)",
          value -> List.of(p.dataType + "JsonAdapter.write(out, " + value + ");"));
    }
    throw new IllegalArgumentException(
        where + ": type " + p.dataType + " is not supported by the templates");
  }

  private static final int MAX_LINE = 100;

  /**
   * {@code expression}, which reads from the variable {@code in}, as a method reference where it
   * is one call ({@code Foo.read(in)}, {@code in.readString()}), otherwise as a lambda.
   */
  static String reference(String expression, String in) {
    if (expression.endsWith(".read(" + in + ")")) {
      return expression.substring(0, expression.length() - in.length() - 7) + "::read";
    }
    if (expression.startsWith(in + ".") && expression.endsWith("()")
        && expression.indexOf('(') == expression.length() - 2) {
      return "JsonByteReader::" + expression.substring(in.length() + 1, expression.length() - 2);
    }
    return in + " -> " + expression;
  }

  private static boolean fits(int indent, String line) {
    return indent + line.length() <= MAX_LINE;
  }

  /**
   * {@code statement} at {@code indent} as lines broken after a comma so that none passes the
   * line limit where it can be helped; continuation lines are indented four more.
   */
  static List<String> wrap(int indent, String statement) {
    List<String> lines = new ArrayList<>();
    String prefix = "";
    String rest = statement;
    while (!fits(indent, prefix + rest)) {
      int at = rest.lastIndexOf(", ", MAX_LINE - indent - prefix.length() - 1);
      if (at < 0) {
        break;
      }
      lines.add(prefix + rest.substring(0, at + 1));
      rest = rest.substring(at + 2);
      prefix = "    ";
    }
    lines.add(prefix + rest);
    return lines;
  }

  /** A loop writing the list {@code list}, whose elements may be null, with {@code item}. */
  private static List<String> fastList(String list, Codec item, String element) {
    List<String> lines = new ArrayList<>();
    lines.add("out.beginArray();");
    lines.add("for (var " + element + " : " + list + ") {");
    lines.add("  if (" + element + " == null) {");
    lines.add("    out.nullValue();");
    lines.add("  } else {");
    for (String line : item.fastWrite.apply(element)) {
      lines.add("    " + line);
    }
    lines.add("  }");
    lines.add("}");
    lines.add("out.endArray();");
    return lines;
  }

  /** Puts {@code x-javadoc} (fits one line) or {@code x-javadoc-lines} (wrapped) for a text. */
  static void javadoc(Map<String, Object> extensions, String text) {
    if (text == null || text.isBlank()) {
      return;
    }
    String escaped = Javadoc.escape(text);
    if (escaped.length() <= JAVADOC_WIDTH - 8) {
      extensions.put("x-javadoc", escaped);
    } else {
      extensions.put("x-javadoc-multiline", true);
      extensions.put("x-javadoc-lines", Javadoc.wrap(escaped, JAVADOC_WIDTH));
    }
  }
}

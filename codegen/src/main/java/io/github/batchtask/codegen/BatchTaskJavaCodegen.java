package io.github.batchtask.codegen;

import static org.openapitools.codegen.utils.StringUtils.underscore;

import io.swagger.v3.oas.models.OpenAPI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.openapitools.codegen.CodegenConstants;
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
 * Javadoc made safe from spec descriptions, facts about each property, and flags saying where a
 * line would pass column 100. Every generated statement is written in {@code templates/}; this
 * class never assembles Java code. What stays here: the Java type of a field ({@code List<...>}
 * nests), the name of a property's constants, and the wrap flags, which measure a line whose
 * fixed words are those of the template that prints it.
 *
 * <p>Vendor extensions it adds, for the templates:
 * <ul>
 *   <li>models, properties, enum values, operations, parameters: {@code x-javadoc} (one line) or
 *       {@code x-javadoc-lines} (wrapped);
 *   <li>properties: {@code x-value}, the facts the {@code btc_adapter_*} partials print a read
 *       or a write from (see {@link #value}), with {@code accessor}, {@code local} (the
 *       byte read's variable, the property's name), {@code constant} and the byte read's wrap
 *       flags; {@code x-json-name} (the wire name escaped for a Java string literal);
 *       {@code x-json-constant} (the name of the constant holding its {@code JsonName}, derived
 *       from its name, never from its position);
 *       {@code x-wrap-json-constant}, {@code x-wrap-setter}, {@code x-field-type},
 *       {@code x-json-accessor}, {@code x-enum-list} (the stock {@code isEnumRef} and
 *       {@code isArray} serve single enums and lists) with {@code x-enum-type} and
 *       {@code x-raw-name}; {@code x-wire-long} with {@code x-raw-name}; {@code x-sas-url} (from
 *       the spec);
 *   <li>models: {@code x-adapters}, the distinct nested model types, each with {@code type} and
 *       {@code field} ({@code wrap-field} and {@code wrap-assign} when a line would be too
 *       long); {@code x-has-adapters} when there is any; {@code x-long-name} for long class
 *       names, whose adapter signatures are wrapped.
 * </ul>
 *
 * <p>Enums get no adapter file: {@link #modelFilename} renames that output so that
 * {@code templates/generator.ignore} keeps it unwritten, and the runtime's open-enum adapter
 * serves them.
 */
public final class BatchTaskJavaCodegen extends JavaClientCodegen {
  private static final int JAVADOC_WIDTH = 92;
  private static final String NOT_GENERATED = ".not-generated";
  /** Constants every adapter declares, which a property's name constant must not repeat. */
  private static final Set<String> RESERVED_CONSTANTS = Set.of("WIRE_NAMES", "NAMES");
  /** Names of the byte read's own, which a property's local there must not repeat. */
  private static final Set<String> RESERVED_LOCALS = Set.of("in", "unknownProperties", "next");

  /** The enums' schema names: no adapter file, the runtime's open-enum adapter serves them. */
  private final Set<String> enumSchemas = new HashSet<>();

  /** Composition ({@code allOf}) is flattened: each model lists every property it has. */
  public BatchTaskJavaCodegen() {
    supportsInheritance = false;
  }

  /**
   * None of the stock supporting files (build scripts, auth classes, CI files): only those that
   * {@code generator.yaml} lists under {@code files}, which are added after this. Otherwise the
   * stock ones, though filtered out, leave empty folders in the output.
   */
  @Override public void processOpts() {
    super.processOpts();
    supportingFiles.clear();
    additionalProperties.put("x-spec-name",
        specName(getInputSpec(), templateDir()).replaceAll("\\p{Cntrl}", "?"));
  }

  /**
   * How the header of each file names the spec: its path from the project (the folder holding
   * {@code templates/}), such as {@code spec/batch-task.yaml}, or its file name when it lies
   * elsewhere or the path would not fit the line.
   */
  static String specName(String inputSpec, String templateDir) {
    if (inputSpec == null) {
      return "the spec";
    }
    String name = inputSpec.substring(Math.max(inputSpec.lastIndexOf('/'),
        inputSpec.lastIndexOf('\\')) + 1);
    if (templateDir == null || inputSpec.contains("://")) {
      return name;
    }
    Path root = Path.of(templateDir).toAbsolutePath().normalize().getParent();
    Path spec = Path.of(inputSpec).toAbsolutePath().normalize();
    if (root == null || !spec.startsWith(root)) {
      return name;
    }
    String relative = root.relativize(spec).toString().replace('\\', '/');
    // "// Generated from " and " by the templates in templates/. Do not edit." take 64.
    return relative.length() > 36 ? name : relative;
  }

  @Override public void preprocessOpenAPI(OpenAPI openAPI) {
    super.preprocessOpenAPI(openAPI);
    AzureExtensions.apply(openAPI);
  }

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
        enumSchemas.add(model.name);
        enumValues(model);
        continue;
      }
      Map<String, Map<String, Object>> adapters = new LinkedHashMap<>();
      Set<String> constants = new HashSet<>(RESERVED_CONSTANTS);
      for (CodegenProperty property : model.vars) {
        if (RESERVED_LOCALS.contains(property.name)) {
          throw new IllegalArgumentException(model.name + "." + property.baseName
              + ": its Java name " + property.name + " is taken in the adapter's read");
        }
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
        if (fieldType.contains("WireLong")) {
          model.vendorExtensions.put("x-uses-wire-long", true);
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

  /**
   * An enum's {@code JsonAdapter.mustache} output is renamed to end in {@value #NOT_GENERATED},
   * which {@code templates/generator.ignore} tells the generator not to write.
   */
  @Override public String modelFilename(String templateName, String modelName) {
    String name = super.modelFilename(templateName, modelName);
    return templateName.equals("JsonAdapter.mustache") && enumSchemas.contains(modelName)
        ? name + NOT_GENERATED : name;
  }

  /** {@code templates/generator.ignore} unless the configuration names another ignore file. */
  @Override public String getIgnoreFilePathOverride() {
    String configured = super.getIgnoreFilePathOverride();
    // Asked for before processOpts() has set templateDir() from the configuration.
    Object templates = additionalProperties().get(CodegenConstants.TEMPLATE_DIR);
    if (configured != null || templates == null) {
      return configured;
    }
    return Path.of(templates.toString(), "generator.ignore").toString();
  }

  @Override public OperationsMap postProcessOperationsWithModels(
      OperationsMap operations, List<ModelMap> allModels) {
    OperationsMap result = super.postProcessOperationsWithModels(operations, allModels);
    Operations.prepare(result);
    for (CodegenOperation operation : result.getOperations().getOperation()) {
      String text = operation.summary;
      if (operation.unescapedNotes != null && !operation.unescapedNotes.isBlank()) {
        text = text == null ? operation.unescapedNotes : text + " " + operation.unescapedNotes;
      }
      javadoc(operation.vendorExtensions, text);
      for (CodegenParameter parameter : operation.allParams) {
        String description = parameter.unescapedDescription == null
            ? "" : " " + Javadoc.escape(parameter.unescapedDescription);
        // "   * " and the hanging indent leave 91 columns for a continuation line.
        parameter.vendorExtensions.put("x-param-lines", Javadoc.hangingWrap(
            "@param " + parameter.paramName + description, JAVADOC_WIDTH, 91));
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
    ext.put("x-json-name", javaString(property.baseName));
    if (!fits(2, "private static final JsonName " + ext.get("x-json-constant")
        + " = JsonName.of(\"" + ext.get("x-json-name") + "\");")) {
      ext.put("x-wrap-json-constant", true);
    }
    Map<String, Object> value = value(model, property, adapters, 0);
    ext.put("x-field-type", value.get("type"));
    if ("RawJson".equals(value.get("kind"))) {
      ext.put("x-raw-json", true);
      String text = property.unescapedDescription == null ? "" : property.unescapedDescription;
      ext.remove("x-javadoc");
      ext.remove("x-javadoc-lines");
      ext.remove("x-javadoc-multiline");
      javadoc(ext, (text.isBlank() ? "" : text.strip() + " ")
          + "Any JSON value, kept as its JSON text.");
    }
    if (Boolean.TRUE.equals(ext.get("x-ms-secret")) || property.isPassword) {
      ext.put("x-secret", true);
    }
    CodegenProperty items = property.items;
    if ("WireLong".equals(value.get("kind"))) {
      ext.put("x-wire-long", true);
      ext.put("x-raw-name", property.name + "Wire");
    } else if (property.isEnumRef) {
      ext.put("x-enum-type", property.dataType);
      ext.put("x-raw-name", property.name + "Value");
      String name = property.name;
      // The getter, the setter's signature or its value line would pass column 100.
      if (!fits(4, "return " + name + " == null ? null : " + property.dataType + ".fromValue("
          + name + ");")
          || !fits(4, "public Builder " + name + "(" + property.dataType + " " + name + ") {")
          || !fits(10, "? null : Json.enumValue(" + name + ".value(), \"" + name + "\");")) {
        ext.put("x-wrap-enum", true);
      }
    } else if (property.isArray && items != null && items.isEnumRef) {
      ext.put("x-enum-list", true);
      ext.put("x-enum-type", items.dataType);
      ext.put("x-raw-name", property.name + "Values");
    } else {
      ext.put("x-plain", true);
    }
    ext.put("x-json-accessor", ext.getOrDefault("x-raw-name", property.name));
    value.put("accessor", ext.get("x-json-accessor"));
    value.put("local", property.name);
    value.put("constant", ext.get("x-json-constant"));
    wrapFlags(value);
    byteReadWrapFlags(value);
    ext.put("x-value", value);
    if (!fits(4, "public Builder " + property.name + "(" + value.get("type") + " " + property.name
        + ") {")) {
      ext.put("x-wrap-setter", true);
    }
  }

  /**
   * Facts about how one value (a property, or a list's items) travels between JSON and its field:
   * {@code type} (the Java type of the field), and exactly one of {@code scalar} (with
   * {@code kind}, which names the runtime's {@code Json.read<kind>}, {@code Json.write<kind>}
   * and {@code JsonByteWriter.write<kind>}), {@code model} (with {@code adapter}, the adapter
   * field, and {@code modelType}) or {@code list} (with {@code item}, the facts of its items).
   * Every flag is present in every map, so that a template section never falls back to an
   * enclosing value's. Lists nest at most two deep, as the templates spell out.
   */
  private Map<String, Object> value(CodegenModel model, CodegenProperty p,
      Map<String, Map<String, Object>> adapters, int depth) {
    String where = model.name + "." + p.baseName;
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("scalar", false);
    facts.put("model", false);
    facts.put("list", false);
    facts.put("map", false);
    facts.put("wrap-read", false);
    facts.put("wrap-write", false);
    facts.put("wrap-fast", false);
    if (p.isMap) {
      if (depth > 0) {
        throw new IllegalArgumentException(where + ": a map inside a list or a map is not"
            + " supported by the templates (a map property is)");
      }
      if (p.items == null || p.items.isArray || p.items.isMap) {
        throw new IllegalArgumentException(where + ": a map whose values are "
            + (p.items == null ? "untyped" : p.items.isArray ? "lists" : "maps")
            + " is not supported by the templates");
      }
      Map<String, Object> item = value(model, p.items, adapters, depth + 1);
      facts.put("map", true);
      facts.put("item", item);
      facts.put("type", "Map<String, " + item.get("type") + ">");
      return facts;
    }
    if (p.isFreeFormObject || p.isAnyType) {
      // Any JSON value: kept as its JSON text, like an unknown property.
      facts.put("scalar", true);
      facts.put("kind", "RawJson");
      facts.put("type", "String");
      return facts;
    }
    if (p.isArray) {
      if (p.items == null) {
        throw new IllegalArgumentException(where + ": an array needs items");
      }
      if (depth == 1 && p.items.isArray) {
        throw new IllegalArgumentException(
            where + ": lists nest at most two deep in the templates");
      }
      Map<String, Object> item = value(model, p.items, adapters, depth + 1);
      facts.put("list", true);
      facts.put("item", item);
      facts.put("type", "List<" + item.get("type") + ">");
      return facts;
    }
    String kind = kind(p);
    if (kind != null) {
      facts.put("scalar", true);
      facts.put("kind", kind);
      facts.put("type", SCALAR_TYPES.get(kind));
      return facts;
    }
    if (p.isModel || (p.complexType != null && p.complexType.equals(p.dataType))) {
      String field = Character.toLowerCase(p.dataType.charAt(0)) + p.dataType.substring(1)
          + "Adapter";
      Map<String, Object> adapter = new LinkedHashMap<>();
      adapter.put("type", p.dataType);
      adapter.put("field", field);
      adapters.putIfAbsent(p.dataType, adapter);
      facts.put("model", true);
      facts.put("adapter", field);
      facts.put("modelType", p.dataType);
      facts.put("type", p.dataType);
      return facts;
    }
    throw new IllegalArgumentException(
        where + ": type " + p.dataType + " is not supported by the templates");
  }

  /** Flags the one-line read and writes of a scalar or model property that would not fit. */
  private static void wrapFlags(Map<String, Object> value) {
    String accessor = (String) value.get("accessor");
    String read;
    String write;
    String fast;
    if (Boolean.TRUE.equals(value.get("scalar"))) {
      read = "Json.read" + value.get("kind") + "(reader)";
      write = "Json.write" + value.get("kind") + "(writer, value." + accessor + "());";
      fast = "out.write" + value.get("kind") + "(value." + accessor + "());";
    } else if (Boolean.TRUE.equals(value.get("model"))) {
      read = value.get("adapter") + ".fromJson(reader)";
      write = value.get("adapter") + ".toJson(writer, value." + accessor + "());";
      fast = value.get("modelType") + "JsonAdapter.write(out, value." + accessor + "());";
    } else {
      return;
    }
    value.put("wrap-read", !fits(10, "builder." + accessor + "(" + read + ");"));
    value.put("wrap-write", !fits(6, write));
    value.put("wrap-fast", !fits(6, fast));
  }

  /** The Java type each scalar kind is stored as. */
  private static final Map<String, String> SCALAR_TYPES = Map.of(
      "String", "String", "Int", "Integer", "Long", "Long", "Double", "Double",
      "Float", "Float", "Boolean", "Boolean", "Instant", "Instant", "Duration", "Duration",
      "WireLong", "WireLong", "RawJson", "String");

  /**
   * The scalar kind of {@code p} (enums are kept as their wire strings), or null. A
   * {@code type: string, format: int64} is a {@code WireLong}: a {@code Long} to users, read from
   * a JSON string or number and written back as it came ({@code type: integer, format: int64}
   * stays a {@code Long} written as a number).
   */
  private static String kind(CodegenProperty p) {
    if (p.isString && "int64".equals(p.dataFormat)) {
      return "WireLong";
    }
    if (p.isEnumRef || (p.isString && !"Duration".equals(p.dataType))) {
      return "String";
    }
    switch (p.dataType) {
      case "Integer":
        return "Int";
      case "Long":
      case "Double":
      case "Float":
      case "Boolean":
      case "Instant":
      case "Duration":
        return p.dataType;
      default:
        return null;
    }
  }

  /** {@code text} escaped for a Java string literal, printable ASCII kept as is. */
  static String javaString(String text) {
    StringBuilder result = new StringBuilder();
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        result.append('\\').append(c);
      } else if (c >= 0x20 && c < 0x7f) {
        result.append(c);
      } else {
        result.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      }
    }
    return result.toString();
  }

  private static final int MAX_LINE = 100;

  /**
   * Flags the byte read's lines of a property that would not fit: its declaration, read if its
   * name comes next ({@code btc_adapter_byte_first_read}), and its read in the loop
   * ({@code btc_adapter_byte_read}).
   */
  private static void byteReadWrapFlags(Map<String, Object> value) {
    String read = byteRead(value);
    String local = (String) value.get("local");
    String test = "in.nextNameIs(" + value.get("constant") + ")";
    value.put("wrap-byte-read", !fits(8, local + " = " + read + ";"));
    String declared = value.get("type") + " " + local + " =";
    value.put("wrap-first-read", !fits(4, declared + " " + test + " ? " + read + " : null;"));
    value.put("wrap-first-read-twice", !fits(8, test + " ? " + read + " : null;"));
  }

  /** The expression {@code btc_adapter_byte_value} prints for a value, to measure it. */
  private static String byteRead(Map<String, Object> value) {
    if (Boolean.TRUE.equals(value.get("scalar"))) {
      return "in.read" + value.get("kind") + "()";
    }
    if (Boolean.TRUE.equals(value.get("model"))) {
      return value.get("modelType") + "JsonAdapter.read(in)";
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> item = (Map<String, Object>) value.get("item");
    String element;
    if (Boolean.TRUE.equals(item.get("list"))) {
      @SuppressWarnings("unchecked")
      Map<String, Object> inner = (Map<String, Object>) item.get("item");
      element = "i0 -> i0.readList(" + byteElement(inner) + ")";
    } else {
      element = byteElement(item);
    }
    return (Boolean.TRUE.equals(value.get("map")) ? "in.readMap(" : "in.readList(") + element + ")";
  }

  /** A scalar's or a model's read as a function of the reader. */
  private static String byteElement(Map<String, Object> value) {
    return Boolean.TRUE.equals(value.get("scalar"))
        ? "JsonByteReader::read" + value.get("kind")
        : value.get("modelType") + "JsonAdapter::read";
  }

  private static boolean fits(int indent, String line) {
    return indent + line.length() <= MAX_LINE;
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

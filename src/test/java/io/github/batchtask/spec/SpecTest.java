package io.github.batchtask.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.swagger.v3.core.util.Yaml;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.approvaltests.Approvals;
import org.junit.jupiter.api.Test;

/**
 * spec/batch-task.yaml is valid, its examples validate, it covers every page element and every
 * property that api-version 2025-06-01 returns.
 */
class SpecTest {
  static final Path BASE = Path.of(System.getProperty("project.basedir", "."));
  static final Path SPEC = BASE.resolve("spec/batch-task.yaml");
  static final Path SERVICE_ELEMENTS = BASE.resolve("spec/service-elements-2025-06-01.tsv");

  static JsonNode spec() throws IOException {
    return Yaml.mapper().readTree(SPEC.toFile());
  }

  static JsonNode schemas() throws IOException {
    return spec().path("components").path("schemas");
  }

  @Test void swaggerParserReadsTheSpecWithoutMessages() {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result = new OpenAPIV3Parser().readLocation(SPEC.toString(), null, options);
    assertTrue(result.getMessages() == null || result.getMessages().isEmpty(),
        "messages: " + result.getMessages());
    assertEquals("3.0.3", result.getOpenAPI().getOpenapi());
  }

  @Test void everyExampleValidatesAgainstTheSchemaItIllustrates() throws IOException {
    Map<String, String> checked = new LinkedHashMap<>();
    JsonNode responses = spec().path("paths").path("/jobs/{jobId}/tasks/{taskId}").path("get")
        .path("responses");
    for (Iterator<Map.Entry<String, JsonNode>> it = responses.fields(); it.hasNext(); ) {
      JsonNode content = it.next().getValue().path("content").path("application/json");
      String schema = refName(content.path("schema").path("$ref").asText());
      for (JsonNode example : content.path("examples")) {
        checked.put(example.path("externalValue").asText(), schema);
      }
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = schemas().fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> schema = it.next();
      for (JsonNode example : schema.getValue().path("x-examples")) {
        checked.put(example.asText(), schema.getKey());
      }
    }
    assertEquals(Set.of("examples/completed-task.json", "examples/multi-instance-task.json",
        "examples/task-not-found-error.json"), checked.keySet());
    for (Map.Entry<String, String> example : checked.entrySet()) {
      String json = Files.readString(SPEC.resolveSibling(example.getKey()));
      List<Error> errors = validator(example.getValue()).validate(json, InputFormat.JSON);
      assertTrue(errors.isEmpty(), example.getKey() + ": " + errors);
    }
  }

  @Test void tasksOfApiVersion20250601ValidateAgainstTheSpec() throws IOException {
    Schema schema = validator("BatchTask");
    for (String path : List.of("src/test/resources/payloads/task-2025-every-property.json",
        "src/main/resources/io/github/batchtask/sandbox/tasks/container-task.json",
        "src/main/resources/io/github/batchtask/sandbox/tasks/active-task.json",
        "src/main/resources/io/github/batchtask/sandbox/tasks/failed-task.json")) {
      String json = Files.readString(BASE.resolve(path));
      List<Error> errors = schema.validate(json, InputFormat.JSON);
      assertTrue(errors.isEmpty(), path + ": " + errors);
    }
  }

  @Test void validationCatchesAWrongTypeAndAnUnknownEnumValue() throws IOException {
    String task = Files.readString(BASE.resolve("spec/examples/completed-task.json"));
    Schema schema = validator("BatchTask");
    String wrongType = task.replace("\"exitCode\":0", "\"exitCode\":\"zero\"");
    assertFalse(wrongType.equals(task));
    assertFalse(schema.validate(wrongType, InputFormat.JSON).isEmpty());
    String unknownEnum = task.replace("\"state\":\"completed\"", "\"state\":\"reticulating\"");
    assertFalse(unknownEnum.equals(task));
    assertFalse(schema.validate(unknownEnum, InputFormat.JSON).isEmpty());
    String unknownProperty = task.replace("\"id\":", "\"slotsOfTomorrow\":1,\"id\":");
    assertTrue(schema.validate(unknownProperty, InputFormat.JSON).isEmpty(),
        "the service adds properties; they must stay valid");
  }

  /** A draft-07 JSON Schema for one component, with the others as definitions. */
  static Schema validator(String component) throws IOException {
    ObjectNode definitions = (ObjectNode) schemas().deepCopy();
    clean(definitions);
    ObjectNode root = Yaml.mapper().createObjectNode();
    root.put("$schema", "http://json-schema.org/draft-07/schema#");
    root.set("definitions", definitions);
    root.putArray("allOf").addObject().put("$ref", "#/definitions/" + component);
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
        .getSchema(root.toString(), InputFormat.JSON);
  }

  /**
   * Drops vendor extensions and points $refs at the definitions. The wire is looser than JSON
   * Schema in two ways the validator is told: enum values match ignoring case (the service
   * sends nonAdmin and nonadmin alike), and durations are ISO 8601 with fractional seconds
   * (P10675199DT2H48M5.4775807S), which the RFC 3339 grammar of format: duration refuses.
   */
  private static void clean(JsonNode node) {
    if (node.isObject()) {
      ObjectNode object = (ObjectNode) node;
      List<String> names = new ArrayList<>();
      object.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        if (name.startsWith("x-")) {
          object.remove(name);
        } else if (name.equals("enum") && object.path("type").asText().equals("string")) {
          List<String> alternatives = new ArrayList<>();
          object.get("enum").forEach(value -> alternatives.add(anyCase(value.asText())));
          object.remove("enum");
          object.put("pattern", "^(?:" + String.join("|", alternatives) + ")$");
        } else if (name.equals("format") && object.get("format").asText().equals("duration")) {
          object.remove("format");
          object.put("pattern",
              "^-?P(?:\\d+D)?(?:T(?:\\d+H)?(?:\\d+M)?(?:\\d+(?:\\.\\d+)?S)?)?$");
        } else if (name.equals("$ref")) {
          object.put("$ref", "#/definitions/" + refName(object.get("$ref").asText()));
        } else {
          clean(object.get(name));
        }
      }
    } else if (node.isArray()) {
      node.forEach(SpecTest::clean);
    }
  }

  /** A regular expression matching {@code text} in any case. */
  private static String anyCase(String text) {
    StringBuilder pattern = new StringBuilder();
    for (char c : text.toCharArray()) {
      if (Character.isLetter(c)) {
        pattern.append('[').append(Character.toLowerCase(c)).append(Character.toUpperCase(c))
            .append(']');
      } else {
        pattern.append(Character.isDigit(c) || c == '-' || c == '_' ? "" : "\\").append(c);
      }
    }
    return pattern.toString();
  }

  static String refName(String ref) {
    return ref.substring(ref.lastIndexOf('/') + 1);
  }

  @Test void everyPageElementIsCoveredAndEveryDifferenceExplained() throws IOException {
    Coverage coverage = Coverage.of(schemas(), Files.readAllLines(
        BASE.resolve("spec/page-elements.tsv")), ServiceElements.read(SERVICE_ELEMENTS));
    assertEquals(95, coverage.pageRows(), "the page has 95 elements");
    assertTrue(coverage.missing().isEmpty(), "not in the spec: " + coverage.missing());
    assertTrue(coverage.unexplained().isEmpty(),
        "type differs from the page without x-doc-deviation or x-version-change: "
            + coverage.unexplained());
    Approvals.verify(coverage.table());
  }

  @Test void everyPropertyOfTheCurrentVersionIsInTheSpecAtItsWirePath() throws IOException {
    ServiceElements elements = ServiceElements.read(SERVICE_ELEMENTS);
    assertEquals(125, elements.rows().size(), "2025-06-01 returns 125 task properties");
    assertEquals(31, elements.rows().stream().map(row -> row.definition).distinct().count(),
        "over 31 definitions");
    List<String> problems = new ArrayList<>();
    for (ServiceElements.Row row : elements.rows()) {
      problems.addAll(ServiceElements.check(schemas(), row));
    }
    assertEquals(List.of(), problems);
  }

  @Test void theCheckAgainstTheCurrentVersionCatchesWhatIsWrong() throws IOException {
    ServiceElements.Row row = ServiceElements.parse(
        "BatchTaskStatistics\treadIOGiB\tstats.readIOGiB\tnumber\tfloat\t-\t-");
    assertEquals(List.of(), ServiceElements.check(schemas(), row));
    assertFalse(ServiceElements.check(schemas(), ServiceElements.parse(
        "BatchTaskStatistics\treadIOGiB\tstats.readIOGiB\tnumber\tint32\t-\t-")).isEmpty());
    assertFalse(ServiceElements.check(schemas(), ServiceElements.parse(
        "BatchTaskStatistics\treadIOps\tstats.readIOps\tinteger\tint64\t-\t-")).isEmpty());
    assertFalse(ServiceElements.check(schemas(), ServiceElements.parse(
        "BatchTask\trequiredSlots\trequiredSlots\tinteger\tint32\t-\t2021-06-01.14.0")).isEmpty());
    assertFalse(ServiceElements.check(schemas(), ServiceElements.parse(
        "ExitOptions\tjobAction\texitConditions.default.jobAction\tstring\t-\tnone,halt\t-"))
        .isEmpty());
    assertFalse(ServiceElements.check(schemas(), ServiceElements.parse(
        "ResourceFile\thttpUrl\tmultiInstanceSettings.commonResourceFiles[].httpUrI\tstring\turi"
            + "\t-\t2018-12-01.8.0")).isEmpty());
    assertFalse(ServiceElements.check(schemas(), ServiceElements.parse(
        "BatchNodeInfo\tnodeUrl\tstats.url\tstring\turi\t-\t-")).isEmpty());
  }

  @Test void everySpecPropertyIsOnThePageOrSaysWhenItCameAndWhenItWent() throws IOException {
    Set<String> onPage = Coverage.of(schemas(), Files.readAllLines(
        BASE.resolve("spec/page-elements.tsv")), ServiceElements.read(SERVICE_ELEMENTS)).onPage();
    Set<String> current = new LinkedHashSet<>();
    for (ServiceElements.Row row : ServiceElements.read(SERVICE_ELEMENTS).rows()) {
      current.add(ServiceElements.specProperty(schemas(), row));
    }
    List<String> problems = new ArrayList<>();
    JsonNode schemas = schemas();
    for (String schema : Coverage.reachable(schemas, "BatchTask")) {
      JsonNode definition = schemas.get(schema);
      if (!definition.has("x-service-definition")) {
        problems.add(schema + " names no x-service-definition");
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = definition.path("properties").fields();
          it.hasNext(); ) {
        Map.Entry<String, JsonNode> property = it.next();
        String name = schema + "." + property.getKey();
        JsonNode value = property.getValue();
        if (!onPage.contains(name) && !value.has("x-since")) {
          problems.add(name + " is not on the page and has no x-since");
        }
        if (!current.contains(name)) {
          if (!value.has("x-removed-in") || !value.has("x-replaced-by")) {
            problems.add(name + " is not in 2025-06-01 and has no x-removed-in/x-replaced-by");
          }
          for (JsonNode replacement : value.path("x-replaced-by")) {
            if (!definition.path("properties").has(replacement.asText())) {
              problems.add(name + " is replaced by an unknown property " + replacement);
            }
          }
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test void knownPageErrorsAreRecordedAsDeviations() throws IOException {
    Map<String, String> deviations = new TreeMap<>();
    JsonNode operation = spec().path("paths").path("/jobs/{jobId}/tasks/{taskId}").path("get");
    deviations.put("getTask", operation.path("x-doc-deviation").asText());
    for (Iterator<Map.Entry<String, JsonNode>> s = schemas().fields(); s.hasNext(); ) {
      Map.Entry<String, JsonNode> schema = s.next();
      for (Iterator<Map.Entry<String, JsonNode>> p = schema.getValue().path("properties").fields();
          p.hasNext(); ) {
        Map.Entry<String, JsonNode> property = p.next();
        if (property.getValue().has("x-doc-deviation")) {
          deviations.put(schema.getKey() + "." + property.getKey(),
              property.getValue().get("x-doc-deviation").asText());
        }
      }
    }
    Set<String> expected = new LinkedHashSet<>(List.of("getTask",
        "TaskExecutionInformation.failureInfo", "TaskFailureInformation.details",
        "AutoUserSpecification.scope", "AutoUserSpecification.elevationLevel",
        "UserIdentity.username", "TaskConstraints.maxWallClockTime",
        "TaskConstraints.maxTaskRetryCount", "BatchTask.eTag",
        "BatchTask.authenticationTokenSettings"));
    assertEquals(expected, deviations.keySet());
    assertTrue(deviations.values().stream().noneMatch(String::isBlank), deviations.toString());
    assertTrue(deviations.get("getTask").contains("304"), deviations.get("getTask"));
  }

  /** The page's elements against the spec's properties. */
  static final class Coverage {
    private final List<String[]> rows = new ArrayList<>();
    private final List<String> missing = new ArrayList<>();
    private final List<String> unexplained = new ArrayList<>();
    private int pageRows;

    private final Set<String> onPage = new LinkedHashSet<>();
    private ServiceElements current;
    private JsonNode schemas;

    static Coverage of(JsonNode schemas, List<String> tsv, ServiceElements current) {
      Coverage coverage = new Coverage();
      coverage.current = current;
      coverage.schemas = schemas;
      Map<String, String> schemaOfTable = new LinkedHashMap<>();
      schemas.fields().forEachRemaining(e -> {
        if (e.getValue().has("x-page-table")) {
          schemaOfTable.put(e.getValue().get("x-page-table").asText(), e.getKey());
        }
      });
      Set<String> onPage = coverage.onPage;
      for (String line : tsv) {
        if (line.startsWith("#") || line.startsWith("table\t") || line.isBlank()) {
          continue;
        }
        coverage.pageRows++;
        String[] cells = line.split("\t");
        coverage.add(schemas, schemaOfTable.get(cells[0]), cells[0], cells[1], cells[2], onPage);
      }
      for (String schema : reachable(schemas, "BatchTask")) {
        schemas.get(schema).path("properties").fieldNames().forEachRemaining(name -> {
          if (!onPage.contains(schema + "." + name)) {
            JsonNode property = schemas.get(schema).get("properties").get(name);
            coverage.rows.add(new String[] {"-", "-", "-", schema + "." + name,
                type(schemas, property), coverage.now(schema, name),
                property.path("x-since").asText("-"), "not on page"
                + (property.has("x-doc-deviation")
                ? ": " + property.get("x-doc-deviation").asText() : "")});
          }
        });
      }
      return coverage;
    }

    private void add(JsonNode schemas, String schema, String table, String element,
        String pageType, Set<String> onPage) {
      JsonNode properties = schema == null ? null : schemas.get(schema).path("properties");
      String name = null;
      if (properties != null) {
        for (Iterator<String> it = properties.fieldNames(); it.hasNext(); ) {
          String candidate = it.next();
          if (candidate.equals(element)
              || element.equals(properties.get(candidate).path("x-page-element").asText())) {
            name = candidate;
          }
        }
      }
      if (name == null) {
        missing.add(table + "." + element);
        rows.add(new String[] {table, element, pageType, "MISSING", "", "", "", ""});
        return;
      }
      onPage.add(schema + "." + name);
      JsonNode property = properties.get(name);
      String specType = type(schemas, property);
      String status;
      if (property.has("x-doc-deviation")) {
        status = "deviation: " + property.get("x-doc-deviation").asText();
      } else if (compatible(pageType, specType) && element.equals(name)) {
        status = property.has("x-version-change")
            ? "ok; changed: " + property.get("x-version-change").asText() : "ok";
      } else if (property.has("x-version-change") && element.equals(name)) {
        status = "changed: " + property.get("x-version-change").asText();
      } else {
        status = "UNEXPLAINED";
        unexplained.add(table + "." + element);
      }
      rows.add(new String[] {table, element, pageType, schema + "." + name, specType,
          now(schema, name), property.path("x-since").asText("-"), status});
    }

    /** What api-version 2025-06-01 declares for a spec property, or when it was dropped. */
    private String now(String schema, String name) {
      ServiceElements.Row row = current.find(schemas, schema, name);
      if (row != null) {
        return row.definition + "." + row.property + " " + row.type
            + (row.format.equals("-") ? "" : "/" + row.format);
      }
      JsonNode property = schemas.get(schema).path("properties").path(name);
      List<String> replacements = new ArrayList<>();
      property.path("x-replaced-by").forEach(r -> replacements.add(r.asText()));
      return "removed in " + property.path("x-removed-in").asText("?")
          + (replacements.isEmpty() ? "" : ", use " + String.join("/", replacements));
    }

    Set<String> onPage() {
      return onPage;
    }

    static boolean compatible(String pageType, String specType) {
      switch (pageType) {
        case "String": return specType.equals("string") || specType.equals("string/uri")
            || specType.endsWith("(enum)");
        case "DateTime": return specType.equals("string/date-time");
        case "Time": case "Time Interval": return specType.equals("string/duration");
        case "Int32": case "Int": return specType.equals("integer/int32");
        case "Int64": return specType.equals("integer/int64");
        case "Double": return specType.equals("number/double");
        case "Collection": return specType.startsWith("array<");
        case "Complex Type": case "ComplexType":
          return !specType.contains("/") && !specType.startsWith("array<")
              && !specType.endsWith("(enum)") && !specType.equals("string");
        default: return false;
      }
    }

    static String type(JsonNode schemas, JsonNode property) {
      JsonNode ref = property.has("allOf") ? property.get("allOf").get(0) : property;
      if (ref.has("$ref")) {
        String name = refName(ref.get("$ref").asText());
        return schemas.get(name).has("enum") ? name + " (enum)" : name;
      }
      String type = property.path("type").asText();
      if (type.equals("array")) {
        return "array<" + type(schemas, property.get("items")) + ">";
      }
      return property.has("format") ? type + "/" + property.get("format").asText() : type;
    }

    static Set<String> reachable(JsonNode schemas, String root) {
      Set<String> seen = new LinkedHashSet<>();
      List<String> queue = new ArrayList<>(List.of(root));
      while (!queue.isEmpty()) {
        String name = queue.remove(0);
        if (seen.add(name)) {
          for (JsonNode ref : schemas.get(name).findValues("$ref")) {
            queue.add(refName(ref.asText()));
          }
        }
      }
      return seen;
    }

    int pageRows() {
      return pageRows;
    }

    List<String> missing() {
      return missing;
    }

    List<String> unexplained() {
      return unexplained;
    }

    /** A Markdown table a reviewer reads as a diff. */
    String table() {
      List<String[]> all = new ArrayList<>();
      all.add(new String[] {"page table", "page element", "page type", "spec property",
          "spec type", "2025-06-01", "since", "status"});
      all.addAll(rows);
      int[] widths = new int[8];
      for (String[] row : all) {
        for (int i = 0; i < 8; i++) {
          widths[i] = Math.max(widths[i], row[i].length());
        }
      }
      StringBuilder out = new StringBuilder();
      for (int r = 0; r < all.size(); r++) {
        String[] row = all.get(r);
        out.append('|');
        for (int i = 0; i < 7; i++) {
          out.append(' ').append(String.format("%-" + widths[i] + "s", row[i])).append(" |");
        }
        out.append(' ').append(row[7]);
        out.append('\n');
        if (r == 0) {
          out.append('|');
          for (int i = 0; i < 7; i++) {
            out.append("-".repeat(widths[i] + 2)).append('|');
          }
          out.append("---");
          out.append('\n');
        }
      }
      return out.toString().lines().map(String::stripTrailing)
          .collect(Collectors.joining("\n", "", "\n"));
    }
  }
}

import java.io.File;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedApiResponse;
import org.openapitools.openapidiff.core.model.ChangedContent;
import org.openapitools.openapidiff.core.model.ChangedMediaType;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.ChangedParameter;
import org.openapitools.openapidiff.core.model.ChangedResponse;
import org.openapitools.openapidiff.core.model.ChangedSchema;
import org.openapitools.openapidiff.core.model.DiffResult;
import org.openapitools.openapidiff.core.model.Endpoint;
import org.openapitools.openapidiff.core.output.MarkdownRender;
import io.swagger.v3.oas.models.media.Schema;

/**
 * Prints what changed between two OpenAPI files as openapi-diff finds and renders it, then what
 * of it breaks the generated Java client. openapi-diff judges the wire, from the server's side:
 * for it a response that can hold fewer enum values is compatible. For the generated client
 * every removal is breaking (the enum constant, the getter, the parameter disappear), so this
 * lists the removals and type changes in openapi-diff's result, apart from those the generated
 * Java does not see: a new type or format with the same Java type, enum values only re-cased.
 *
 * <p>Usage: {@code java -cp TOOLS SpecDiff.java OLD.yaml NEW.yaml}
 */
public final class SpecDiff {
  private final List<String> breaking = new ArrayList<>();
  /** Wire changes that leave the generated Java unchanged (same Java type, values re-cased). */
  private final List<String> javaUnchanged = new ArrayList<>();

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: SpecDiff OLD.yaml NEW.yaml");
      System.exit(2);
    }
    ChangedOpenApi diff = OpenApiCompare.fromFiles(new File(args[0]), new File(args[1]));
    if (diff.isChanged() == DiffResult.NO_CHANGES) {
      System.out.println("no changes");
      return;
    }
    // The renderer closes its writer: keep System.out open.
    OutputStreamWriter out = new OutputStreamWriter(new FilterOutputStream(System.out) {
      @Override public void close() throws IOException {
        flush();
      }
    }, StandardCharsets.UTF_8);
    new MarkdownRender().render(diff, out); // closes (so flushes) out
    System.out.println();
    System.out.println();
    System.out.println("#### For users of the generated Java client");
    System.out.println("---");
    System.out.println();
    SpecDiff client = new SpecDiff();
    client.collect(diff);
    if (client.breaking.isEmpty()) {
      System.out.println("Compatible: nothing removed, no type changed.");
    } else {
      System.out.println("BREAKING (removes or retypes generated API):");
      client.breaking.forEach(line -> System.out.println("* " + line));
    }
    if (!client.javaUnchanged.isEmpty()) {
      System.out.println();
      System.out.println("Wire changes the generated Java does not see:");
      client.javaUnchanged.forEach(line -> System.out.println("* " + line));
    }
  }

  private void collect(ChangedOpenApi diff) {
    for (Endpoint gone : diff.getMissingEndpoints()) {
      breaking.add("operation removed: `" + gone.getMethod() + " " + gone.getPathUrl() + "`");
    }
    for (ChangedOperation operation : diff.getChangedOperations()) {
      String where = operation.getHttpMethod() + " " + operation.getPathUrl();
      if (operation.getParameters() != null) {
        operation.getParameters().getMissing().forEach(p -> breaking.add(
            "parameter removed: `" + p.getIn() + " " + p.getName() + "` of `" + where + "`"));
        for (ChangedParameter parameter : operation.getParameters().getChanged()) {
          schema(parameter.getSchema(),
              where + " parameter " + parameter.getIn() + " " + parameter.getName());
        }
      }
      if (operation.getRequestBody() != null) {
        content(operation.getRequestBody().getContent(), where + " request body");
      }
      ChangedApiResponse responses = operation.getApiResponses();
      if (responses != null) {
        responses.getMissing().keySet().forEach(status -> breaking.add(
            "response removed: " + status + " of `" + where + "`"));
        for (Map.Entry<String, ChangedResponse> response : responses.getChanged().entrySet()) {
          content(response.getValue().getContent(), where + " response " + response.getKey());
        }
      }
    }
  }

  private void content(ChangedContent content, String where) {
    if (content == null) {
      return;
    }
    for (Map.Entry<String, ChangedMediaType> media : content.getChanged().entrySet()) {
      schema(media.getValue().getSchema(), where + " (" + media.getKey() + ")");
    }
  }

  private void schema(ChangedSchema schema, String where) {
    if (schema == null) {
      return;
    }
    if (schema.isChangedType()) {
      String before = javaType(schema.getOldSchema());
      String after = javaType(schema.getNewSchema());
      if (before != null && before.equals(after)) {
        javaUnchanged.add("type or format changed, still a Java " + after + ": `" + where + "`");
      } else {
        breaking.add("type changed: `" + where + "`");
      }
    }
    schema.getMissingProperties().keySet().forEach(name -> breaking.add(
        "property removed: `" + name + "` from `" + where + "`"));
    if (schema.getEnumeration() != null && !schema.getEnumeration().getMissing().isEmpty()) {
      Set<String> now = schema.getEnumeration().getNewValue().stream()
          .map(v -> String.valueOf(v).toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
      List<?> missing = schema.getEnumeration().getMissing();
      if (missing.stream()
          .allMatch(v -> now.contains(String.valueOf(v).toLowerCase(Locale.ROOT)))) {
        javaUnchanged.add("enum values re-cased " + missing + " (read ignoring case; the Java API"
            + " section says whether a constant changed): `" + where + "`");
      } else {
        breaking.add("enum value removed: " + missing + " from `" + where + "`");
      }
    }
    for (Map.Entry<String, ChangedSchema> property : schema.getChangedProperties().entrySet()) {
      schema(property.getValue(), where + "." + property.getKey());
    }
    schema(schema.getItems(), where + "[]");
    schema(schema.getAddProp(), where + "{}");
  }

  /**
   * The Java type the templates give a scalar schema (see templates/generator.yaml and the
   * codegen's value kinds), or null for anything else.
   */
  private static String javaType(Schema<?> schema) {
    if (schema == null || schema.getType() == null) {
      return null;
    }
    String format = schema.getFormat() == null ? "" : schema.getFormat();
    switch (schema.getType()) {
      case "string":
        switch (format) {
          case "date-time": return "Instant";
          case "duration": return "Duration";
          case "int64": return "Long";
          case "byte": case "binary": return null;
          default: return "String";
        }
      case "integer":
        return "int64".equals(format) ? "Long" : "Integer";
      case "number":
        return "float".equals(format) ? "Float" : "Double";
      case "boolean":
        return "Boolean";
      default:
        return null;
    }
  }
}

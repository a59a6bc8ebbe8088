import java.io.File;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

/**
 * Prints what changed between two OpenAPI files as openapi-diff finds and renders it, then what
 * of it breaks the generated Java client. openapi-diff judges the wire, from the server's side:
 * for it a response that can hold fewer enum values is compatible. For the generated client
 * every removal is breaking (the enum constant, the getter, the parameter disappear), so this
 * lists the removals and type changes in openapi-diff's result.
 *
 * <p>Usage: {@code java -cp TOOLS SpecDiff.java OLD.yaml NEW.yaml}
 */
public final class SpecDiff {
  private final List<String> breaking = new ArrayList<>();

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
      breaking.add("type changed: `" + where + "`");
    }
    schema.getMissingProperties().keySet().forEach(name -> breaking.add(
        "property removed: `" + name + "` from `" + where + "`"));
    if (schema.getEnumeration() != null && !schema.getEnumeration().getMissing().isEmpty()) {
      breaking.add("enum value removed: " + schema.getEnumeration().getMissing() + " from `"
          + where + "`");
    }
    for (Map.Entry<String, ChangedSchema> property : schema.getChangedProperties().entrySet()) {
      schema(property.getValue(), where + "." + property.getKey());
    }
    schema(schema.getItems(), where + "[]");
    schema(schema.getAddProp(), where + "{}");
  }
}

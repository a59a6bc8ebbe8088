package io.github.batchtask.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.openapitools.codegen.CodegenOperation;
import org.openapitools.codegen.CodegenParameter;
import org.openapitools.codegen.CodegenProperty;
import org.openapitools.codegen.CodegenResponse;
import org.openapitools.codegen.model.OperationsMap;

/**
 * The operation side of the generator: how each operation of the spec becomes a Retrofit method,
 * worked out here so that {@code api.mustache} only lays it out.
 *
 * <p>Choices: an answer without a body (201, 202, 204, any HEAD) is {@code Call<Void>}; a file
 * answer is a streamed {@code Call<ResponseBody>}; a request body is a {@code @Body} written by
 * the model's generated adapter, sent with the spec's content type; an array query parameter in
 * the OData form ({@code csv}) is a {@code CommaSeparated}, one in the {@code multi} form a
 * {@code List} (the name repeated); response headers are read from Retrofit's
 * {@code Response.headers()}; an {@code x-ms-pageable} operation gets a second method that reads
 * the next page from its {@code odata.nextLink}, followed by {@code Pages} in the runtime.
 *
 * <p>Vendor extensions it adds: operations: {@code x-annotations} (lines),
 * {@code x-call-type}, {@code x-no-params}, {@code x-return-lines}, {@code x-wrap-signature}
 * (the method name goes on a line of its own), {@code x-next-page} (with {@code name},
 * {@code javadoc-lines}, {@code link-name}); parameters: {@code x-declaration}.
 */
final class Operations {
  /** The Java package of the runtime that generated Retrofit interfaces use. */
  static final String REST_RUNTIME = "io.github.batchtask.rest";
  private static final int RETURN_WIDTH = 95;
  /** Headers a caller acts on, named in the Javadoc when the spec documents them. */
  private static final List<String> KEY_HEADERS = List.of("ETag", "Location", "request-id");

  private Operations() {
  }

  /** Prepares every operation of one API file and replaces its import list. */
  static void prepare(OperationsMap operations) {
    Set<String> imports = new TreeSet<>();
    for (Map<String, String> existing : operations.getImports()) {
      String name = existing.get("import");
      if (!"java.io.File".equals(name)) {
        imports.add(name);
      }
    }
    imports.add("retrofit2.Call");
    for (CodegenOperation operation : operations.getOperations().getOperation()) {
      operation(operation, imports);
    }
    List<Map<String, String>> list = new ArrayList<>();
    for (String name : imports) {
      list.add(Map.of("import", name, "classname", name.substring(name.lastIndexOf('.') + 1)));
    }
    operations.setImports(list);
  }

  private static void operation(CodegenOperation operation, Set<String> imports) {
    String where = "operation " + operation.operationIdOriginal;
    if (!operation.formParams.isEmpty()) {
      throw new IllegalArgumentException(where + " (" + operation.formParams.get(0).baseName
          + "): form parameters are not supported by the templates");
    }
    String method = operation.httpMethod.toUpperCase(java.util.Locale.ROOT);
    boolean hasBody = operation.bodyParam != null;
    List<String> annotations = new ArrayList<>();
    if (hasBody) {
      String contentType = contentType(operation);
      if (contentType != null && !contentType.equals("application/json")) {
        annotations.add("@Headers(\"Content-Type: " + contentType + "\")");
        imports.add("retrofit2.http.Headers");
      }
    }
    String callType = callType(operation, method, where);
    if (callType.equals("ResponseBody")) {
      annotations.add("@Streaming");
      imports.add("retrofit2.http.Streaming");
      imports.add("okhttp3.ResponseBody");
    }
    annotations.add(verb(method, operation.path, hasBody, imports));
    operation.vendorExtensions.put("x-annotations", annotations);
    operation.vendorExtensions.put("x-call-type", callType);
    operation.vendorExtensions.put("x-no-params", operation.allParams.isEmpty());
    for (CodegenParameter parameter : operation.allParams) {
      parameter(operation, parameter, imports);
    }
    operation.vendorExtensions.put("x-return-lines", returnLines(operation, callType));
    // "  Call<T> name(" past column 100 puts the name on a line of its own.
    operation.vendorExtensions.put("x-wrap-signature",
        ("  Call<" + callType + "> " + operation.nickname + "Next(@Url String nextLink);")
        .length() > 100);
    Object pageable = operation.vendorExtensions.get("x-ms-pageable");
    if (pageable instanceof Map && ((Map<?, ?>) pageable).get("nextLinkName") != null
        && !callType.equals("Void") && !callType.equals("ResponseBody")) {
      Map<String, Object> next = new java.util.LinkedHashMap<>();
      next.put("name", operation.nickname + "Next");
      next.put("javadoc-lines", Javadoc.wrap("Reads the page after one that {@link #"
          + operation.nickname + "} or this method returned.", 92));
      next.put("link-name", Javadoc.escape(((Map<?, ?>) pageable).get("nextLinkName").toString()));
      operation.vendorExtensions.put("x-next-page", next);
      imports.add("retrofit2.http.GET");
      imports.add("retrofit2.http.Url");
    }
  }

  private static String contentType(CodegenOperation operation) {
    if (operation.consumes == null || operation.consumes.isEmpty()) {
      return null;
    }
    return operation.consumes.get(0).get("mediaType");
  }

  private static String callType(CodegenOperation operation, String method, String where) {
    if (method.equals("HEAD") || operation.returnType == null) {
      return "Void";
    }
    boolean fileFormat = operation.returnProperty != null
        && "file".equals(operation.returnProperty.dataFormat);
    if (operation.isResponseFile || operation.isResponseBinary || fileFormat
        || operation.returnType.equals("File")) {
      return "ResponseBody";
    }
    if (operation.returnType.equals("byte[]")) {
      throw new IllegalArgumentException(where
          + ": a base64 (format: byte) answer is not supported by the templates");
    }
    return operation.returnType;
  }

  private static String verb(String method, String path, boolean hasBody, Set<String> imports) {
    boolean bodyVerb = method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
    boolean known = bodyVerb || method.equals("GET") || method.equals("DELETE")
        || method.equals("HEAD") || method.equals("OPTIONS");
    if (known && (bodyVerb || !hasBody)) {
      imports.add("retrofit2.http." + method);
      return "@" + method + "(\"" + path + "\")";
    }
    imports.add("retrofit2.http.HTTP");
    return "@HTTP(method = \"" + method + "\", path = \"" + path + "\", hasBody = " + hasBody + ")";
  }

  private static void parameter(CodegenOperation operation, CodegenParameter parameter,
      Set<String> imports) {
    String where = "operation " + operation.operationIdOriginal + ", parameter "
        + parameter.baseName;
    clientName(operation, parameter);
    if (parameter.paramName.startsWith("$") && parameter.paramName.length() > 1) {
      rename(operation, parameter, parameter.paramName.substring(1));
    }
    String annotation;
    String type = parameter.dataType;
    if (parameter.isBodyParam) {
      annotation = "@Body";
      imports.add("retrofit2.http.Body");
    } else if (parameter.isPathParam) {
      boolean encoded = Boolean.TRUE.equals(parameter.vendorExtensions.get("x-ms-skip-url-encoding"));
      annotation = encoded
          ? "@Path(value = \"" + parameter.baseName + "\", encoded = true)"
          : "@Path(\"" + parameter.baseName + "\")";
      imports.add("retrofit2.http.Path");
    } else if (parameter.isQueryParam) {
      annotation = "@Query(\"" + parameter.baseName + "\")";
      imports.add("retrofit2.http.Query");
      if (parameter.isArray) {
        String format = parameter.collectionFormat == null ? "csv" : parameter.collectionFormat;
        if (format.equals("csv")) {
          type = "CommaSeparated";
          imports.add(REST_RUNTIME + ".CommaSeparated");
        } else if (!format.equals("multi")) {
          throw new IllegalArgumentException(where + ": the array form " + format
              + " is not supported by the templates (csv and multi are)");
        }
      }
    } else if (parameter.isHeaderParam) {
      annotation = "@Header(\"" + parameter.baseName + "\")";
      imports.add("retrofit2.http.Header");
    } else {
      throw new IllegalArgumentException(where + ": parameters in a cookie or form are not"
          + " supported by the templates");
    }
    if (type.contains("List<")) {
      imports.add("java.util.List");
    }
    if (type.contains("Set<")) {
      imports.add("java.util.Set");
    }
    if (type.contains("Map<")) {
      imports.add("java.util.Map");
    }
    parameter.vendorExtensions.put("x-declaration", annotation + " " + type + " "
        + parameter.paramName);
  }

  /** Honours {@code x-ms-client-name} (e.g. {@code maxresults} as {@code maxResults}). */
  private static void clientName(CodegenOperation operation, CodegenParameter parameter) {
    Object name = parameter.vendorExtensions.get("x-ms-client-name");
    if (!(name instanceof String) || ((String) name).isEmpty()) {
      return;
    }
    String javaName = Character.toLowerCase(((String) name).charAt(0))
        + ((String) name).substring(1);
    rename(operation, parameter, javaName);
  }

  /** Renames a parameter unless another of the operation has that name or it is a keyword. */
  private static void rename(CodegenOperation operation, CodegenParameter parameter,
      String name) {
    if (!javax.lang.model.SourceVersion.isName(name)) {
      return;
    }
    for (CodegenParameter other : operation.allParams) {
      if (other != parameter && other.paramName.equals(name)) {
        return;
      }
    }
    parameter.paramName = name;
  }

  /** The {@code @return} lines: the call, and the documented headers a caller acts on. */
  private static List<String> returnLines(CodegenOperation operation, String callType) {
    List<String> documented = new ArrayList<>();
    for (CodegenResponse response : operation.responses) {
      if (response.is2xx) {
        for (CodegenProperty header : response.headers) {
          if (!documented.contains(header.baseName)) {
            documented.add(header.baseName);
          }
        }
      }
    }
    List<String> named = new ArrayList<>();
    for (String key : KEY_HEADERS) {
      for (String header : documented) {
        if (header.equalsIgnoreCase(key)) {
          named.add(header);
        }
      }
    }
    if (named.isEmpty()) {
      named = documented;
    }
    StringBuilder text = new StringBuilder("@return the call");
    if (!named.isEmpty()) {
      text.append(callType.equals("Void") ? "; its response carries the headers ("
          : "; its response also carries the headers (");
      for (int i = 0; i < named.size(); i++) {
        text.append(i == 0 ? "" : ", ").append("{@code ").append(Javadoc.escape(named.get(i)))
            .append('}');
      }
      text.append(')');
    }
    text.append('.');
    return Javadoc.hangingWrap(text.toString(), RETURN_WIDTH, 91);
  }
}

package io.github.batchtask.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import io.github.batchtask.rest.CommaSeparated;
import io.github.batchtask.rest.Pages;
import io.github.batchtask.testing.JsonTree;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.ResponseBody;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.approvaltests.Approvals;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import retrofit2.Call;
import retrofit2.HttpException;
import retrofit2.Response;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;

/**
 * The constructs of the Batch data-plane specs, on a Swagger 2.0 fixture written in their style
 * ({@code fixtures/batch-constructs.yaml}): the generated code is approved, compiled with
 * {@code -Werror}, and called against MockWebServer.
 */
class BatchConstructsTest {
  private static final String VERSION = "2000-01-01.1.0";

  @TempDir static Path work;
  private static Path generated;
  private static ClassLoader loader;

  private final MockWebServer server = new MockWebServer();
  private Retrofit retrofit;

  @BeforeAll static void generateAndCompile() throws Exception {
    generated = work.resolve("generated");
    loader = GeneratedFixture.generateAndCompile("batch-constructs.yaml", work);
  }

  @BeforeEach void start() throws Exception {
    server.start();
    Moshi moshi = (Moshi) loader.loadClass("fixture.model.BatchTaskJson").getMethod("moshi")
        .invoke(null);
    retrofit = new Retrofit.Builder().baseUrl(server.url("/"))
        .addConverterFactory(MoshiConverterFactory.create(moshi)).build();
  }

  @AfterEach void stop() throws IOException {
    server.shutdown();
  }

  @Test void generatedCode() throws IOException {
    Approvals.verify(GeneratedFixture.listing(generated));
  }

  @Test void generatedLinesFitInOneHundredColumns() throws IOException {
    List<String> tooLong = new ArrayList<>();
    for (Path file : GeneratedFixture.javaFiles(generated)) {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (line.length() > 100) {
          tooLong.add(file.getFileName() + ": " + line);
        }
      }
    }
    assertEquals(List.of(), tooLong);
  }

  @Test void requestBodyIsWrittenByTheGeneratedAdapterWithTheSpecsContentType()
      throws Exception {
    Object body = build("WidgetAddParameter", "id", "w-1", "displayName", "First \u00e9",
        "priority", 3);
    server.enqueue(new MockResponse().setResponseCode(201).setHeader("ETag", "0x1"));
    Response<?> response = execute(call("WidgetsApi", "widgetAdd", VERSION, body));
    assertTrue(response.isSuccessful());
    assertNull(response.body());
    assertEquals("0x1", response.headers().get("ETag"));
    RecordedRequest request = server.takeRequest(1, TimeUnit.SECONDS);
    assertEquals("POST", request.getMethod());
    assertEquals("/widgets?api-version=" + VERSION, request.getPath());
    assertEquals("application/json; odata=minimalmetadata", request.getHeader("Content-Type"));
    assertEquals(JsonTree.parse("{\"id\":\"w-1\",\"displayName\":\"First \u00e9\",\"priority\":3}"),
        JsonTree.parse(request.getBody().readUtf8()));
    Moshi moshi = (Moshi) loader.loadClass("fixture.model.BatchTaskJson").getMethod("moshi")
        .invoke(null);
    assertEquals("GeneratedJsonAdapter(WidgetAddParameter)",
        moshi.adapter(loader.loadClass("fixture.model.WidgetAddParameter")).toString());
  }

  @Test void putAndPatchSendTheirBodies() throws Exception {
    Object body = build("WidgetAddParameter", "id", "w-1");
    server.enqueue(new MockResponse());
    server.enqueue(new MockResponse());
    execute(call("WidgetsApi", "widgetUpdate", "w-1", VERSION, body));
    execute(call("WidgetsApi", "widgetPatch", "w-1", VERSION, "0x2", body));
    RecordedRequest put = server.takeRequest(1, TimeUnit.SECONDS);
    RecordedRequest patch = server.takeRequest(1, TimeUnit.SECONDS);
    assertEquals("PUT /widgets/w-1?api-version=" + VERSION, put.getMethod() + " " + put.getPath());
    assertEquals("{\"id\":\"w-1\"}", put.getBody().readUtf8());
    assertEquals("PATCH", patch.getMethod());
    assertEquals("0x2", patch.getHeader("If-Match"));
    assertEquals("{\"id\":\"w-1\"}", patch.getBody().readUtf8());
  }

  @Test void emptyAnswersAreNotErrors() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(204));
    server.enqueue(new MockResponse().setResponseCode(202));
    server.enqueue(new MockResponse().setResponseCode(200).setHeader("Content-Length", "42"));
    server.enqueue(new MockResponse().setResponseCode(404));
    Response<?> disabled = execute(call("WidgetsApi", "widgetDisable", "w-1", VERSION));
    Response<?> deleted = execute(call("WidgetsApi", "widgetDelete", "w-1", VERSION));
    Response<?> exists = execute(call("WidgetsApi", "widgetExists", "w-1", VERSION));
    Response<?> missing = execute(call("WidgetsApi", "widgetExists", "w-2", VERSION));
    assertEquals(List.of(204, 202, 200, 404),
        List.of(disabled.code(), deleted.code(), exists.code(), missing.code()));
    assertTrue(disabled.isSuccessful() && deleted.isSuccessful() && exists.isSuccessful());
    assertNull(disabled.body());
    assertNull(deleted.body());
    assertEquals("42", exists.headers().get("Content-Length"));
    assertEquals(List.of("POST", "DELETE", "HEAD", "HEAD"), List.of(
        server.takeRequest().getMethod(), server.takeRequest().getMethod(),
        server.takeRequest().getMethod(), server.takeRequest().getMethod()));
  }

  @Test void responseHeadersAndBodyAreReadTogether() throws Exception {
    server.enqueue(new MockResponse().setHeader("ETag", "0x3").setHeader("request-id", "r-1")
        .setBody("{\"id\":\"w-1\",\"state\":\"disabled\",\"eTag\":\"0x3\"}"));
    Response<?> response = execute(call("WidgetsApi", "widgetGet", "w-1", VERSION, null));
    assertEquals("0x3", response.headers().get("ETag"));
    assertEquals("r-1", response.headers().get("request-id"));
    Object widget = response.body();
    assertEquals("w-1", invoke(widget, "id"));
    assertEquals("DISABLED", invoke(widget, "state").toString());
  }

  @Test void aFileAnswerIsStreamedAsBytes() throws Exception {
    byte[] bytes = {0, 1, 2, (byte) 0xff};
    server.enqueue(new MockResponse().setHeader("Content-Type", "application/octet-stream")
        .setBody(new okio.Buffer().write(bytes)));
    Response<?> response =
        execute(call("FilesApi", "fileGetFromWidget", "w-1", "logs/stdout.txt", VERSION));
    try (ResponseBody body = (ResponseBody) response.body()) {
      assertEquals(List.of((byte) 0, (byte) 1, (byte) 2, (byte) 0xff),
          asList(body.bytes()));
    }
    assertEquals("/widgets/w-1/files/logs%2Fstdout.txt?api-version=" + VERSION,
        server.takeRequest().getPath());
    server.enqueue(new MockResponse().setBody("not JSON at all"));
    Response<?> log = execute(call("FilesApi", "fileGetWidgetLog", "w-1", VERSION));
    try (ResponseBody body = (ResponseBody) log.body()) {
      assertEquals("not JSON at all", body.string());
    }
  }

  @Test void pagingFollowsOdataNextLinkUntilTheLastPage() throws Exception {
    String next = server.url("/widgets?api-version=" + VERSION + "&$skiptoken=p2").toString();
    server.enqueue(new MockResponse().setBody("{\"value\":[{\"id\":\"a\"},{\"id\":\"b\"}],"
        + "\"odata.nextLink\":\"" + next + "\"}"));
    server.enqueue(new MockResponse().setBody("{\"value\":[{\"id\":\"c\"}]}"));
    Object api = api("WidgetsApi");
    Call<Object> first = call("WidgetsApi", "widgetList", CommaSeparated.of("id", "state"), 2,
        VERSION);
    List<Object> ids = new ArrayList<>();
    for (Object page : Pages.of(first, page -> (String) invoke(page, "odataNextLink"),
        link -> uncheckedCall(api, "widgetListNext", link))) {
      for (Object widget : (List<?>) invoke(page, "value")) {
        ids.add(invoke(widget, "id"));
      }
    }
    assertEquals(List.of("a", "b", "c"), ids);
    RecordedRequest firstRequest = server.takeRequest();
    assertEquals("id,state", firstRequest.getRequestUrl().queryParameter("$select"));
    assertEquals("2", firstRequest.getRequestUrl().queryParameter("maxresults"));
    assertEquals("/widgets?api-version=" + VERSION + "&$skiptoken=p2",
        server.takeRequest().getPath());
  }

  @Test void aFailedPageEndsThePagingWithTheResponse() throws Exception {
    String next = server.url("/widgets?$skiptoken=p2").toString();
    server.enqueue(new MockResponse().setBody("{\"value\":[],\"odata.nextLink\":\"" + next
        + "\"}"));
    server.enqueue(new MockResponse().setResponseCode(500).setBody("{\"code\":\"Busy\"}"));
    Object api = api("WidgetsApi");
    Pages<Object> pages = Pages.of(call("WidgetsApi", "widgetList", null, null, VERSION),
        page -> (String) invoke(page, "odataNextLink"),
        link -> uncheckedCall(api, "widgetListNext", link));
    var iterator = pages.iterator();
    iterator.next();
    HttpException failure = assertThrows(HttpException.class, iterator::next);
    assertEquals(500, failure.code());
  }

  @Test void allOfCompositionFlattensTheBaseProperties() throws Exception {
    Object details = adapter("WidgetDetails").fromJson(
        "{\"id\":\"w-1\",\"priority\":7,\"notes\":\"n\"}");
    assertEquals(List.of("w-1", 7, "n"),
        List.of(invoke(details, "id"), invoke(details, "priority"), invoke(details, "notes")));
    assertEquals("{\"id\":\"w-1\",\"priority\":7,\"notes\":\"n\"}",
        adapter("WidgetDetails").toJson(details));
  }

  @Test void xMsEnumNamesOneSharedOpenEnumAndItsConstants() throws Exception {
    Object details = adapter("WidgetDetails").fromJson("{\"lastState\":\"Disabled\","
        + "\"previousState\":\"deleting\",\"size\":\"x-large\",\"state\":\"melted\"}");
    Class<?> state = loader.loadClass("fixture.model.WidgetState");
    assertEquals(state, invoke(details, "lastState").getClass());
    assertEquals("DISABLED", invoke(details, "lastState").toString());
    assertEquals("DELETING", invoke(details, "previousState").toString());
    assertEquals("EXTRA_LARGE", invoke(details, "size").toString());
    assertEquals("UNRECOGNIZED", invoke(details, "state").toString());
    assertEquals("melted", invoke(details, "stateValue"));
    assertTrue(adapter("WidgetDetails").toJson(details).contains("\"state\":\"melted\""));
  }

  @Test void readOnlyPropertiesSaySoAndStillRoundTrip() throws Exception {
    String widget = Files.readString(GeneratedFixture.javaFiles(generated).stream()
        .filter(p -> p.getFileName().toString().equals("Widget.java")).findFirst().orElseThrow());
    assertTrue(widget.contains("/** The ETag of the widget. Read-only: set by the service. */"),
        widget);
    String json = "{\"id\":\"w-1\",\"eTag\":\"0x4\"}";
    assertEquals(json, adapter("Widget").toJson(adapter("Widget").fromJson(json)));
  }

  @Test void mapsAndFreeFormValuesRoundTripOnBothWritePaths() throws Exception {
    String json = "{\"id\":\"w-1\",\"tags\":{\"b\":\"2\",\"a\":\"1\"},"
        + "\"parts\":{\"p1\":{\"name\":\"n\",\"weight\":1.5}},"
        + "\"settings\":{\"x\":[1,{\"y\":null}]},\"secretSettings\":{\"k\":\"hunter2\"},"
        + "\"load\":0.25}";
    Object widget = adapter("Widget").fromJson(json);
    Map<?, ?> tags = (Map<?, ?>) invoke(widget, "tags");
    assertEquals(List.of("b", "a"), new ArrayList<>(tags.keySet()));
    assertEquals("1", tags.get("a"));
    Object part = ((Map<?, ?>) invoke(widget, "parts")).get("p1");
    assertEquals(List.of("n", 1.5f), List.of(invoke(part, "name"), invoke(part, "weight")));
    assertEquals("{\"x\":[1,{\"y\":null}]}", invoke(widget, "settings"));
    assertEquals(0.25f, invoke(widget, "load"));
    assertEquals(json, adapter("Widget").toJson(widget));
    assertEquals(json, JsonTree.withoutWhitespace(adapter("Widget").indent("  ").toJson(widget)));
    assertThrows(UnsupportedOperationException.class, () -> tags.clear());
  }

  @Test void aMapIsCopiedByTheBuilderAndAnExplicitNullValueReadsAsAbsent() throws Exception {
    Map<String, String> tags = new HashMap<>(Map.of("a", "1"));
    Object widget = build("Widget", "tags", tags);
    tags.put("b", "2");
    assertEquals(Map.of("a", "1"), invoke(widget, "tags"));
    Map<String, String> withNull = new HashMap<>();
    withNull.put("a", null);
    IllegalStateException nullValue =
        assertThrows(IllegalStateException.class, () -> build("Widget", "tags", withNull));
    assertEquals("tags has a null value", nullValue.getCause().getMessage());
    Object read = adapter("Widget").fromJson("{\"tags\":{\"a\":null,\"b\":\"x\"}}");
    assertEquals(Map.of("b", "x"), invoke(read, "tags"));
    JsonDataException twice = assertThrows(JsonDataException.class,
        () -> adapter("Widget").fromJson("{\"tags\":{\"a\":\"1\",\"a\":\"2\"}}"));
    assertTrue(twice.getMessage().contains("$.tags.a"), twice.getMessage());
  }

  @Test void aFreeFormValueSetByACallerIsCheckedAndASecretNeverShows() throws Exception {
    IllegalStateException bad =
        assertThrows(IllegalStateException.class, () -> build("Widget", "settings", "{\"x\":"));
    assertEquals(IllegalArgumentException.class, bad.getCause().getClass());
    Object widget = build("Widget", "id", "w-1", "secretSettings", Map.of("key", "hunter2"));
    assertEquals("Widget{id=w-1, secretSettings=REDACTED}", widget.toString());
  }

  @Test void anUnsupportedConstructStopsGenerationNamingWhereAndWhy() throws IOException {
    assertGenerationStops("form", "operation Thing_Upload (content): form parameters are not"
        + " supported by the templates",
        "paths:",
        "  /upload:",
        "    post:",
        "      operationId: Thing_Upload",
        "      consumes: [multipart/form-data]",
        "      parameters:",
        "        - {name: content, in: formData, type: string}",
        "      responses:",
        "        '204': {description: done}");
  }

  @Test void aMapInsideAListStopsGenerationNamingTheSchemaAndProperty() throws IOException {
    assertGenerationStops("nested", "Thing.layers: a map inside a list or a map is not supported"
        + " by the templates (a map property is)",
        "paths: {}",
        "definitions:",
        "  Thing:",
        "    type: object",
        "    properties:",
        "      layers:",
        "        type: array",
        "        items: {type: object, additionalProperties: {type: string}}");
  }

  @Test void aPropertyNamedAsTheByteReadsOwnVariablesStopsGeneration() throws IOException {
    assertGenerationStops("locals", "Thing.in: its Java name in is taken in the adapter's read",
        "paths: {}",
        "definitions:",
        "  Thing:",
        "    type: object",
        "    properties:",
        "      in: {type: string}");
  }

  /** Generating a Swagger 2.0 spec of {@code lines} (after its header) fails with {@code message}. */
  private static void assertGenerationStops(String name, String message, String... lines)
      throws IOException {
    Path spec = work.resolve(name + ".yaml");
    Files.writeString(spec, "swagger: '2.0'\ninfo: {title: t, version: '1'}\n"
        + String.join("\n", lines) + "\n");
    RuntimeException failure = assertThrows(RuntimeException.class,
        () -> GeneratedFixture.generate(spec, work.resolve(name + "-out")));
    assertEquals(message, rootMessage(failure));
  }

  private static String rootMessage(Throwable failure) {
    Throwable cause = failure;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause.getMessage();
  }

  @SuppressWarnings("unchecked")
  private static com.squareup.moshi.JsonAdapter<Object> adapter(String model) throws Exception {
    Moshi moshi = (Moshi) loader.loadClass("fixture.model.BatchTaskJson").getMethod("moshi")
        .invoke(null);
    return (com.squareup.moshi.JsonAdapter<Object>) moshi.adapter(
        loader.loadClass("fixture.model." + model));
  }

  private static List<Byte> asList(byte[] bytes) {
    List<Byte> list = new ArrayList<>();
    for (byte b : bytes) {
      list.add(b);
    }
    return list;
  }

  private Object api(String name) throws ClassNotFoundException {
    return retrofit.create(loader.loadClass("fixture.api." + name));
  }

  @SuppressWarnings("unchecked")
  private Call<Object> call(String api, String method, Object... args) throws Exception {
    return (Call<Object>) invoke(api(api), method, args);
  }

  @SuppressWarnings("unchecked")
  private static Call<Object> uncheckedCall(Object api, String method, Object... args) {
    return (Call<Object>) invoke(api, method, args);
  }

  private static Response<?> execute(Call<?> call) throws IOException {
    return call.execute();
  }

  /** A fixture model from its builder, given property names and values. */
  private static Object build(String model, Object... properties) throws Exception {
    Object builder = loader.loadClass("fixture.model." + model).getMethod("builder").invoke(null);
    for (int i = 0; i < properties.length; i += 2) {
      invoke(builder, (String) properties[i], properties[i + 1]);
    }
    return invoke(builder, "build");
  }

  /** Calls the public method of that name and arity (the fixture has no overloads of one arity). */
  private static Object invoke(Object target, String name, Object... args) {
    for (Method method : allMethods(target.getClass())) {
      if (method.getName().equals(name) && method.getParameterCount() == args.length) {
        try {
          return method.invoke(target, args);
        } catch (InvocationTargetException e) {
          throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    throw new AssertionError(target.getClass() + " has no " + name + "/" + args.length);
  }

  private static List<Method> allMethods(Class<?> type) {
    List<Method> methods = new ArrayList<>(List.of(type.getMethods()));
    for (Class<?> face : type.getInterfaces()) {
      methods.addAll(List.of(face.getMethods()));
    }
    return methods;
  }
}

package io.github.batchtask.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import io.github.batchtask.testing.JsonTree;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.approvaltests.Approvals;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each template decision, on a small fixture spec: the generated code is approved as a golden
 * file, then compiled and exercised, so a decision is checked both as text and as behaviour.
 */
class TemplateDecisionsTest {

  @TempDir static Path work;
  private static Path generated;
  private static ClassLoader loader;

  @BeforeAll static void generateAndCompile() throws Exception {
    generated = work.resolve("generated");
    loader = GeneratedFixture.generateAndCompile("template-decisions.yaml", work);
  }

  @Test void generatedFixtureCode() throws IOException {
    Approvals.verify(GeneratedFixture.listing(generated));
  }

  @Test void javadocEscapesCommentEndHtmlTagsAndUnicodeEscapes() throws IOException {
    String widget = Files.readString(source("Widget.java")).replace("\n * ", " ");
    assertTrue(widget.contains("Comment end *&#47; must not end the Javadoc"), widget);
    assertTrue(widget.contains("&lt;b&gt;HTML&lt;/b&gt; &amp; entities"), widget);
    assertTrue(widget.contains("&#64;deprecated is not a tag"), widget);
    assertTrue(widget.contains("a&#92;u0041 is not an escape"), widget);
  }

  @Test void propertyWithoutDescriptionHasNoJavadoc() throws IOException {
    String widget = Files.readString(source("Widget.java"));
    int getter = widget.indexOf("public String undocumented()");
    String before = widget.substring(0, getter).stripTrailing();
    assertTrue(before.endsWith("}"), "expected no Javadoc before undocumented(): " + before);
  }

  @Test void javaKeywordGetsAJavaNameAndKeepsItsWireName() throws Exception {
    Object widget = adapter("Widget").fromJson("{\"class\":\"first\"}");
    assertEquals("first", widget.getClass().getMethod("propertyClass").invoke(widget));
    assertEquals("{\"class\":\"first\"}", adapter("Widget").toJson(widget));
  }

  @Test void enumArraysAreCaseInsensitiveAndKeepUnknownValues() throws Exception {
    String json = "{\"colors\":[\"RED\",\"darkblue\",\"mauve\"],\"favourite\":\"Red\"}";
    Object widget = adapter("Widget").fromJson(json);
    Class<?> color = loader.loadClass("fixture.model.Color");
    List<?> colors = (List<?>) widget.getClass().getMethod("colors").invoke(widget);
    assertEquals(List.of(constant(color, "RED"), constant(color, "DARK_BLUE"),
        constant(color, "UNRECOGNIZED")), colors);
    assertEquals(constant(color, "RED"), widget.getClass().getMethod("favourite").invoke(widget));
    assertEquals(json, adapter("Widget").toJson(widget));
  }

  @Test void int64NestedArraysAndScalarsRoundTripOnBothWritePaths() throws Exception {
    String json = "{\"big\":9223372036854775807,\"count\":-2147483648,"
        + "\"matrix\":[[1,2],[],[3,null],null],"
        + "\"flag\":false,\"ratio\":0.5,\"when\":\"2020-01-02T03:04:05.6Z\",\"span\":\"P1DT1S\","
        + "\"gadgets\":[{\"name\":\"g\",\"extra\":{\"a\":1}}]}";
    Object widget = adapter("Widget").fromJson(json);
    assertEquals(Long.MAX_VALUE, widget.getClass().getMethod("big").invoke(widget));
    assertEquals(Arrays.asList(List.of(1, 2), List.of(), Arrays.asList(3, null), null),
        widget.getClass().getMethod("matrix").invoke(widget));
    assertEquals(json, adapter("Widget").toJson(widget));
    assertEquals(json, JsonTree.withoutWhitespace(adapter("Widget").indent("  ").toJson(widget)));
  }

  @Test void floatsRoundTripValueForValueOnBothWritePaths() throws Exception {
    for (String number : List.of("0.1", "-3.4028235E38", "1.4E-45", "1.6777216E7", "0.0")) {
      String json = "{\"weight\":" + number + "}";
      Object widget = adapter("Widget").fromJson(json);
      assertEquals(Float.valueOf(number), widget.getClass().getMethod("weight").invoke(widget));
      assertEquals(json, adapter("Widget").toJson(widget), number);
      assertEquals(json, JsonTree.withoutWhitespace(adapter("Widget").indent(" ").toJson(widget)));
    }
    assertEquals("{\"weight\":1.5}",
        adapter("Widget").toJson(adapter("Widget").fromJson("{\"weight\":1.50}")));
  }

  @Test void floatsAFloatCannotHoldAreRefusedWithTheirPath() {
    for (String number : List.of("3.5E38", "1.0E-50")) {
      JsonDataException e = assertThrows(JsonDataException.class,
          () -> adapter("Widget").fromJson("{\"weight\":" + number + "}"));
      assertTrue(e.getMessage().endsWith("at path $.weight"), e.getMessage());
    }
  }

  @Test void int64StringOrNumberIsALongWrittenBackInTheFormItCameIn() throws Exception {
    for (String wire : List.of("\"9223372036854775807\"", "9223372036854775807")) {
      String json = "{\"iops\":" + wire + "}";
      Object widget = adapter("Widget").fromJson(json);
      assertEquals(Long.MAX_VALUE, widget.getClass().getMethod("iops").invoke(widget));
      assertEquals(json, adapter("Widget").toJson(widget), wire);
      assertEquals(json, JsonTree.withoutWhitespace(adapter("Widget").indent(" ").toJson(widget)));
    }
    Object fromNumber = adapter("Widget").fromJson("{\"iops\":7}");
    Object fromString = adapter("Widget").fromJson("{\"iops\":\"7\"}");
    assertEquals(fromNumber.getClass().getMethod("iops").invoke(fromNumber),
        fromString.getClass().getMethod("iops").invoke(fromString));
    assertEquals("Widget{iops=7}", fromString.toString());
  }

  @Test void int64SetByAUserIsWrittenAsTheSpecDeclaresIt() throws Exception {
    Class<?> widget = loader.loadClass("fixture.model.Widget");
    Object builder = widget.getMethod("builder").invoke(null);
    builder.getClass().getMethod("iops", Long.class).invoke(builder, -5L);
    Object built = builder.getClass().getMethod("build").invoke(builder);
    assertEquals("{\"iops\":\"-5\"}", adapter("Widget").toJson(built));
    assertEquals(-5L, widget.getMethod("iops").invoke(built));
  }

  @Test void int64ThatIsNotAnIntegerIsRefusedWithItsPath() {
    for (String wire : List.of("\"12x\"", "1.5", "\"9223372036854775808\"", "true")) {
      JsonDataException e = assertThrows(JsonDataException.class,
          () -> adapter("Widget").fromJson("{\"iops\":" + wire + "}"), wire);
      assertTrue(e.getMessage().contains("$.iops"), e.getMessage());
    }
  }

  @Test void wireNamesNeedingEscapesAreMatchedAndWrittenExactly() throws Exception {
    String json = "{\"\u00e9\\\"\\\\<\":\"x\"}";
    Object gadget = adapter("Gadget").fromJson(json);
    assertEquals(Map.of(), gadget.getClass().getMethod("unknownProperties").invoke(gadget));
    assertEquals(json, adapter("Gadget").toJson(gadget));
    assertEquals(json, JsonTree.withoutWhitespace(adapter("Gadget").indent(" ").toJson(gadget)));
  }

  @Test void sasUrlsAreRedactedInToString() throws Exception {
    Object widget = adapter("Widget").fromJson(
        "{\"link\":\"https://a.blob.core.windows.net/c?sv=1&sig=SECRET%2Bsig&sp=r\"}");
    String text = widget.toString();
    assertFalse(text.contains("SECRET"), text);
    assertTrue(text.contains("sig=REDACTED&sp=r"), text);
  }

  @Test void factoryServesTheFixtureAdaptersWithoutReflection() throws Exception {
    Class<?> widget = loader.loadClass("fixture.model.Widget");
    assertEquals("GeneratedJsonAdapter(Widget)", moshi().adapter(widget).toString());
  }

  private static Path source(String name) throws IOException {
    try (Stream<Path> files = Files.walk(generated)) {
      return files.filter(p -> p.getFileName().toString().equals(name)).findFirst()
          .orElseThrow(() -> new AssertionError(name + " was not generated"));
    }
  }

  private static Moshi moshi() throws Exception {
    Class<?> json = loader.loadClass("fixture.model.BatchTaskJson");
    return (Moshi) json.getMethod("moshi").invoke(null);
  }

  @SuppressWarnings("unchecked")
  private static JsonAdapter<Object> adapter(String model) throws Exception {
    return (JsonAdapter<Object>) moshi().adapter(loader.loadClass("fixture.model." + model));
  }

  private static Object constant(Class<?> enumType, String name) throws Exception {
    Field field = enumType.getField(name);
    return field.get(null);
  }
}

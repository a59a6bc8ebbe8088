package io.github.batchtask.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import picocli.CommandLine;

/** The renderings one by one: az's rules, colour, and no raw control character. */
class OutputFormatTest {
  private static JsonElement json(String text) {
    return JsonParser.parseString(text);
  }

  @Test void colourOnlyOnATerminalWithoutNoColor() {
    assertTrue(OutputFormat.colours(true, Map.of()));
    assertTrue(OutputFormat.colours(true, Map.of("NO_COLOR", "")), "empty means unset");
    assertFalse(OutputFormat.colours(true, Map.of("NO_COLOR", "1")));
    assertFalse(OutputFormat.colours(false, Map.of()));
  }

  @Test void jsoncColoursKeysStringsNumbersAndLiterals() {
    String out = OutputFormat.JSONC.render(json("{\"a\":\"x\",\"b\":1,\"c\":true}"), true);
    assertEquals("{\n  \u001b[34m\"a\"\u001b[0m: \u001b[32m\"x\"\u001b[0m,\n"
        + "  \u001b[34m\"b\"\u001b[0m: \u001b[36m1\u001b[0m,\n"
        + "  \u001b[34m\"c\"\u001b[0m: \u001b[35mtrue\u001b[0m\n}\n", out);
    assertEquals(OutputFormat.JSON.render(json("{\"a\":1}"), true),
        OutputFormat.JSONC.render(json("{\"a\":1}"), false));
  }

  @Test void yamlcColoursKeysAndValuesAndStaysTheSameYaml() {
    JsonElement value = json("{\"id\":\"t: 1\",\"n\":2,\"list\":[{\"k\":\"v\"},\"true\"]}");
    String plain = OutputFormat.YAML.render(value, false);
    String coloured = OutputFormat.YAMLC.render(value, true);
    assertEquals(plain, coloured.replaceAll("\u001b\\[\\d+m", ""));
    assertTrue(coloured.contains("\u001b[34mid\u001b[0m: \u001b[32m't: 1'\u001b[0m"), coloured);
    assertTrue(coloured.contains("\u001b[34mn\u001b[0m: \u001b[36m2\u001b[0m"), coloured);
    assertTrue(coloured.contains("- \u001b[34mk\u001b[0m: \u001b[32mv\u001b[0m"), coloured);
    assertTrue(coloured.contains("- \u001b[32m'true'\u001b[0m"), coloured);
    Object back = new Yaml(new LoaderOptions()).load(plain);
    assertEquals(Map.of("id", "t: 1", "n", 2,
        "list", java.util.List.of(Map.of("k", "v"), "true")), back);
  }

  @Test void yamlKeepsNumbersAndTheDocumentOrder() {
    String out = OutputFormat.YAML.render(
        json("{\"z\":12345678901234567890,\"a\":2.5,\"m\":null,\"t\":\"2014-09-18T05:01:37Z\"}"),
        false);
    assertEquals("z: 12345678901234567890\na: 2.5\nm: null\nt: '2014-09-18T05:01:37Z'\n", out);
  }

  @Test void tsvFollowsAz() {
    assertEquals("a\t1\ttrue\t\t2\t\n", OutputFormat.TSV.render(
        json("{\"s\":\"a\",\"n\":1,\"b\":true,\"z\":null,\"l\":[1,2],\"o\":{\"x\":1}}"), false));
    assertEquals("x\ny\n", OutputFormat.TSV.render(json("[\"x\",\"y\"]"), false));
    assertEquals("1\t2\n3\t4\n", OutputFormat.TSV.render(json("[[1,2],[3,4]]"), false));
    assertEquals("", OutputFormat.TSV.render(json("null"), false));
    assertEquals("", OutputFormat.NONE.render(json("{\"a\":1}"), false));
  }

  @Test void tableHasAColumnPerScalarProperty() {
    assertEquals("Id  Code\n--  ----\na   1\nb\n", OutputFormat.TABLE.render(
        json("[{\"id\":\"a\",\"code\":1,\"nested\":{\"x\":1}},{\"id\":\"b\"}]"), false));
    assertEquals("Result\n------\nx\ny\n",
        OutputFormat.TABLE.render(json("[\"x\",\"y\"]"), false));
  }

  @Test void noControlCharacterFromTheNetworkReachesTheTerminalRaw() {
    JsonElement hostile = json("{\"k\\u001b]0;x\\u0007\":\"a\\u001b[2Jb\\u009bc\\nd\\u2028\","
        + "\"nel\":\"a\\u0085b\\u2028c\",\"cr\":\"a\\rb\"}");
    assertEquals("\"k\\e]0;x\\a\": \"a\\e[2Jb\\x9bc\\nd\\L\"\nnel: \"a\\Nb\\Lc\"\ncr: \"a\\rb\"\n",
        OutputFormat.YAML.render(hostile, false));
    for (OutputFormat format : OutputFormat.values()) {
      String out = format.render(hostile, false);
      String withoutLineEnds = out.replace("\n", "");
      assertFalse(withoutLineEnds.chars().anyMatch(c -> c < 0x20 && c != '\t'
          || c >= 0x7f && c <= 0x9f || c == 0x2028), format + ": " + out);
    }
    assertEquals("a\\u001b[2Jb\\u009bc\\nd\\u2028\n",
        OutputFormat.TSV.render(json("\"a\\u001b[2Jb\\u009bc\\nd\\u2028\""), false));
    assertEquals("\"\\ud800x\"", TerminalText.jsonString("\ud800x"), "a lone surrogate");
    JsonElement bidi = json("{\"name\":\"abc\\u202edef\\u2066\"}");
    for (OutputFormat format : OutputFormat.values()) {
      String out = format.render(bidi, false);
      assertFalse(out.contains("\u202e") || out.contains("\u2066"), format + ": " + out);
      if (format != OutputFormat.NONE) {
        assertTrue(out.contains("\\u202e"), format + ": " + out);
      }
    }
    assertEquals("abc\u202edef\u2066", new Yaml(new LoaderOptions())
        .<Map<String, String>>load(OutputFormat.YAML.render(bidi, false)).get("name"),
        "the same YAML value");
  }

  @Test void formatsAreReadInAnyCase() {
    OutputFormat.Converter converter = new OutputFormat.Converter();
    assertEquals(OutputFormat.JSONC, converter.convert("JsonC"));
    assertEquals(OutputFormat.TSV, converter.convert("tsv"));
    CommandLine.TypeConversionException e = assertThrows(
        CommandLine.TypeConversionException.class, () -> converter.convert("xml\u001b"));
    assertTrue(e.getMessage().contains("json, jsonc, table, tsv, yaml, yamlc, none"));
    assertFalse(e.getMessage().contains("\u001b"));
  }

  @Test void signedStringsNameTheirFirstDifference() {
    assertEquals("they first differ at line 3, column 10: the service has "
        + "\"ocp-date:Tue, 01 Jan\", the client \"ocp-date:Wed, 01 Jan\"",
        SignedStrings.difference("GET\n\nocp-date:Tue, 01 Jan", "GET\n\nocp-date:Wed, 01 Jan"));
    assertEquals("they first differ at line 2, column 1: the service has \"x\", the client "
        + "no such line", SignedStrings.difference("GET\nx", "GET"));
    assertTrue(SignedStrings.difference("a", "a").startsWith("the strings are the same"));
  }

  @Test void theStringTheServiceSignedIsFoundInItsDetailWithoutTheSignature() {
    String signed = "GET\n\n\n\n\n\n\n\n\n\n\n\nocp-date:Tue, 01 Jan 2030 00:00:00 GMT\n"
        + "/acct/jobs/j/tasks/t\napi-version:2017-05-01.5.0";
    String service = "The MAC signature found in the HTTP request 'c2lnbmF0dXJl' is not the same"
        + " as any computed signature. Server used following string to sign: '" + signed + "'.";
    assertEquals(signed, SignedStrings.serviceSigned(Map.of("AuthenticationErrorDetail", service)));
    String sandbox = "The signature 'c2lnbmF0dXJl' is not the one the sandbox computed. The "
        + "sandbox signed this string: '" + signed + "' (or the same with the Content-Length "
        + "line '0').";
    assertEquals(signed, SignedStrings.serviceSigned(Map.of("AuthenticationErrorDetail", sandbox)));
    assertEquals(null, SignedStrings.serviceSigned(Map.of("AuthenticationErrorDetail",
        "The request has neither an ocp-date nor a Date header.")));
  }
}

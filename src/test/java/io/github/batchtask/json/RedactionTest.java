package io.github.batchtask.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Every encoding of a SAS signature is removed, and only the signature. */
class RedactionTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "https://s/c?sv=1&sig=SECRET1&se=2 | https://s/c?sv=1&sig=REDACTED&se=2",
      "https://s/c?sig=SECRET1#frag | https://s/c?sig=REDACTED#frag",
      "sig=SECRET2 | sig=REDACTED",
      "Expected an int but was sig=SECRETSIG789 at path $.x"
          + " | Expected an int but was sig=REDACTED at path $.x",
      "a=1;sig=SECRET3;b=2 | a=1;sig=REDACTED;b=2",
      "https://s/c?sv=1&amp;sig=SECRET4&amp;se=2 | https://s/c?sv=1&amp;sig=REDACTED&amp;se=2",
      "u=https%3A%2F%2Fs%2Fc%3Fsv%3D1%26sig%3DSECRET5%252B%26se%3D2"
          + " | u=https%3A%2F%2Fs%2Fc%3Fsv%3D1%26sig%3DREDACTED%26se%3D2",
      "u=https%3A%2F%2Fs%2Fc%3Fsig%3DSECRET5 | u=https%3A%2F%2Fs%2Fc%3Fsig%3DREDACTED",
      "u=https%253A%252F%252Fs%252Fc%253Fsv%253D1%2526sig%253DSECRET6%25252B%2526se%253D2"
          + " | u=https%253A%252F%252Fs%252Fc%253Fsv%253D1%2526sig%253DREDACTED%2526se%253D2",
      "\"https://s/c?sv=1\\u0026sig=SECRET7\\u0026se=2\""
          + " | \"https://s/c?sv=1\\u0026sig=REDACTED\\u0026se=2\"",
      "\"https://s/c?sig=SEC\\/RET8\" | \"https://s/c?sig=REDACTED\"",
      "`&sig= %2bSzBm0wi8xECuGkKw97wnkSZ%2f62sxU%2b6Hq6a7qojIVE%3d\",`"
          + " | `&sig=REDACTED\",`",
      "https://s/c?SIG=SECRET9 | https://s/c?SIG=REDACTED",
      "see https://s/c?sig=SECRET10 for details, then retry"
          + " | see https://s/c?sig=REDACTED for details, then retry",
      "'https://s/c?sig=SECRET11', next | 'https://s/c?sig=REDACTED', next",
      "x+sig=SECRET12&y | x+sig=REDACTED&y",
  })
  void removesTheSignatureAndOnlyTheSignature(String text, String expected) {
    assertEquals(expected, Redaction.sas(text));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "signature=abc", "designsig=abc", "sigma=1", "no secret here", "sig", "sig=",
      "the field sig is documented"})
  void leavesOtherTextAlone(String text) {
    assertEquals(text, Redaction.sas(text));
  }

  @Test void rawPropertiesAreRenderedWithTheirSignaturesRemoved() {
    java.util.Map<String, String> properties = new java.util.LinkedHashMap<>();
    properties.put("url", "\"https://s/c?sv=1&sig=SECRET&se=2\"");
    properties.put("n", "1");
    assertEquals("{url=\"https://s/c?sv=1&sig=REDACTED&se=2\", n=1}", Redaction.sas(properties));
  }

  @Test void nullStaysNull() {
    assertNull(Redaction.sas((String) null));
  }

  @Test void theFixturesOwnSignaturesAreAllRemoved() throws IOException {
    Path base = Path.of(System.getProperty("project.basedir", "."));
    for (String name : new String[] {"spec/examples/completed-task.json",
        "spec/examples/multi-instance-task.json", "src/test/resources/payloads/service-style-task.json"}) {
      String text = Files.readString(base.resolve(name));
      String redacted = Redaction.sas(text);
      assertFalse(redacted.contains("SzBm0wi8xECuGkKw97wnkSZ"), name);
      assertFalse(redacted.contains("c2VjcmV0LXNpZ25hdHVyZQ"), name);
      assertFalse(redacted.contains("YW5vdGhlcg"), name);
      assertFalse(redacted.contains("d3JpdGUtc2ln"), name);
      // Only the signatures went: the rest of every line is still there.
      assertEquals(text.lines().count(), redacted.lines().count());
      assertEquals(text.replaceAll("(?i)sig= ?[A-Za-z0-9%]+", "sig=REDACTED"), redacted, name);
    }
  }
}

package io.github.batchtask;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.batchtask.json.Redaction;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The suite-wide sweep catches the leaks it is there for, in the fixtures' own formats. */
class SecretSweepTest {
  @Test void flagsEveryPlantedSignatureInTheFixturesFormats() {
    List<String> sasLines = BatchTaskClientTest.TASK.lines()
        .filter(line -> line.contains("sig=")).toList();
    assertEquals(2, sasLines.size(), "the page's example carries two SAS URLs");
    List<String> planted = List.of(
        sasLines.get(0),
        "GET https://s/c?sv=1&sig=abc%2Bdef&se=2",
        "error: Expected an int but was sig=SECRETSIG789 at path $.x",
        "u=https%3A%2F%2Fs%2Fc%3Fsv%3D1%26sig%3DSECRET5",
        "\"https://s/c?sv=1\\u0026sig=SECRET7\"",
        "Authorization: SharedKey acct:" + "A".repeat(43) + "=",
        "Authorization: Bearer eyJhbGciOi.x",
        "key " + BatchTaskClientTest.KEY);
    assertEquals(planted, SecretSweep.leaks(planted));
  }

  @Test void passesLinesWhoseSecretsWereRedacted() {
    List<String> redacted = BatchTaskClientTest.TASK.lines().map(Redaction::sas).toList();
    assertEquals(List.of(), SecretSweep.leaks(redacted));
    assertEquals(List.of(), SecretSweep.leaks(List.of("Authorization: REDACTED",
        "GET https://s/c?sv=1&sig=REDACTED&se=2", "signature=abc")));
  }
}

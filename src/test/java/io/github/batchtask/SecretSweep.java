package io.github.batchtask;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Registered for every test class (META-INF/services, junit-platform.properties): turns the
 * client's logging to its most verbose level and fails the class if any line it logged holds an
 * account key, an Authorization value, a bearer token or a SAS signature used in the tests.
 * Exceptions and toString() are checked where they are made (BatchTaskClientTest,
 * GeneratedAdaptersTest, BatchTaskCommandTest).
 */
public final class SecretSweep implements BeforeAllCallback, AfterAllCallback {
  private static final Pattern SECRETS = Pattern.compile(String.join("|",
      Pattern.quote(BatchTaskClientTest.KEY),
      "SharedKey [^:\\s]+:[A-Za-z0-9+/=]{20,}",
      "Bearer [A-Za-z0-9._-]{6,}",
      // Any sig parameter, in any encoding, whose value is not REDACTED: the fixtures'
      // own format has a space after '=' (sig= %2b...).
      "(?i)sig(?:=|%(?:25)*3d|\\\\u003d) *(?!REDACTED)[a-z0-9%+/\\\\]"));
  private static final Logger LOGGER = Logger.getLogger("io.github.batchtask");
  private static final List<String> LINES = new CopyOnWriteArrayList<>();
  private static final Handler HANDLER = new Handler() {
    @Override public void publish(LogRecord record) {
      LINES.add(record.getMessage());
    }

    @Override public void flush() {
    }

    @Override public void close() {
    }
  };

  @Override public void beforeAll(ExtensionContext context) {
    LOGGER.setLevel(Level.ALL);
    LOGGER.removeHandler(HANDLER);
    LOGGER.addHandler(HANDLER);
  }

  @Override public void afterAll(ExtensionContext context) {
    List<String> leaks = leaks(LINES);
    LINES.clear();
    assertTrue(leaks.isEmpty(), "secrets in log lines: " + leaks);
  }

  /** The lines that hold a secret. */
  static List<String> leaks(List<String> lines) {
    return lines.stream().filter(line -> SECRETS.matcher(line).find()).toList();
  }

  /** How many lines were swept so far in this JVM, for the report. */
  static int swept() {
    return LINES.size();
  }
}

package io.github.batchtask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.batchtask.sandbox.BatchSandbox;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code ```java} block of README.md compiles against the library, and runs: the client
 * example against the sandbox, as a program of its own with the AZURE_BATCH_* variables set, and
 * each snippet as the body of a method. A snippet declares what it uses; it gets the imports below.
 */
class ReadmeTest {
  private static final Path BASE = Path.of(System.getProperty("project.basedir", "."));
  private static final Pattern BLOCK = Pattern.compile("(?ms)^```java\\n(.*?)^```$");
  private static final Pattern CLASS =
      Pattern.compile("(?m)^public (?:final )?class (\\w+)");
  private static final String SNIPPET_IMPORTS = String.join("\n",
      "import com.squareup.moshi.JsonAdapter;",
      "import io.github.batchtask.*;",
      "import io.github.batchtask.auth.*;",
      "import io.github.batchtask.model.*;",
      "import io.github.batchtask.sandbox.BatchSandbox;",
      "import java.nio.file.Files;",
      "import java.nio.file.Path;",
      "import java.security.SecureRandom;",
      "import java.util.Base64;", "");
  private static final String KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";

  @TempDir static Path work;
  private static final Map<String, String> classes = new LinkedHashMap<>();
  private static List<String> snippets;
  private static Path compiled;

  @BeforeAll static void compileEveryJavaBlock() throws IOException {
    String readme = Files.readString(BASE.resolve("README.md"));
    Path sources = Files.createDirectories(work.resolve("src"));
    compiled = Files.createDirectories(work.resolve("classes"));
    snippets = new ArrayList<>();
    List<String> files = new ArrayList<>();
    Matcher block = BLOCK.matcher(readme);
    while (block.find()) {
      String code = block.group(1);
      Matcher named = CLASS.matcher(code);
      String name;
      if (named.find()) {
        name = named.group(1);
        classes.put(name, code);
      } else {
        name = "ReadmeSnippet" + (snippets.size() + 1);
        snippets.add(name);
        code = SNIPPET_IMPORTS + "\nfinal class " + name
            + " {\n  static void run() throws Exception {\n" + code + "  }\n}\n";
      }
      Path file = sources.resolve(name + ".java");
      Files.writeString(file, code);
      files.add(file.toString());
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    List<String> args = new ArrayList<>(List.of("-proc:none", "-Xlint:all", "-Werror",
        "-classpath", System.getProperty("java.class.path"), "-d", compiled.toString()));
    args.addAll(files);
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = javac.run(null, null, err, args.toArray(new String[0]));
    assertEquals(0, status, "README.md's Java must compile: " + err.toString(StandardCharsets.UTF_8)
        + diagnostics);
  }

  @Test void theReadmeHasTheClientExampleAndItsSnippets() {
    assertEquals(List.of("ShowTask"), List.copyOf(classes.keySet()));
    assertEquals(2, snippets.size(), snippets.toString());
    String example = classes.get("ShowTask");
    for (String caught : List.of("BatchServiceException", "BatchTransportException",
        "BatchResponseException")) {
      assertTrue(example.contains("catch (" + caught + " e)"), caught);
    }
  }

  @Test void theClientExampleShowsTasksOfTheSandboxAndTheirErrors() throws Exception {
    try (BatchSandbox sandbox = BatchSandbox.builder().account("myaccount", KEY).start()) {
      Map<String, String> env = Map.of("AZURE_BATCH_ENDPOINT", sandbox.url(),
          "AZURE_BATCH_ACCOUNT", "myaccount", "AZURE_BATCH_ACCESS_KEY", KEY);
      Run completed = runShowTask(env, "job-0000000001", "mytask1");
      assertEquals(new Run(0, "mytask1: completed, exit code 0\n", ""), completed);
      Run notStarted = runShowTask(env, "job-0000000001", "task-2025-active");
      assertEquals(new Run(0, "task-2025-active: active, not started yet\n", ""), notStarted);
      Run missing = runShowTask(env, "job-0000000001", "nope");
      assertEquals(1, missing.status, missing.toString());
      assertTrue(missing.err.startsWith("TaskNotFound: The specified task does not exist."),
          missing.toString());
      Run wrongKey = runShowTask(Map.of("AZURE_BATCH_ENDPOINT", sandbox.url(),
          "AZURE_BATCH_ACCOUNT", "myaccount", "AZURE_BATCH_ACCESS_KEY",
          KEY.replace('M', 'N')), "job-0000000001", "mytask1");
      assertEquals(1, wrongKey.status, wrongKey.toString());
      assertTrue(wrongKey.err.startsWith("AuthenticationFailed: "), wrongKey.toString());
    }
  }

  @Test void everySnippetRuns() throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {compiled.toUri().toURL()},
        ReadmeTest.class.getClassLoader())) {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      for (String snippet : snippets) {
        Method run = loader.loadClass(snippet).getDeclaredMethod("run");
        run.setAccessible(true);
        run.invoke(null);
      }
    } finally {
      System.setOut(original);
    }
    assertEquals("ACTIVE\n", out.toString(StandardCharsets.UTF_8).replace("\r\n", "\n"));
  }

  private static Run runShowTask(Map<String, String> env, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", compiled + File.pathSeparator + System.getProperty("java.class.path"),
        "ShowTask"));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().putAll(env);
    Process process = builder.start();
    process.getOutputStream().close();
    byte[] out = process.getInputStream().readAllBytes();
    byte[] err = process.getErrorStream().readAllBytes();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "ShowTask did not finish");
    return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8),
        new String(err, StandardCharsets.UTF_8));
  }

  /** What a run of the example printed. */
  private record Run(int status, String out, String err) {
  }
}

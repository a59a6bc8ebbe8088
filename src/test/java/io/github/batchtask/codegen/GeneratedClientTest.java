package io.github.batchtask.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;

/** Generation is deterministic and the committed generated-client/ is what it produces. */
class GeneratedClientTest {
  private static final Path BASE = Path.of(System.getProperty("project.basedir", "."));

  @Test void twoRunsIntoEmptyFoldersAreByteIdenticalToTheCommittedOutput(@TempDir Path work)
      throws IOException {
    Map<String, String> first = generate(work.resolve("first"));
    Map<String, String> second = generate(work.resolve("second"));
    assertEquals(first, second, "two runs differ");
    Map<String, String> committed = files(BASE.resolve("generated-client"));
    assertEquals(first.keySet(), committed.keySet(),
        "generated files differ from generated-client/; run: mvn -Pregenerate generate-sources");
    for (String name : first.keySet()) {
      assertEquals(first.get(name), committed.get(name),
          name + " differs from generated-client/; run: mvn -Pregenerate generate-sources");
    }
  }

  /** The generated diff is read in review; the templates wrap what would pass column 100. */
  @Test void generatedLinesFitInOneHundredColumns() throws IOException {
    List<String> tooLong = new ArrayList<>();
    for (Map.Entry<String, String> file : files(BASE.resolve("generated-client")).entrySet()) {
      String[] lines = file.getValue().split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        if (lines[i].length() > 100) {
          tooLong.add(file.getKey() + ":" + (i + 1) + ": " + lines[i]);
        }
      }
    }
    assertEquals(List.of(), tooLong);
  }

  private static Map<String, String> generate(Path output) throws IOException {
    CodegenConfigurator configurator =
        CodegenConfigurator.fromFile(BASE.resolve("templates/generator.yaml").toString());
    configurator.setInputSpec(BASE.resolve("spec/batch-task.yaml").toString());
    configurator.setOutputDir(output.toString());
    configurator.setTemplateDir(BASE.resolve("templates").toString());
    configurator.setQuiet(true); // no donation banner in the build output
    new DefaultGenerator().opts(configurator.toClientOptInput()).generate();
    return files(output);
  }

  /** Relative path to content, without the spec hash and generator version (git-ignored). */
  private static Map<String, String> files(Path root) throws IOException {
    Map<String, String> result = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
        String name = root.relativize(file).toString();
        if (!name.endsWith(".sha256") && !name.endsWith("VERSION")) {
          result.put(name, Files.readString(file));
        }
      }
    }
    return result;
  }
}

package io.github.batchtask.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;

/** Generates a fixture spec as {@code mvn -Pregenerate} does, then compiles and lists the code. */
final class GeneratedFixture {
  static final Path BASE = Path.of(System.getProperty("project.basedir", "."));

  private GeneratedFixture() {}

  /** Runs the generator as {@code mvn -Pregenerate} does, on another spec and package. */
  static void generate(Path spec, Path output) {
    CodegenConfigurator configurator =
        CodegenConfigurator.fromFile(BASE.resolve("templates/generator.yaml").toString());
    configurator.setInputSpec(spec.toString());
    configurator.setOutputDir(output.toString());
    configurator.setTemplateDir(BASE.resolve("templates").toString());
    configurator.setModelPackage("fixture.model");
    configurator.setApiPackage("fixture.api");
    configurator.setInvokerPackage("fixture.model");
    configurator.setQuiet(true); // no donation banner in the build output
    new DefaultGenerator().opts(configurator.toClientOptInput()).generate();
  }

  /**
   * Generates {@code fixture} (under src/test/resources/fixtures) into {@code work/generated},
   * compiles it with {@code -Werror} into {@code work/classes} and returns a loader of it.
   */
  static ClassLoader generateAndCompile(String fixture, Path work) throws IOException {
    Path generated = work.resolve("generated");
    generate(BASE.resolve("src/test/resources/fixtures").resolve(fixture), generated);
    Path classes = work.resolve("classes");
    Files.createDirectories(classes);
    List<String> args = new ArrayList<>(List.of("-Xlint:all,-processing", "-Werror",
        "-classpath", System.getProperty("java.class.path"), "-d", classes.toString()));
    args.addAll(javaFiles(generated).stream().map(Path::toString).collect(Collectors.toList()));
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int status = javac.run(null, diagnostics, diagnostics, args.toArray(new String[0]));
    assertEquals(0, status, "generated code must compile without warnings:\n"
        + diagnostics.toString(StandardCharsets.UTF_8));
    return new URLClassLoader(new URL[] {classes.toUri().toURL()},
        GeneratedFixture.class.getClassLoader());
  }

  /** The generated Java files under {@code root}, sorted. */
  static List<Path> javaFiles(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(p -> p.toString().endsWith(".java")).sorted()
          .collect(Collectors.toList());
    }
  }

  /** Every generated Java file under {@code root}, each after a {@code === Name.java ===} line. */
  static String listing(Path root) throws IOException {
    StringBuilder listing = new StringBuilder();
    for (Path file : javaFiles(root)) {
      listing.append("=== ").append(file.getFileName()).append(" ===\n")
          .append(Files.readString(file, StandardCharsets.UTF_8)).append('\n');
    }
    return listing.toString();
  }
}

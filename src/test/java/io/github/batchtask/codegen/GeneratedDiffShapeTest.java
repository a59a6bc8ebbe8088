package io.github.batchtask.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated code is keyed by name: adding, inserting or removing one property of the fixture
 * spec changes only lines about that property, so a reviewer's diff shows the change and nothing
 * else (no renumbered switch cases, no rewritten neighbours).
 */
class GeneratedDiffShapeTest {
  private static final Path BASE = Path.of(System.getProperty("project.basedir", "."));
  private static final Path FIXTURE =
      BASE.resolve("src/test/resources/fixtures/template-decisions.yaml");
  /**
   * Lines that belong to no property but which a minimal line diff may attribute to the changed
   * block instead of its identical neighbour: the blank line between members and the closing
   * braces of a method or an if. A property's blocks number at most eight (getter, builder setter,
   * read case, two writes), each with at most two such lines.
   */
  private static final Set<String> FRAMING = Set.of("", "}", "break;", "return this;");
  private static final int MAX_FRAMING_LINES = 16;
  private static final String PROBE = "        probeValue:\n"
      + "          type: string\n"
      + "          description: The probeValue.\n";
  private static final String COUNT = "        count:\n"
      + "          type: integer\n"
      + "          format: int32\n";

  @TempDir static Path work;
  private static String spec;
  private static Map<String, List<String>> base;

  @BeforeAll static void generateTheFixture() throws IOException {
    spec = Files.readString(FIXTURE, StandardCharsets.UTF_8);
    assertTrue(spec.contains(COUNT) && spec.contains("        class:\n")
        && spec.contains("    Gadget:\n"), "the fixture changed; update this test");
    base = generate("base", spec);
  }

  @Test void insertingAPropertyInTheMiddleAddsOnlyItsLines() throws IOException {
    assertOnlyAbout("probeValue", changes("middle", spec.replace(COUNT, PROBE + COUNT)), true);
  }

  @Test void insertingAPropertyFirstAddsOnlyItsLines() throws IOException {
    assertOnlyAbout("probeValue",
        changes("first", spec.replace("        class:\n", PROBE + "        class:\n")), true);
  }

  @Test void appendingAPropertyAddsOnlyItsLines() throws IOException {
    assertOnlyAbout("probeValue",
        changes("last", spec.replace("    Gadget:\n", PROBE + "    Gadget:\n")), true);
  }

  @Test void removingAPropertyRemovesOnlyItsLines() throws IOException {
    assertOnlyAbout("count", changes("removed", spec.replace(COUNT, "")), false);
  }

  /**
   * Every changed line names the property (as {@code probeValue} or {@code PROBE_VALUE}) or is
   * framing, all of them on one side (added when {@code added}, else removed), and the property's
   * lines are really there (so the check cannot pass on an unchanged output).
   */
  private static void assertOnlyAbout(String property, Diff diff, boolean added) {
    String constant = property.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase();
    List<String> wrongSide = added ? diff.removed : diff.added;
    assertEquals(List.of(), wrongSide, (added ? "removed" : "added") + " lines: " + diff);
    List<String> changed = added ? diff.added : diff.removed;
    int framing = 0;
    int about = 0;
    for (String line : changed) {
      String text = line.substring(line.indexOf(": ") + 2).strip();
      if (text.contains(property) || text.contains(constant)) {
        about++;
      } else if (FRAMING.contains(text)) {
        framing++;
      } else {
        throw new AssertionError("a line not about " + property + " changed: " + line
            + "\n" + diff);
      }
    }
    assertTrue(about >= 15, "expected the property's own lines: " + diff);
    assertTrue(framing <= MAX_FRAMING_LINES, "too many framing lines: " + diff);
  }

  private static Diff changes(String name, String variant) throws IOException {
    assertTrue(!variant.equals(spec), "the variant must differ from the fixture");
    Map<String, List<String>> other = generate(name, variant);
    assertEquals(base.keySet(), other.keySet(), "the same files are generated");
    Diff diff = new Diff();
    for (String file : base.keySet()) {
      diff.add(file, base.get(file), other.get(file));
    }
    return diff;
  }

  /** The generated Java files of {@code specText}, by file name. */
  private static Map<String, List<String>> generate(String name, String specText)
      throws IOException {
    // One file name for every variant: the header of each generated file names the spec.
    Path specFile = work.resolve(name + "-spec").resolve("template-decisions.yaml");
    Files.createDirectories(specFile.getParent());
    Files.writeString(specFile, specText, StandardCharsets.UTF_8);
    Path output = work.resolve(name);
    GeneratedFixture.generate(specFile, output);
    Map<String, List<String>> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(output)) {
      for (Path file : walk.filter(p -> p.toString().endsWith(".java"))
          .collect(Collectors.toList())) {
        files.put(file.getFileName().toString(), Files.readAllLines(file));
      }
    }
    return files;
  }

  /** A minimal line diff (longest common subsequence), as {@code git diff} would show it. */
  private static final class Diff {
    final List<String> added = new ArrayList<>();
    final List<String> removed = new ArrayList<>();

    void add(String file, List<String> before, List<String> after) {
      int n = before.size();
      int m = after.size();
      int[][] common = new int[n + 1][m + 1];
      for (int i = n - 1; i >= 0; i--) {
        for (int j = m - 1; j >= 0; j--) {
          common[i][j] = before.get(i).equals(after.get(j))
              ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
        }
      }
      int i = 0;
      int j = 0;
      while (i < n || j < m) {
        if (i < n && j < m && before.get(i).equals(after.get(j))) {
          i++;
          j++;
        } else if (j < m && (i == n || common[i][j + 1] >= common[i + 1][j])) {
          added.add(file + ": " + after.get(j++));
        } else {
          removed.add(file + ": " + before.get(i++));
        }
      }
    }

    @Override public String toString() {
      return "\n+ " + String.join("\n+ ", added) + "\n- " + String.join("\n- ", removed);
    }
  }
}

package io.github.batchtask;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;

/**
 * The long fuzz run, outside the normal suite (Jazzer fuzzes one test per JVM):
 * {@code mvn test -Dtest=ParserLongFuzz}. Its corpus grows in .cifuzz-corpus/; a crash is
 * written to crash-* and must become a regression test.
 */
class ParserLongFuzz {
  @FuzzTest(maxDuration = "1h")
  void parsersFailOnlyWithDocumentedErrors(byte[] input) throws IOException {
    ParserFuzzTest.check(input);
  }
}

package io.github.batchtask.bench;

/**
 * Reading a 57 KiB task of api-version 2025-06-01's shape ({@link LargeTask}), built at set-up,
 * with the contenders of {@link ParseBenchmark}. Our models type all of it (a spec without those
 * properties would keep them as checked raw JSON); the peers bind them to fields.
 */
public class LargeParseBenchmark extends ParseBenchmark {
  @Override Contenders contenders() {
    return new Contenders(LargeTask.json());
  }
}

package io.github.batchtask.bench;

/**
 * Reading a 40 KB task of api-version 2025-06-01's shape ({@link LargeTask}), built at set-up,
 * with the contenders of {@link ParseBenchmark}. Until our spec knows that version, our models
 * keep its new properties (httpUrl, uploadHeaders, containerSettings...) as checked raw JSON;
 * the peers bind them to fields.
 */
public class LargeParseBenchmark extends ParseBenchmark {
  @Override Contenders contenders() {
    return new Contenders(LargeTask.json());
  }
}

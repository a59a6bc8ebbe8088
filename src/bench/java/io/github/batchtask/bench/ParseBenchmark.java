package io.github.batchtask.bench;

import com.microsoft.azure.batch.protocol.models.CloudTask;
import io.github.batchtask.model.BatchTask;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading the page's completed-task example (UTF-8 bytes, 2.3 KB) into typed objects.
 * {@link LargeParseBenchmark} reads a 57 KiB task with the same contenders.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ParseBenchmark {
  private Contenders contenders;

  @Setup public void setUp() throws IOException {
    contenders = contenders();
    contenders.checkAgreement();
  }

  Contenders contenders() {
    return new Contenders();
  }

  @Benchmark public BatchTask batchTaskClient() throws IOException {
    return contenders.ours();
  }

  @Benchmark public BatchTask batchTaskClientMoshi() throws IOException {
    return contenders.oursMoshi();
  }

  @Benchmark public TaskPojo jackson() throws IOException {
    return contenders.jackson();
  }

  @Benchmark public TaskPojo jacksonBlackbird() throws IOException {
    return contenders.jacksonBlackbird();
  }

  @Benchmark public TaskPojo fastjson2() {
    return contenders.fastjson2();
  }

  @Benchmark public DslTaskPojo dslJsonCompiled() throws IOException {
    return contenders.dslJsonCompiled();
  }

  @Benchmark public TaskPojo moshiReflective() throws IOException {
    return contenders.moshiReflective();
  }

  @Benchmark public TaskPojo dslJson() throws IOException {
    return contenders.dslJson();
  }

  @Benchmark public CloudTask azureBatchLegacy() throws IOException {
    return contenders.legacy();
  }
}

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

/** Writing the parsed completed-task example back to UTF-8 JSON bytes. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class WriteBenchmark {
  private Contenders contenders;
  private BatchTask ours;
  private TaskPojo pojo;
  private DslTaskPojo dslPojo;
  private CloudTask legacy;

  @Setup public void setUp() throws IOException {
    contenders = new Contenders();
    contenders.checkAgreement();
    ours = contenders.ours();
    pojo = contenders.jackson();
    dslPojo = contenders.dslJsonCompiled();
    legacy = contenders.legacy();
    contenders.checkWrites(ours, pojo, dslPojo, legacy);
  }

  @Benchmark public byte[] batchTaskClient() throws IOException {
    return contenders.writeOurs(ours);
  }

  @Benchmark public byte[] jackson() throws IOException {
    return contenders.writeJackson(pojo);
  }

  @Benchmark public byte[] jacksonBlackbird() throws IOException {
    return contenders.writeJacksonBlackbird(pojo);
  }

  @Benchmark public byte[] fastjson2() {
    return contenders.writeFastjson2(pojo);
  }

  @Benchmark public byte[] dslJsonCompiled() throws IOException {
    return contenders.writeDslJsonCompiled(dslPojo);
  }

  @Benchmark public byte[] moshiReflective() throws IOException {
    return contenders.writeMoshiReflective(pojo);
  }

  @Benchmark public byte[] dslJson() throws IOException {
    return contenders.writeDslJson(pojo);
  }

  @Benchmark public byte[] azureBatchLegacy() throws IOException {
    return contenders.writeLegacy(legacy);
  }
}
